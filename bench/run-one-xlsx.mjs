// One measured run in its own process, so peak RSS belongs to this run alone.
// Usage: node bench/run-one-xlsx.mjs <mode> <file>
//   reader          loadDatasetStream (the package's ./node entry) on a .csv or .xlsx file: rows → filings
//   rows            xlsxRows alone (the sheet's rows as string arrays, no filing mapping)
//   scanner | saxes the worksheet XML → rows with the hand-written scanner, or with saxes doing the same job
//   inflate-native | inflate-js   only unzip + inflate + UTF-8 decode the worksheet (DecompressionStream vs fflate)
// The scanner, saxes and inflate modes get the same text: inflated, cut after whole cells, decoded.
//   exceljs         ExcelJS 4.4.0 streaming WorkbookReader, for comparison only (bench/read-xlsx.mjs installs it into
//                   bench/out/exceljs/, outside the package's dependencies)
import { createReadStream } from "node:fs";
import { resourceUsage } from "node:process";
import { importTs } from "./bundle-ts.mjs";

const [mode, file] = process.argv.slice(2);
const chunks = () => createReadStream(file, { highWaterMark: 1 << 20 });
const internals = ["rows", "scanner", "inflate-native", "inflate-js", "saxes"].includes(mode) ? await importTs("src/io/xlsx/bench-exports.ts") : null;
const xlsx = async () => internals;
const dist = mode === "reader" ? await import("../dist/node.js") : null;
const ExcelJS = mode === "exceljs" ? (await import("node:module")).createRequire(new URL("./out/exceljs/", import.meta.url))("exceljs") : null;

/** Worksheet text chunks of the first sheet (Excel layout: shared strings come before it). */
async function* sheetText(native, onStrings) {
  const { zipEntries, inflateRaw, createSharedStringsScanner, elementAlignedText } = await xlsx();
  for await (const entry of zipEntries(chunks(), file, { bytes: 0 })) {
    const name = entry.name.toLowerCase();
    if (name === "xl/sharedstrings.xml" && onStrings) {
      const sst = createSharedStringsScanner();
      const d = new TextDecoder();
      for await (const b of inflateRaw(entry.data)) sst.push(d.decode(b, { stream: true }));
      onStrings(sst.end());
    } else if (name === "xl/worksheets/sheet1.xml") {
      yield* elementAlignedText(inflateRaw(entry.data, { native }), ["c", "row"]);
    }
  }
}

const t0 = performance.now();
let rows = 0;
let cells = 0;
let extra = {};
if (mode === "reader") {
  const { loadDatasetStream } = dist;
  const stream = await loadDatasetStream(file);
  for await (const batch of stream.batches()) rows += batch.length;
  const s = stream.summary;
  extra = { era: s.era, read: s.read, kept: s.kept, flagged: s.flagged, blank: s.blank, warnings: s.warnings };
} else if (mode === "rows") {
  const { xlsxRows } = await xlsx();
  for await (const b of xlsxRows(chunks(), file, { bytes: 0 })) {
    rows += b.rows.length;
    for (const r of b.rows) cells += r.length;
  }
} else if (mode === "scanner") {
  const { createSheetScanner } = await xlsx();
  let strings = null;
  const out = [];
  let scanner = null;
  for await (const text of sheetText(true, (s) => (strings = s))) {
    scanner ??= createSheetScanner({ strings, dateStyles: new Uint8Array([0, 1, 1]), date1904: false }, out);
    scanner.push(text);
    rows += out.length;
    for (const r of out) cells += r.length;
    out.length = 0;
  }
  scanner.end();
} else if (mode === "saxes") {
  // The same job as the scanner: cells placed by their r reference, shared strings looked up, rows padded.
  const { SaxesParser } = await import("saxes");
  let strings = null;
  const parser = new SaxesParser();
  let row = null;
  let col = 0;
  let type = "";
  let inValue = false;
  let text = "";
  let width = 0;
  const colOf = (ref) => {
    let c = 0;
    for (let i = 0; i < ref.length; i++) {
      const k = ref.charCodeAt(i);
      if (k < 65 || k > 90) break;
      c = c * 26 + k - 64;
    }
    return c - 1;
  };
  parser.on("opentag", (t) => {
    if (t.name === "row") row = [];
    else if (t.name === "c") {
      const r = t.attributes.r;
      col = r ? colOf(r) : row.length;
      type = t.attributes.t ?? "";
    } else if (t.name === "v" || t.name === "t") {
      inValue = true;
      text = "";
    }
  });
  parser.on("text", (s) => {
    if (inValue) text += s;
  });
  parser.on("closetag", (t) => {
    if (t.name === "v" || t.name === "t") inValue = false;
    else if (t.name === "c") {
      while (row.length < col) row.push("");
      row[col] = type === "s" ? strings[Number(text)] : text;
      text = "";
    } else if (t.name === "row") {
      if (row.length === 0) row.push("");
      else {
        if (row.length > width) width = row.length;
        while (row.length < width) row.push("");
      }
      rows++;
      cells += row.length;
    }
  });
  for await (const s of sheetText(true, (s) => (strings = s))) parser.write(s);
  parser.close();
} else if (mode === "inflate-native" || mode === "inflate-js") {
  for await (const s of sheetText(mode === "inflate-native")) cells += s.length;
  extra = { chars: cells };
  cells = 0;
} else if (mode === "exceljs") {
  const wb = new ExcelJS.stream.xlsx.WorkbookReader(file, { sharedStrings: "cache", styles: "cache", hyperlinks: "ignore", worksheets: "emit", entries: "ignore" });
  for await (const ws of wb) {
    for await (const row of ws) {
      rows++;
      cells += row.cellCount;
    }
  }
} else {
  throw new Error(`unknown mode ${mode}`);
}
const ms = performance.now() - t0;
const ru = resourceUsage();
process.stdout.write(JSON.stringify({ mode, rows, cells, ms: Math.round(ms), cpuMs: Math.round((ru.userCPUTime + ru.systemCPUTime) / 1000), maxRssMB: Math.round(ru.maxRSS / 1024), ...extra }) + "\n");

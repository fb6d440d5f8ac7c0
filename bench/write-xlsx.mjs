// Write a full-size .xlsx workbook holding the same rows as a CSV file (node side of src/generate/write-xlsx.ts).
// Usage: node bench/write-xlsx.mjs <in.csv> <out.xlsx> [--inline] [--strings-last] [--level N]
//   default: shared strings written before the sheet (Excel's layout); --strings-last: after it (streaming writers').
import { createReadStream, createWriteStream } from "node:fs";
import { once } from "node:events";
import Papa from "papaparse";
import { importTs } from "./bundle-ts.mjs";

export async function writeXlsxFile(csv, xlsx, { inline = false, stringsLast = false, level = 6 } = {}) {
  const { writeXlsx } = await importTs("src/generate/write-xlsx.ts");
  const parsed = createReadStream(csv, { highWaterMark: 1 << 20 }).pipe(Papa.parse(Papa.NODE_STREAM_INPUT, { header: false }));
  const rows = parsed[Symbol.asyncIterator]();
  const first = await rows.next();
  const header = first.value;
  const rest = { [Symbol.asyncIterator]: () => rows };
  const out = createWriteStream(xlsx);
  let bytes = 0;
  for await (const chunk of writeXlsx(header, rest, { strings: inline ? "inline" : "shared", sharedStringsFirst: !stringsLast, level })) {
    bytes += chunk.length;
    if (!out.write(chunk)) await once(out, "drain");
  }
  out.end();
  await once(out, "finish");
  return bytes;
}

if (import.meta.url === `file://${process.argv[1]}`) {
  const args = process.argv.slice(2);
  const [csv, xlsx] = args.filter((a, i) => !a.startsWith("--") && args[i - 1] !== "--level");
  const level = args.includes("--level") ? Number(args[args.indexOf("--level") + 1]) : 6;
  const t0 = performance.now();
  const bytes = await writeXlsxFile(csv, xlsx, { inline: args.includes("--inline"), stringsLast: args.includes("--strings-last"), level });
  console.log(`wrote ${xlsx} (${(bytes / 2 ** 20).toFixed(1)} MiB) in ${((performance.now() - t0) / 1000).toFixed(1)} s`);
}

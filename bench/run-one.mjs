// One measured run in its own process, so peak RSS belongs to this run alone.
// Usage: node bench/run-one.mjs <papaparse|papaparse-1m|reader|reader-1t> <file>   (PIECE_BYTES=n sets pieceBytes for "reader")
import { createReadStream } from "node:fs";
import { resourceUsage } from "node:process";
import Papa from "papaparse";
import { loadDatasetStream } from "../dist/node.js";

const [mode, file] = process.argv.slice(2);
const t0 = performance.now();
let rows = 0;
let extra = {};
if (mode === "papaparse" || mode === "papaparse-1m") {
  // Baseline: papaparse alone, streaming, header:false (arrays), on decoded text, in 64 KiB chunks (the reader's
  // size) or 1 MiB chunks.
  const highWaterMark = mode === "papaparse" ? 1 << 16 : 1 << 20;
  await new Promise((resolve, reject) => {
    Papa.parse(createReadStream(file, { encoding: "utf8", highWaterMark }), {
      header: false,
      chunk: (res) => {
        rows += res.data.length;
      },
      complete: resolve,
      error: reject,
    });
  });
} else if (mode === "reader" || mode === "reader-1t") {
  // reader: the default (two threads for a file this big on a machine with 2+ cores); reader-1t: one thread.
  const pieceBytes = process.env.PIECE_BYTES ? { pieceBytes: Number(process.env.PIECE_BYTES) } : {};
  const stream = await loadDatasetStream(file, mode === "reader-1t" ? { threads: 1 } : pieceBytes);
  for await (const batch of stream.batches()) rows += batch.length;
  const s = stream.summary;
  extra = { era: s.era, read: s.read, kept: s.kept, flagged: s.flagged, blank: s.blank, warnings: s.warnings };
} else {
  throw new Error(`unknown mode ${mode}`);
}
const ms = performance.now() - t0;
const usage = resourceUsage();
const cpuMs = Math.round((usage.userCPUTime + usage.systemCPUTime) / 1000);
process.stdout.write(JSON.stringify({ mode, rows, ms: Math.round(ms), cpuMs, maxRssMB: Math.round(usage.maxRSS / 1024), ...extra }) + "\n");

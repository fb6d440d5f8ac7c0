// Benchmark: the same full-size LCA rows read from CSV and from .xlsx, each run in its own child process
// (wall time, CPU time, peak RSS). Also measures the parts of the .xlsx path one by one (inflate, XML scanning
// by hand vs saxes) and, for comparison, ExcelJS's streaming reader.
// Usage: node bench/read-xlsx.mjs [--no-build] [--no-exceljs]    RUNS=3 for medians of three runs
// Files (made once, reused): bench/out/xlsx/LCA_*.csv from `oflc-sponsors generate --bench`, and two workbooks
// of the same rows written by src/generate/write-xlsx.ts: Excel's entry order (shared strings before the sheet)
// and a streaming writer's (shared strings after the sheet).
import { execFileSync } from "node:child_process";
import { existsSync, mkdirSync, readdirSync, statSync } from "node:fs";
import { cpus, totalmem } from "node:os";

const root = new URL("../", import.meta.url).pathname;
const dir = new URL("./out/xlsx/", import.meta.url).pathname;
const args = process.argv.slice(2);
const runs = Number(process.env.RUNS ?? 1);
mkdirSync(dir, { recursive: true });

if (!args.includes("--no-build")) execFileSync("npx", ["tsup"], { cwd: root, stdio: "ignore" });
const findCsv = () => readdirSync(dir).find((f) => /^LCA_.*\.csv$/.test(f));
if (!findCsv()) {
  console.log(`generating full-size LCA CSV in ${dir} …`);
  execFileSync(process.execPath, ["dist/cli.js", "generate", "--bench", "--out", dir, "--perm-rows", "1000"], { cwd: root, stdio: "inherit" });
}
const csv = dir + findCsv();
const excel = csv.replace(/\.csv$/, ".xlsx");
const streamed = csv.replace(/\.csv$/, ".strings-last.xlsx");
for (const [file, options] of [
  [excel, {}],
  [streamed, { stringsLast: true }],
]) {
  if (existsSync(file)) continue;
  // in a child process: a child's peak RSS counts from its parent's at fork time (Linux keeps ru_maxrss across
  // fork + exec), so this process must stay small for the measured runs below to be true
  const flags = options.stringsLast ? ["--strings-last"] : [];
  execFileSync(process.execPath, ["--max-old-space-size=8192", "bench/write-xlsx.mjs", csv, file, ...flags], { cwd: root, stdio: "inherit" });
}
const haveExceljs = !args.includes("--no-exceljs") && existsSync(new URL("./out/exceljs/node_modules/exceljs/", import.meta.url));

const plan = [
  ["CSV → filings (loadDatasetStream)", "reader", csv],
  [".xlsx → filings (loadDatasetStream), Excel entry order", "reader", excel],
  [".xlsx → filings, shared strings after the sheet", "reader", streamed],
  [".xlsx → rows only (xlsxRows)", "rows", excel],
  ["sheet → rows, hand-written scanner", "scanner", excel],
  ["sheet → rows, saxes", "saxes", excel],
  ["unzip + inflate + UTF-8 only, DecompressionStream", "inflate-native", excel],
  ["unzip + inflate + UTF-8 only, fflate Inflate", "inflate-js", excel],
  ...(haveExceljs ? [["ExcelJS 4.4.0 WorkbookReader → rows", "exceljs", excel]] : []),
];
const median = (xs) => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)];
const run = (mode, file) =>
  JSON.parse(execFileSync(process.execPath, ["--max-old-space-size=8192", "bench/run-one-xlsx.mjs", mode, file], { cwd: root, encoding: "utf8", maxBuffer: 1 << 20 }));

const mib = (f) => (statSync(f).size / 2 ** 20).toFixed(0);
console.log(`machine: ${cpus().length} × ${cpus()[0]?.model ?? "cpu"}, ${Math.round(totalmem() / 2 ** 30)} GiB, node ${process.version}`);
console.log(`files: ${csv} (${mib(csv)} MiB); ${excel} (${mib(excel)} MiB); ${streamed} (${mib(streamed)} MiB)`);
console.log("");
console.log("| path | wall s | CPU s | peak RSS MB | rows | notes |");
console.log("|---|---:|---:|---:|---:|---|");
for (const [label, mode, file] of plan) {
  const rs = [];
  for (let i = 0; i < runs; i++) rs.push(run(mode, file));
  const r = rs[0];
  const notes =
    r.kept !== undefined ? `read ${r.read}, kept ${r.kept}, flagged ${r.flagged}, blank ${r.blank}` : r.chars !== undefined ? `${(r.chars / 1e6).toFixed(0)} M chars of sheet XML` : r.cells ? `${r.cells} cells` : "";
  console.log(
    `| ${label} | ${(median(rs.map((x) => x.ms)) / 1000).toFixed(1)} | ${(median(rs.map((x) => x.cpuMs)) / 1000).toFixed(1)} | ${median(rs.map((x) => x.maxRssMB))} | ${r.rows} | ${notes} |`,
  );
}

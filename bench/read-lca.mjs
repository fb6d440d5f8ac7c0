// Benchmark: full reader vs raw papaparse streaming on a generated 700,000-row FLAG-era LCA CSV.
// Usage: npm run bench   (builds, generates bench/out/ files if missing, runs each mode 3× in child processes)
import { execFileSync } from "node:child_process";
import { existsSync, statSync } from "node:fs";
import { cpus, loadavg, totalmem } from "node:os";

const dir = new URL("./out/", import.meta.url).pathname;
const file = `${dir}LCA_Disclosure_Data_FY2025_Q3.csv`;
if (!existsSync(file)) {
  console.log(`generating ${file} …`);
  execFileSync(process.execPath, ["dist/cli.js", "generate", "--bench", "--out", dir], { stdio: "inherit" });
}
const runs = Number(process.env.RUNS ?? 3);
const run = (mode) => JSON.parse(execFileSync(process.execPath, ["bench/run-one.mjs", mode, file], { encoding: "utf8" }));
const median = (xs) => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)];
const results = { papaparse: [], reader: [] };
for (let i = 0; i < runs; i++) {
  for (const mode of Object.keys(results)) results[mode].push(run(mode));
}
const size = statSync(file).size;
console.log(`machine: ${cpus().length} × ${cpus()[0]?.model ?? "cpu"}, ${Math.round(totalmem() / 2 ** 30)} GiB, node ${process.version}`);
console.log(`file: ${file} (${(size / 2 ** 20).toFixed(0)} MiB)`);
for (const [mode, rs] of Object.entries(results)) {
  console.log(
    `${mode.padEnd(10)} median ${median(rs.map((r) => r.ms))} ms wall, ${median(rs.map((r) => r.cpuMs))} ms CPU, peak RSS ${median(rs.map((r) => r.maxRssMB))} MB, rows ${rs[0].rows}` +
      (rs[0].kept !== undefined ? ` (read ${rs[0].read}, kept ${rs[0].kept}, flagged ${rs[0].flagged}, blank ${rs[0].blank})` : "") +
      `  [runs: ${rs.map((r) => r.ms).join(", ")} ms]`,
  );
}
const ratio = median(results.reader.map((r) => r.ms)) / median(results.papaparse.map((r) => r.ms));
const cpuRatio = median(results.reader.map((r) => r.cpuMs)) / median(results.papaparse.map((r) => r.cpuMs));
console.log(`load average at the end: ${loadavg().map((x) => x.toFixed(2)).join(" ")}`);
console.log(`ratio reader / papaparse-arrays: ${ratio.toFixed(2)}× wall, ${cpuRatio.toFixed(2)}× CPU (target ≤ 1.5×); reader peak RSS ${median(results.reader.map((r) => r.maxRssMB))} MB (target ≤ 400 MB)`);

// Load a snapshot in its own process and time it, plus a few queries.
// Usage: node bench/load-index-run.mjs <index.snap>
import { readFileSync } from "node:fs";
import { resourceUsage } from "node:process";
import { employerProfile, employersFor, findEmployer, loadSnapshot, occupationsFor } from "../dist/index.js";

const [file] = process.argv.slice(2);
const r0 = performance.now();
const bytes = readFileSync(file);
const readMs = performance.now() - r0;
const t0 = performance.now();
const index = loadSnapshot(bytes);
const loadMs = performance.now() - t0;
const time = (fn) => {
  const t = performance.now();
  const v = fn();
  return [Math.round((performance.now() - t) * 10) / 10, v];
};
const biggest = [...index.resolution.employers.filings.keys()].sort((a, b) => index.resolution.employers.filings[b] - index.resolution.employers.filings[a])[0];
const name = index.resolution.employers.name[biggest];
const [findFirstMs] = time(() => findEmployer(index, name));
const [findMs, found] = time(() => findEmployer(index, name.split(" ")[0]));
const [profileMs] = time(() => employerProfile(index, found[0].key));
const [forSocMs] = time(() => employersFor(index, { soc: "15-1252" }, { programs: ["PERM"], fromFiscalYear: 2021 }));
const [occFirstMs] = time(() => occupationsFor(index, "Machine Learning Intern"));
const [occMs] = time(() => occupationsFor(index, "Senior Data Engineer"));
process.stdout.write(
  JSON.stringify({
    bytes: bytes.byteLength,
    readMs: Math.round(readMs),
    loadMs: Math.round(loadMs),
    filings: index.filings,
    msPerMillionFilings: Math.round((loadMs / index.filings) * 1e6),
    queries: { findEmployerFirstMs: findFirstMs, findEmployerMs: findMs, employerProfileMs: profileMs, employersForMs: forSocMs, occupationsForFirstMs: occFirstMs, occupationsForMs: occMs },
    maxRssMB: Math.round(resourceUsage().maxRSS / 1024),
  }) + "\n",
);

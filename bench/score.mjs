// Speed of the sponsorship model on a 10-year index: fitting the model, ranking all employers for one
// role (p50/p90 over many roles), and scoring a stream of job listings (listings per second, one core).
//
// Usage: npm run build && node bench/score.mjs [--index bench/out/index-10y.snap] [--listings 200000] [--json]
// The default index is the 10-year full-size one written by `node bench/build-index.mjs 10 650000 100000`
// (bench/out/index-10y.snap: 10 × 650,000 LCA + 10 × 100,000 PERM generated rows; see docs/performance.md).
import { existsSync, readFileSync } from "node:fs";
import { cpus } from "node:os";
import { parseArgs } from "node:util";
import { fitScoreModel, loadSnapshot, rankEmployers, scoreListings } from "../dist/index.js";

const { values } = parseArgs({
  options: {
    index: { type: "string", default: new URL("./out/index-10y.snap", import.meta.url).pathname },
    listings: { type: "string", default: "200000" },
    roles: { type: "string", default: "40" },
    json: { type: "boolean", default: false },
  },
});
if (!existsSync(values.index)) {
  process.stderr.write(`no index at ${values.index}; build one with: node bench/build-index.mjs 10 650000 100000\n`);
  process.exit(1);
}
const log = (s) => process.stderr.write(`${s}\n`);
const ms = (t) => Math.round((performance.now() - t) * 10) / 10;
const quantile = (xs, q) => {
  const s = [...xs].sort((a, b) => a - b);
  return s[Math.min(s.length - 1, Math.floor(q * s.length))];
};

let t = performance.now();
const index = loadSnapshot(new Uint8Array(readFileSync(values.index)));
const loadMs = ms(t);
log(`loaded ${values.index}: ${index.filings.toLocaleString("en-US")} cases, ${index.resolution.employers.key.length.toLocaleString("en-US")} employers, data as of ${index.asOf} (${loadMs} ms)`);

t = performance.now();
const model = fitScoreModel(index);
const fitMs = ms(t);
log(`fitted the model in ${fitMs} ms: ${JSON.stringify(model.priors.activity)}`);

// Roles: the detailed SOC codes with most PERM filings, alone, in a state, and as job titles.
const perSoc = new Map();
const tbl = model.table;
for (let e = 0; e < tbl.entrySoc.length; e++) if (tbl.entrySoc[e] > 0) perSoc.set(tbl.entrySoc[e], (perSoc.get(tbl.entrySoc[e]) ?? 0) + tbl.entryPermN[e]);
const topSocs = [...perSoc].sort((a, b) => b[1] - a[1] || a[0] - b[0]).slice(0, Number(values.roles)).map(([s]) => index.socs[s]);
const titles = index.titles.titles.filter((_, i) => index.titles.filings[i] >= 50).slice(0, 20);
const roles = [
  ...topSocs.map((soc) => ({ soc })),
  ...topSocs.slice(0, 10).map((soc) => ({ soc, state: "CA" })),
  ...topSocs.slice(0, 10).map((soc) => ({ soc, state: "WA", education: "masters", wage: 165000 })),
  ...titles.map((title) => ({ title })),
];
for (const role of roles.slice(0, 5)) rankEmployers(index, role, { model, limit: 25 }); // warm-up
// Wall time, and CPU time (user + system) of this process: on a shared machine the CPU time is the steadier figure.
const cpuMs = (c) => (c.user + c.system) / 1000;
const times = [];
const cpuTimes = [];
const perRole = new Map();
for (let rep = 0; rep < 3; rep++) {
  for (const role of roles) {
    const c0 = process.cpuUsage();
    const t0 = performance.now();
    rankEmployers(index, role, { model, limit: 25 });
    times.push(performance.now() - t0);
    const c = cpuMs(process.cpuUsage(c0));
    cpuTimes.push(c);
    const k = JSON.stringify(role);
    perRole.set(k, [...(perRole.get(k) ?? []), c]);
  }
}
const r1 = (x) => Math.round(x * 10) / 10;
const rank = {
  roles: roles.length, calls: times.length,
  p50: r1(quantile(times, 0.5)), p90: r1(quantile(times, 0.9)), max: r1(Math.max(...times)),
  cpuP50: r1(quantile(cpuTimes, 0.5)), cpuP90: r1(quantile(cpuTimes, 0.9)),
  slowest: [...perRole].map(([k, xs]) => [k, r1(quantile(xs, 0.5))]).sort((a, b) => b[1] - a[1]).slice(0, 5),
};
log(`rankEmployers (all ${model.units.key.length.toLocaleString("en-US")} employers, top 25): wall p50 ${rank.p50} ms, p90 ${rank.p90} ms; CPU p50 ${rank.cpuP50} ms, p90 ${rank.cpuP90} ms over ${rank.calls} calls`);
log(`  slowest roles (CPU ms, median): ${rank.slowest.map(([k, v]) => `${k} ${v}`).join("; ")}`);

// Listings: employers drawn by filings (as spelled in the filings), titles drawn from the learned titles,
// locations, education and wages — a deterministic stream (LCG), 200,000 by default.
let seed = 12345;
const next = () => ((seed = (seed * 1103515245 + 12345) % 2147483648) / 2147483648);
const spellings = [];
const nodes = index.nodes;
for (let i = 0; i < nodes.name.length; i++) {
  for (let j = nodes.labelStart[i]; j < nodes.labelStart[i + 1]; j++) {
    if (nodes.labelKind[j] === 0) {
      spellings.push({ name: nodes.labelText[j], weight: Math.sqrt(nodes.labelCount[j]) });
      break;
    }
  }
}
const cum = [];
let total = 0;
for (const s of spellings) cum.push((total += s.weight));
const pickEmployer = () => {
  const u = next() * total;
  let lo = 0;
  let hi = cum.length - 1;
  while (lo < hi) {
    const mid = (lo + hi) >> 1;
    if (cum[mid] < u) lo = mid + 1;
    else hi = mid;
  }
  return spellings[lo].name;
};
const jobTitles = index.titles.titles.filter((_, i) => index.titles.filings[i] >= 5);
const places = ["Seattle, WA", "San Jose, CA", "New York, NY", "Austin, TX", "Boston, MA", "Chicago, IL", "WA", "CA", "Remote", ""];
const educations = ["", "", "bachelors", "masters", "doctorate"];
const n = Number(values.listings);
const listings = Array.from({ length: n }, () => ({
  employer: next() < 0.05 ? `Unknown Startup ${Math.floor(next() * 5000)} Inc` : pickEmployer(),
  title: jobTitles[Math.floor(next() * Math.min(jobTitles.length, 3000))],
  location: places[Math.floor(next() * places.length)],
  education: educations[Math.floor(next() * educations.length)],
  wage: next() < 0.5 ? String(80000 + Math.floor(next() * 120) * 1000) : "",
}));
const distinct = { employers: new Set(listings.map((l) => l.employer)).size, titles: new Set(listings.map((l) => l.title)).size };
const run = (memo = 100_000, count = n) => {
  const c0 = process.cpuUsage();
  const t0 = performance.now();
  let rated = 0;
  for (const s of scoreListings(index, listings.slice(0, count), { model, memo })) if (s.status === "rated") rated++;
  const seconds = (performance.now() - t0) / 1000;
  const cpu = cpuMs(process.cpuUsage(c0)) / 1000;
  return { seconds: Math.round(seconds * 100) / 100, perSecond: Math.round(count / seconds), perCpuSecond: Math.round(count / cpu), rated };
};
const cold = run(); // every employer name and role resolved for the first time
const warm = run(); // a second pass (a new memo, so the same work again; the model stays fitted)
const bare = run(1, Math.min(n, 20_000)); // no memo: every listing's employer and role resolved and scored from scratch
log(`scoreListings: ${n.toLocaleString("en-US")} listings (${distinct.employers.toLocaleString("en-US")} distinct employers, ${distinct.titles.toLocaleString("en-US")} titles): ${cold.perSecond.toLocaleString("en-US")}/s first pass, ${warm.perSecond.toLocaleString("en-US")}/s second, ${bare.perSecond.toLocaleString("en-US")}/s without the memo`);

const result = {
  machine: `${cpus()[0]?.model ?? "unknown CPU"} (${cpus().length} cores; one used) · Node ${process.version}`,
  index: { cases: index.filings, employers: index.resolution.employers.key.length, groups: index.groups.node.length, cells: index.cells.count.length, asOf: index.asOf },
  loadMs, fitMs, rank, listings: { n, ...distinct, cold, warm, bare },
};
if (values.json) process.stdout.write(JSON.stringify(result, null, 1) + "\n");
else {
  process.stdout.write(
    [
      `| measure | figure |`,
      `|---|---|`,
      `| index | ${result.index.cases.toLocaleString("en-US")} cases, ${result.index.employers.toLocaleString("en-US")} employers, ${result.index.groups.toLocaleString("en-US")} groups |`,
      `| fit the model (once per index and settings) | ${fitMs.toLocaleString("en-US")} ms |`,
      `| rankEmployers, all employers, top 25: p50 / p90 wall | ${rank.p50} ms / ${rank.p90} ms (${rank.calls} calls, ${rank.roles} roles) |`,
      `| rankEmployers: p50 / p90 CPU time | ${rank.cpuP50} ms / ${rank.cpuP90} ms |`,
      `| scoreListings, ${n.toLocaleString("en-US")} listings (${distinct.employers.toLocaleString("en-US")} employers, ${distinct.titles.toLocaleString("en-US")} titles) | ${cold.perSecond.toLocaleString("en-US")} /s (first pass; ${cold.perCpuSecond.toLocaleString("en-US")} per CPU second) · ${warm.perSecond.toLocaleString("en-US")} /s (second) |`,
      `| scoreListings without the memo (every listing resolved from scratch) | ${bare.perSecond.toLocaleString("en-US")} /s (${bare.perCpuSecond.toLocaleString("en-US")} per CPU second) |`,
      `| machine | ${result.machine} |`,
    ].join("\n") + "\n",
  );
}

// Backtest of the sponsorship model on generated multi-year data with a known generating process.
// Draws FY2016–FY2023 PERM (and 30% of LCA) filings from one generated world (src/score/generate-history.ts,
// each employer has latent PERM rates per SOC), writes them in the official layouts, reads them back through
// the package, builds the index, then runs backtest() trained through FY2022 and predicting FY2023, next to
// the baselines and an oracle that knows each employer's true rates.
//
// Usage: npm run build && node bench/score-backtest.mjs [--size 30000] [--train-through 2022] [--half-life 3] [--top-roles 20] [--k 100,1000,2000,5000] [--json]
// The generated index is cached in bench/out/score-history-<size>.snap.
import { existsSync, mkdirSync, readFileSync, writeFileSync } from "node:fs";
import { cpus } from "node:os";
import { parseArgs } from "node:util";
import { backtest, brierScore, createSponsorIndexBuilder, loadSnapshot, readDataset, reliabilityTable, rocAuc, prAuc, saveSnapshot } from "../dist/index.js";
import { importTs } from "./bundle-ts.mjs";

const { values } = parseArgs({
  options: {
    size: { type: "string", default: "30000" },
    seed: { type: "string", default: "11" },
    "train-through": { type: "string", default: "2022" },
    "half-life": { type: "string", default: "3" },
    "top-roles": { type: "string", default: "20" },
    k: { type: "string", default: "100,1000,2000,5000" },
    json: { type: "boolean", default: false },
  },
});
const size = Number(values.size);
const seed = Number(values.seed);
const trainThrough = Number(values["train-through"]);
const halfLifeYears = Number(values["half-life"]);
const out = new URL("./out/", import.meta.url).pathname;
mkdirSync(out, { recursive: true });
const snap = `${out}score-history-${size}-${seed}.snap`;
const log = (s) => process.stderr.write(`${s}\n`);

const { generateHistory } = await importTs("src/score/generate-history.ts");
const { generateWorld } = await importTs("src/generate/world.ts");
let index;
const t0 = performance.now();
if (existsSync(snap)) {
  index = loadSnapshot(new Uint8Array(readFileSync(snap)));
  log(`loaded ${snap}`);
} else {
  const history = generateHistory(seed, { size });
  log(`generated ${history.files.length} files in ${((performance.now() - t0) / 1000).toFixed(0)} s`);
  const builder = createSponsorIndexBuilder();
  for (const f of history.files) {
    const r = await readDataset(f.bytes, { file: f.file });
    builder.addAll(r.rows);
    log(`${f.file}: ${r.rows.length} filings`);
  }
  index = builder.finish();
  writeFileSync(snap, saveSnapshot(index));
  log(`indexed ${index.filings} cases in ${((performance.now() - t0) / 1000).toFixed(0)} s → ${snap}`);
}

const t1 = performance.now();
const result = backtest(index, { trainThrough, halfLifeYears, topRoles: Number(values["top-roles"]), k: values.k.split(",").map(Number), includeCases: true });
const seconds = (performance.now() - t1) / 1000;

// The oracle: each employer's true probability of a certified PERM in the role's SOC within a year,
// 1 − exp(−λ (1 − withdrawal) certification), from the world (matched by FEIN).
const world = generateWorld(seed, size);
const byFein = new Map(world.employers.map((e) => [e.fein, e]));
const truth = result.caseList.map((c) => {
  const e = c.key.startsWith("fein:") ? byFein.get(c.key.slice(5)) : undefined;
  if (!e) return 0;
  const lambda = e.activity.filter((a) => a.soc2018 === c.role).reduce((s, a) => s + a.permRate, 0);
  return 1 - Math.exp(-lambda * (1 - e.withdrawalProbability) * e.certificationProbability);
});
const labels = result.caseList.map((c) => c.outcome);
const oracle = {
  auc: rocAuc(truth, labels),
  prAuc: prAuc(truth, labels),
  brier: brierScore(truth, labels),
  reliability: reliabilityTable(truth, labels),
  matched: result.caseList.filter((c) => c.key.startsWith("fein:") && byFein.has(c.key.slice(5))).length,
};

const machine = `${cpus()[0]?.model ?? "unknown CPU"} · Node ${process.version}`;
if (values.json) {
  process.stdout.write(JSON.stringify({ size, seed, machine, seconds, ...result, caseList: undefined, oracle }, null, 1) + "\n");
} else {
  const f = (x, d = 3) => (x === null || x === undefined || !Number.isFinite(x) ? "—" : x.toFixed(d));
  const ks = Object.keys(result.model.precisionAtK);
  const rows = [
    ["model", result.model],
    ...Object.entries(result.baselines),
  ];
  const lines = [];
  lines.push(`World of ${size} employers (seed ${seed}); trained through FY${trainThrough}, tested on FY${trainThrough + 1}; half-life ${halfLifeYears} y; ${machine}; backtest ${seconds.toFixed(1)} s`);
  lines.push(`${result.cases} cases (${result.roles.length} roles × ${result.cases / result.roles.length} employers), ${result.positives} positive, ${result.unseenPositives} positives from unseen employers`);
  lines.push("");
  lines.push(`| scorer | ROC-AUC | PR-AUC | Brier | max gap (bins ≥ 200) | ${ks.map((k) => `P@${k}`).join(" | ")} |`);
  lines.push(`|---|---|---|---|---|${ks.map(() => "---").join("|")}|`);
  for (const [name, m] of rows) lines.push(`| ${name} | ${f(m.auc)} | ${f(m.prAuc)} | ${f(m.brier, 4)} | ${f(m.maxCalibrationGap)} | ${ks.map((k) => f(m.precisionAtK[k])).join(" | ")} |`);
  lines.push(`| oracle (true rates) | ${f(oracle.auc)} | ${f(oracle.prAuc)} | ${f(oracle.brier, 4)} | ${f(Math.max(...oracle.reliability.filter((b) => b.cases >= 200).map((b) => b.gap)))} | |`);
  lines.push("");
  lines.push("| predicted | cases | mean predicted | observed | gap |");
  lines.push("|---|---|---|---|---|");
  for (const b of result.model.reliability) lines.push(`| ${b.from.toFixed(1)}–${b.to.toFixed(1)} | ${b.cases} | ${f(b.meanPredicted)} | ${f(b.observed)} | ${f(b.gap)} |`);
  lines.push("");
  lines.push(`priors: ${JSON.stringify(result.priors)}`);
  process.stdout.write(lines.join("\n") + "\n");
}

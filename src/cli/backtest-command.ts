import { parseArgs } from "node:util";
import { loadDatasetStream, listDataFiles } from "../io/load-dataset";
import { BASELINES } from "../score/baselines";
import { backtest, type BacktestMetrics, type BacktestResult } from "../score/backtest";
import { createSponsorIndexBuilder } from "../sponsors/create-sponsor-index-builder";
import { loadSnapshotFile } from "../sponsors/snapshot-file";
import type { SponsorIndex } from "../sponsors/sponsor-index";
import type { Io } from "./read-command";
import { formatTable } from "./table";
import { UsageError } from "./usage-error";

export const BACKTEST_HELP = `Usage: oflc-sponsors backtest (<files or folders...> | --index index.snap) --train-through FY [options]

Fit the model on decisions through fiscal year FY, predict for every employer known by then and each
role (a SOC code) whether it gets a certified PERM decided in FY+1, and compare with what happened:
ROC-AUC, PR-AUC, Brier score, a reliability table and precision@k, next to three baselines computed in
the same run (raw PERM count, raw certified count in the SOC, a hand-weighted grade).

Options:
  --index FILE          a snapshot from "oflc-sponsors build" (instead of files)
  --train-through FY    last fiscal year the model sees (required)
  --test FY             the fiscal year predicted (must be FY+1; default FY+1)
  --roles CODE[,CODE]   SOC codes to test (default: the --top-roles codes with most PERM filings)
  --top-roles N         how many codes by default (default 10)
  --half-life YEARS     half-life of recency weights (default 3)
  --scope entity|parent legal entities (default) or alias-table parents
  --json                print the full result as JSON
  -h, --help            show this help

Examples:
  oflc-sponsors backtest --index index.snap --train-through 2023 --test 2024
  oflc-sponsors backtest perm/ lca/ --train-through 2022 --roles 15-1252,15-1211 --json
`;

/** `oflc-sponsors backtest …` */
export async function backtestCommand(argv: string[], io: Io): Promise<number> {
  let parsed;
  try {
    parsed = parseArgs({
      args: argv,
      allowPositionals: true,
      options: {
        index: { type: "string" },
        "train-through": { type: "string" },
        test: { type: "string" },
        roles: { type: "string" },
        "top-roles": { type: "string" },
        "half-life": { type: "string" },
        scope: { type: "string" },
        json: { type: "boolean", default: false },
        help: { type: "boolean", short: "h", default: false },
      },
    });
  } catch (e) {
    throw new UsageError((e as Error).message);
  }
  const { values, positionals } = parsed;
  if (values.help) {
    io.stdout(BACKTEST_HELP);
    return 0;
  }
  if ((values.index === undefined) === (positionals.length === 0)) throw new UsageError("backtest: give files or folders, or --index FILE (one of them)");
  const year = (flag: string, v: string | undefined): number | undefined => {
    if (v === undefined) return undefined;
    const n = Number(v.replace(/^FY/i, ""));
    if (!Number.isInteger(n) || n < 1990 || n > 2100) throw new UsageError(`--${flag}: "${v}" is not a fiscal year like 2023`);
    return n;
  };
  const trainThrough = year("train-through", values["train-through"]);
  if (trainThrough === undefined) throw new UsageError("backtest: --train-through FY is required");
  const test = year("test", values.test);
  if (test !== undefined && test !== trainThrough + 1) throw new UsageError(`--test: must be --train-through + 1 (${trainThrough + 1}): the model predicts the next 12 months`);
  const roles = values.roles?.split(",").map((s) => s.trim()).filter((s) => s !== "");
  for (const r of roles ?? []) if (!/^\d{2}-?\d{4}$/.test(r)) throw new UsageError(`--roles: "${r}" is not a SOC code like 15-1252`);
  let topRoles: number | undefined;
  if (values["top-roles"] !== undefined) {
    topRoles = Number(values["top-roles"]);
    if (!Number.isInteger(topRoles) || topRoles < 1 || topRoles > 200) throw new UsageError(`--top-roles: "${values["top-roles"]}" is not a whole number from 1 to 200`);
  }
  let halfLifeYears: number | undefined;
  if (values["half-life"] !== undefined) {
    halfLifeYears = Number(values["half-life"]);
    if (!(halfLifeYears > 0) || halfLifeYears > 1000) throw new UsageError(`--half-life: "${values["half-life"]}" is not a number of years between 0 and 1000`);
  }
  const scope = values.scope;
  if (scope !== undefined && scope !== "entity" && scope !== "parent") throw new UsageError(`--scope: "${scope}" is not entity or parent`);

  let index: SponsorIndex;
  if (values.index !== undefined) index = await loadSnapshotFile(values.index);
  else {
    const files = await listDataFiles(positionals);
    if (files.length === 0) throw new UsageError(`backtest: no .csv, .tsv or .txt files in ${positionals.join(", ")}`);
    const builder = createSponsorIndexBuilder();
    for (const file of files) await builder.addStream(await loadDatasetStream(file));
    index = builder.finish();
  }
  const result = backtest(index, {
    trainThrough,
    ...(roles ? { roles } : {}),
    ...(topRoles !== undefined ? { topRoles } : {}),
    ...(halfLifeYears !== undefined ? { halfLifeYears } : {}),
    ...(scope ? { scope } : {}),
  });
  if (values.json) io.stdout(JSON.stringify(result) + "\n");
  else io.stdout(formatBacktest(result));
  return 0;
}

const f3 = (x: number | null) => (x === null || !Number.isFinite(x) ? "—" : x.toFixed(3));
const f4 = (x: number | null) => (x === null || !Number.isFinite(x) ? "—" : x.toFixed(4));

/** Plain-text report of a backtest. */
export function formatBacktest(r: BacktestResult): string {
  const out: string[] = [];
  out.push(`Backtest: trained through FY${r.trainThrough} (as of ${r.asOf}), predicting a certified PERM decided in FY${r.testFiscalYear}`);
  out.push(`${r.cases.toLocaleString("en-US")} employer × role cases over ${r.roles.length} roles, ${r.positives.toLocaleString("en-US")} positive (${r.unseenPositives} more from employers unseen through FY${r.trainThrough})`, "");
  const ks = Object.keys(r.model.precisionAtK);
  const line = (name: string, m: BacktestMetrics) => [name, f3(m.auc), f3(m.prAuc), f4(m.brier), f3(m.maxCalibrationGap), ...ks.map((k) => f3(m.precisionAtK[k] ?? null))];
  out.push(
    formatTable(
      ["scorer", "ROC-AUC", "PR-AUC", "Brier", "max gap", ...ks.map((k) => `P@${k}`)],
      [line("model", r.model), ...BASELINES.map((b) => line(b, r.baselines[b]))],
    ).trimEnd(),
  );
  out.push("", "Baselines' Brier and gap: after an isotonic map fitted on the previous year's split; max gap over bins with ≥ 200 cases.", "");
  out.push("Model reliability (predicted vs observed by probability decile)");
  out.push(formatTable(["bin", "cases", "predicted", "observed", "gap"], (r.model.reliability ?? []).map((b) => [`${b.from.toFixed(1)}–${b.to.toFixed(1)}`, b.cases, f3(b.meanPredicted), f3(b.observed), f3(b.gap)])).trimEnd(), "");
  out.push(formatTable(["role", "occupation", "cases", "positives", "model AUC"], r.roles.map((x) => [x.role, x.label.length > 50 ? `${x.label.slice(0, 49)}…` : x.label, x.cases, x.positives, f3(x.modelAuc)])));
  return out.join("\n");
}

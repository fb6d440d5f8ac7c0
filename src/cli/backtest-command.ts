import { loadDatasetStream, listDataFiles } from "../io/load-dataset";
import { BASELINES } from "../score/baselines";
import { backtest, type BacktestMetrics, type BacktestResult } from "../score/backtest";
import { createSponsorIndexBuilder } from "../sponsors/create-sponsor-index-builder";
import { loadSnapshotFile } from "../sponsors/snapshot-file";
import type { SponsorIndex } from "../sponsors/sponsor-index";
import { basename } from "node:path";
import { defineCommand } from "./command";
import { widthOf } from "./io";
import { fiscalYear, list, option, text, wholeNumber } from "./option-spec";
import { printResult } from "./output";
import { createProgress } from "./progress";
import { RECENCY_OPTIONS } from "./score-flags";
import { formatOptions } from "./shared-options";
import { formatTable } from "./table";
import { UsageError } from "./usage-error";

/** `oflc-sponsors backtest …` */
export const backtestCommand = defineCommand({
  name: "backtest",
  summary: "fit through FY, predict FY+1, compare with baselines",
  usage: "(<paths...> | --index FILE) --train-through FY [options]",
  description: `Fit the model on decisions through fiscal year FY, predict for every employer known by then and each
role (a SOC code) whether it gets a certified PERM decided in FY+1, and compare with what happened:
ROC-AUC, PR-AUC, Brier score, a reliability table and precision@k, next to three baselines computed in
the same run (raw PERM count, raw certified count in the SOC, a hand-weighted grade).
--format csv prints the metrics table (one row per scorer); --format json the full result.`,
  arguments: [{ name: "[paths...]", description: "disclosure files or folders to build the index from (or --index)" }],
  options: {
    index: text("--index <FILE>", 'a snapshot from "oflc-sponsors build" (instead of files)'),
    trainThrough: option("--train-through <FY>", "last fiscal year the model sees", { parse: fiscalYear, required: true }),
    test: option("--test <FY>", "the fiscal year predicted (must be FY+1; default FY+1)", { parse: fiscalYear }),
    roles: option("--roles <CODES>", "SOC codes to test, comma-separated (default: the --top-roles codes with most PERM filings)", {
      parse: list((r) => {
        if (!/^\d{2}-?\d{4}$/.test(r)) throw new UsageError("expected a SOC code like 15-1252");
        return r;
      }),
    }),
    topRoles: option("--top-roles <N>", "how many codes by default (default 10)", { parse: wholeNumber(1, 200) }),
    ...RECENCY_OPTIONS,
    ...formatOptions("the metrics"),
  },
  examples: [
    "oflc-sponsors backtest --index index.snap --train-through 2024",
    "oflc-sponsors backtest --index index.snap --train-through 2024 --test 2025 --roles 15-1252,15-1211 --format csv",
    "oflc-sponsors backtest data-samples --train-through 2024 --roles 15-1252 --json",
  ],
  async run({ args, opts, io }) {
    if ((opts.index === undefined) === (args.length === 0)) throw new UsageError("give files or folders, or --index FILE (one of them)");
    const trainThrough = opts.trainThrough;
    if (opts.test !== undefined && opts.test !== trainThrough + 1) {
      throw new UsageError(`--test "${opts.test}": expected --train-through + 1 (${trainThrough + 1}): the model predicts the next 12 months`);
    }
    let index: SponsorIndex;
    if (opts.index !== undefined) index = await loadSnapshotFile(opts.index);
    else {
      const files = await listDataFiles(args);
      if (files.length === 0) throw new UsageError(`no .csv, .tsv or .txt files in ${args.join(", ")}`);
      const builder = createSponsorIndexBuilder();
      const progress = createProgress(io, { quiet: opts.quiet });
      for (const [i, file] of files.entries()) {
        const label = `[${i + 1}/${files.length}] ${basename(file)}`;
        await builder.addStream(await loadDatasetStream(file, { onProgress: (p) => progress.update({ label, done: p.bytes, total: p.totalBytes, rows: p.rows }) }));
        progress.step(`${label}: read`);
      }
      progress.done();
      index = builder.finish();
    }
    const result = backtest(index, {
      trainThrough,
      ...(opts.roles ? { roles: opts.roles } : {}),
      ...(opts.topRoles !== undefined ? { topRoles: opts.topRoles } : {}),
      ...(opts.halfLife !== undefined ? { halfLifeYears: opts.halfLife } : {}),
      ...(opts.scope ? { scope: opts.scope } : {}),
    });
    const ks = Object.keys(result.model.precisionAtK);
    const metrics = (name: string, m: BacktestMetrics) => [name, m.auc, m.prAuc, m.brier, m.maxCalibrationGap, ...ks.map((k) => m.precisionAtK[k] ?? null)];
    printResult(io, opts.format ?? "table", {
      json: () => result,
      rows: () => ({
        header: ["scorer", "roc_auc", "pr_auc", "brier", "max_gap", ...ks.map((k) => `p_at_${k}`)],
        rows: [metrics("model", result.model), ...BASELINES.map((b) => metrics(b, result.baselines[b]))],
      }),
      text: () => formatBacktest(result, widthOf(io)),
    });
    return 0;
  },
});

const f3 = (x: number | null) => (x === null || !Number.isFinite(x) ? "—" : x.toFixed(3));
const f4 = (x: number | null) => (x === null || !Number.isFinite(x) ? "—" : x.toFixed(4));

/** Plain-text report of a backtest. */
export function formatBacktest(r: BacktestResult, width = 80): string {
  const out: string[] = [];
  out.push(`Backtest: trained through FY${r.trainThrough} (as of ${r.asOf}), predicting a certified PERM decided in FY${r.testFiscalYear}`);
  out.push(`${r.cases.toLocaleString("en-US")} employer × role cases over ${r.roles.length} roles, ${r.positives.toLocaleString("en-US")} positive (${r.unseenPositives} more from employers unseen through FY${r.trainThrough})`, "");
  const ks = Object.keys(r.model.precisionAtK);
  const line = (name: string, m: BacktestMetrics) => [name, f3(m.auc), f3(m.prAuc), f4(m.brier), f3(m.maxCalibrationGap), ...ks.map((k) => f3(m.precisionAtK[k] ?? null))];
  out.push(
    formatTable(
      ["scorer", "ROC-AUC", "PR-AUC", "Brier", "max gap", ...ks.map((k) => `P@${k}`)],
      [line("model", r.model), ...BASELINES.map((b) => line(b, r.baselines[b]))],
      { maxWidth: width },
    ).trimEnd(),
  );
  out.push("", "Baselines' Brier and gap: after an isotonic map fitted on the previous year's split; max gap over bins with ≥ 200 cases.", "");
  out.push("Model reliability (predicted vs observed by probability decile)");
  out.push(formatTable(["bin", "cases", "predicted", "observed", "gap"], (r.model.reliability ?? []).map((b) => [`${b.from.toFixed(1)}–${b.to.toFixed(1)}`, b.cases, f3(b.meanPredicted), f3(b.observed), f3(b.gap)]), { maxWidth: width }).trimEnd(), "");
  out.push(formatTable(["role", "occupation", "cases", "positives", "model AUC"], r.roles.map((x) => [x.role, x.label, x.cases, x.positives, f3(x.modelAuc)]), { maxWidth: width }));
  return out.join("\n");
}

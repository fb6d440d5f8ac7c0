#!/usr/bin/env node
// An analyst's session with oflc-sponsors, as a script you can read like a notebook.
// It runs against the BUILT package, so build first:
//
//   npm run build            (or: npx tsup --silent)
//   node examples/analyst.mjs [--data data-samples] [--out DIR] [--title "Machine Learning Engineer"] [--state WA]
//
// In your own project, import from "oflc-sponsors" and "oflc-sponsors/node" instead of ../dist/.

import { mkdtempSync, mkdirSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { fileURLToPath } from "node:url";
import { parseArgs } from "node:util";
import * as aq from "arquero";
import {
  buildSponsorIndex,
  employerHistorySpec,
  employerProfile,
  profileTable,
  rankEmployers,
  rankingSpec,
  rankingTable,
  toTable,
} from "../dist/index.js";
import { loadDatasets } from "../dist/node.js";

const { values: args } = parseArgs({
  options: {
    data: { type: "string", default: fileURLToPath(new URL("../data-samples/", import.meta.url)) },
    out: { type: "string" },
    title: { type: "string", default: "Machine Learning Engineer" },
    state: { type: "string", default: "WA" },
  },
});
const pct = (p) => (p === null ? "—" : `${(p * 100).toFixed(1)}%`);

// %% [1] Load every disclosure file in the folder (PERM, LCA, PW; any era) into canonical filings.
// Quarterly files are cumulative: loadDatasets keeps each case once (the latest decision wins).
const { rows, total } = await loadDatasets([args.data]);
console.log(`## Filings\n${rows.length} filings (${total.read} rows read, ${total.flagged} flagged, ${total.duplicates} duplicates dropped)`);

// %% [2] Build the sponsor index: employers resolved (FEIN first, then names), per occupation and year.
const index = buildSponsorIndex(rows);
console.log(`index: ${index.filings} filings, data as of ${index.asOf}`);

// %% [3] Rank employers for a role: the chance each gets a PERM certified for it within 12 months.
const ranked = rankEmployers(index, { title: args.title, state: args.state }, { limit: 10 });
console.log(`\n## Top employers for "${args.title}" in ${args.state}`);
const ranking = rankingTable(ranked);
for (const r of ranking.objects({ limit: 5 })) {
  console.log(`${r.rank}. ${r.employer_name}  ${pct(r.probability)} (90%: ${pct(r.interval_low)}–${pct(r.interval_high)})  ${r.key_factors}`);
}

// %% [4] Explore with arquero: certified PERM filings per worksite state and fiscal year.
const certifiedPerm = toTable(rows)
  .filter((d) => d.program === "PERM" && aq.op.startswith(d.status, "certified"))
  .groupby("worksite_state", "fiscal_year")
  .count()
  .orderby(aq.desc("count"), "worksite_state", "fiscal_year");
console.log(`\n## Certified PERM filings per state and year (top 5 of ${certifiedPerm.numRows()})`);
for (const r of certifiedPerm.objects({ limit: 5 })) console.log(`${r.worksite_state} FY${r.fiscal_year}: ${r.count}`);

// %% [5] The top employer's history, as a table.
const top = ranked[0];
const profile = top ? employerProfile(index, top.key ?? top.name) : null;
if (profile) {
  const perYear = profileTable(profile)
    .groupby("fiscal_year")
    .rollup({ filings: aq.op.sum("filings"), approved: aq.op.sum("approved") })
    .orderby(aq.desc("fiscal_year"));
  console.log(`\n## ${profile.name}: ${profile.filings} filings, ${profile.approved} approved`);
  for (const r of perYear.objects()) console.log(`FY${r.fiscal_year ?? "?"}: ${r.filings} filing${r.filings === 1 ? "" : "s"}, ${r.approved} approved`);
}

// %% [6] Charts: Vega-Lite specs are plain JSON — open them in the Vega editor, vega-embed or vl2png.
const out = args.out ?? mkdtempSync(join(tmpdir(), "oflc-sponsors-"));
mkdirSync(out, { recursive: true });
const charts = { "ranking.vl.json": rankingSpec(ranked) };
if (profile) charts["employer-history.vl.json"] = employerHistorySpec(profile);
console.log("\n## Charts");
for (const [name, spec] of Object.entries(charts)) {
  const file = join(out, name);
  writeFileSync(file, JSON.stringify(spec, null, 2) + "\n");
  console.log(`wrote ${file}`);
}

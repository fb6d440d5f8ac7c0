/**
 * The charts of docs/charts/, made from data-samples/: the sponsor index of every CSV file there, the
 * employer with the most filings (its history spans several fiscal years) and a ranking for a role.
 * Takes the library as an argument, so the test runs it on src/ and scripts/render-charts.mjs on dist/.
 */
import { readdirSync, readFileSync } from "node:fs";
import { join } from "node:path";
import type * as Api from "../../src/index";

type ChartApi = Pick<
  typeof Api,
  "createSponsorIndexBuilder" | "readDatasetStream" | "employerProfile" | "rankEmployers" | "employerHistorySpec" | "rankingSpec"
>;

/** The role of the ranking chart (the README's demo role). */
export const CHART_ROLE = { title: "Machine Learning Engineer", state: "WA" } as const;
export const CHART_LIMIT = 12;

export interface ChartInputs {
  readonly index: Api.SponsorIndex;
  readonly profile: Api.EmployerProfile;
  readonly ranked: Api.RankedEmployer[];
  readonly specs: { readonly "employer-history": Api.VegaLiteSpec; readonly ranking: Api.VegaLiteSpec };
}

export async function chartInputs(api: ChartApi, samplesDir: string): Promise<ChartInputs> {
  const builder = api.createSponsorIndexBuilder();
  for (const file of readdirSync(samplesDir).filter((f) => f.endsWith(".csv")).sort()) {
    await builder.addStream(api.readDatasetStream(new Uint8Array(readFileSync(join(samplesDir, file))), { file }));
  }
  const index = builder.finish();
  const { key, filings } = index.resolution.employers;
  let best = 0;
  for (let e = 1; e < key.length; e++) if (filings[e]! > filings[best]!) best = e;
  const profile = api.employerProfile(index, key[best]!);
  if (profile === null) throw new Error(`no profile for the employer with the most filings (${key[best]})`);
  const ranked = api.rankEmployers(index, CHART_ROLE, { limit: CHART_LIMIT });
  return { index, profile, ranked, specs: { "employer-history": api.employerHistorySpec(profile), ranking: api.rankingSpec(ranked) } };
}

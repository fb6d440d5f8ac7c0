import type { Filing } from "../datasets/filing";
import { createSponsorIndexBuilder } from "./create-sponsor-index-builder";
import type { SponsorIndex, SponsorIndexOptions } from "./sponsor-index";

/**
 * Build a sponsor index from filings in memory (any mix of PERM, LCA and PW, any years). Each case is
 * counted once (the record with the latest decision wins). For files, stream them into
 * {@link createSponsorIndexBuilder} or use {@link buildSponsorIndexAsync}.
 *
 * @example
 * const index = buildSponsorIndex(rows);
 * index.filings <= rows.length; // => true
 */
export function buildSponsorIndex(filings: Iterable<Filing>, options: SponsorIndexOptions = {}): SponsorIndex {
  const builder = createSponsorIndexBuilder(options);
  builder.addAll(filings);
  return builder.finish();
}

/**
 * Build a sponsor index from streams of filings, one after another (e.g. `readDatasetStream` of each
 * file): memory stays bounded by the number of distinct cases, not rows.
 *
 * @example
 * const index = await buildSponsorIndexAsync([readDatasetStream(lcaText, { file: "LCA.csv" }), readDatasetStream(permText, { file: "PERM.csv" })]);
 * index.sources.length; // => 2
 */
export async function buildSponsorIndexAsync(
  streams: Iterable<AsyncIterable<Filing> | { batches(): AsyncIterable<Filing[]> }>,
  options: SponsorIndexOptions = {},
): Promise<SponsorIndex> {
  const builder = createSponsorIndexBuilder(options);
  for (const s of streams) await builder.addStream(s);
  return builder.finish();
}

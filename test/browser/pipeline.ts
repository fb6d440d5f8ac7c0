/**
 * read → index → rank on two files, written once and run twice: in Node on the built `dist/index.js`,
 * and in Chromium on its browser bundle (this file is bundled for the page too).
 * It takes the library as an argument, so it imports nothing at run time and runs unchanged in both.
 */
import type * as Api from "../../src/index";

/** The public API of the root entry (`dist/index.js` in Node, its esbuild bundle in the page). */
export type OflcApi = typeof Api;

/** A file and its content: a web `ReadableStream` (read streaming) or one string (read whole). */
export interface PipelineInput {
  readonly file: string;
  readonly input: ReadableStream<Uint8Array> | string;
}

/** What the pipeline reports: plain JSON, so a page can hand it back to the test. */
export interface PipelineResult {
  readonly inputs: { readonly file: string; readonly kind: string }[];
  readonly summaries: Api.ReadSummary[];
  readonly index: { readonly filings: number; readonly asOf: string | null; readonly employers: number; readonly sources: readonly Api.IndexSource[] };
  readonly ranked: Api.RankedEmployer[];
}

/**
 * Read each input (a stream through `readDatasetStream` into the builder, a string through `readDataset`
 * then `addAll`), build the sponsor index and rank employers for `role`.
 */
export async function runPipeline(api: OflcApi, files: readonly PipelineInput[], role: Api.RoleQuery, limit: number): Promise<PipelineResult> {
  const builder = api.createSponsorIndexBuilder();
  const inputs: { file: string; kind: string }[] = [];
  const summaries: Api.ReadSummary[] = [];
  for (const { file, input } of files) {
    if (typeof input === "string") {
      inputs.push({ file, kind: "string" });
      const { rows, summary } = await api.readDataset(input, { file });
      builder.addAll(rows);
      summaries.push(summary);
    } else {
      inputs.push({ file, kind: input instanceof ReadableStream ? "ReadableStream" : typeof input });
      const stream = api.readDatasetStream(input, { file });
      await builder.addStream(stream);
      summaries.push(stream.summary);
    }
  }
  const index = builder.finish();
  const ranked = api.rankEmployers(index, role, { limit });
  // JSON round trip: what crosses from the page is JSON, so the Node side is made the same shape.
  return JSON.parse(
    JSON.stringify({
      inputs,
      summaries,
      index: { filings: index.filings, asOf: index.asOf, employers: index.resolution.employers.key.length, sources: index.sources },
      ranked,
    }),
  ) as PipelineResult;
}

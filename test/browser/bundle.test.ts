/**
 * The root entry works in a browser: the BUILT `dist/index.js` bundles for `platform: "browser"` with no
 * Node built-ins, and in headless Chromium it reads two data-samples files (one through a web
 * `ReadableStream`), builds the sponsor index and ranks employers exactly as Node does on the same files.
 *
 * The first test's name gives the bundle's size. On 2026-11-26 (esbuild 0.27, minified): 1,022,386 bytes,
 * 277,084 gzip (level 9); zod is 454 KB of it, the library 285 KB, acorn (via arquero) 122 KB, arquero 68 KB.
 */
import { existsSync, readFileSync, statSync } from "node:fs";
import { join } from "node:path";
import { fileURLToPath, pathToFileURL } from "node:url";
import { gzipSync } from "node:zlib";
import * as esbuild from "esbuild";
import type { Browser, Page } from "playwright-core";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { BROWSER_TIMEOUT, launchChromium, SKIP_BROWSER, watchPage, type PageProblems } from "./chromium";
import { runPipeline, type OflcApi, type PipelineResult } from "./pipeline";
import { serveStatic, type StaticServer } from "./serve";

const ROOT = fileURLToPath(new URL("../../", import.meta.url));
const DIST = join(ROOT, "dist", "index.js");
const SAMPLES = join(ROOT, "data-samples");

if (!existsSync(DIST)) {
  throw new Error(`${DIST} is missing: the browser test bundles the built root entry; run \`npx tsup\` first (npm test's pretest does)`);
}

/** The two files of the pipeline: PERM streamed through a ReadableStream, LCA read as one string. */
const FILES: readonly { file: string; as: "stream" | "text" }[] = [
  { file: "PERM_Disclosure_Data_FY2025_Q4.csv", as: "stream" },
  { file: "LCA_Disclosure_Data_FY2025_Q4.csv", as: "text" },
];
const ROLE = { title: "Machine Learning Engineer", state: "WA" } as const;
const LIMIT = 10;

interface Bundle {
  readonly text: string;
  readonly errors: esbuild.Message[];
  readonly warnings: esbuild.Message[];
  /** Imports left in the output (externals): none for a self-contained bundle. */
  readonly imports: string[];
}

async function bundle(entry: string, minify: boolean): Promise<Bundle> {
  try {
    const r = await esbuild.build({
      entryPoints: [entry],
      bundle: true,
      platform: "browser",
      format: "esm",
      target: "es2022",
      minify,
      write: false,
      metafile: true,
      logLevel: "silent",
      outfile: "out.js",
    });
    const imports = Object.values(r.metafile.outputs).flatMap((o) => o.imports.map((i) => i.path));
    return { text: r.outputFiles[0]!.text, errors: r.errors, warnings: r.warnings, imports };
  } catch (e) {
    const failure = e as esbuild.BuildFailure;
    if (!Array.isArray(failure.errors)) throw e;
    return { text: "", errors: failure.errors, warnings: failure.warnings, imports: [] };
  }
}

const formatMessage = (m: esbuild.Message) => `${m.location ? `${m.location.file}:${m.location.line}: ` : ""}${m.text}`;

// Bundled at collection time so the sizes can name the test.
const distBuilt = statSync(DIST).mtimeMs;
const root = await bundle(DIST, true);
const pipelineJs = await bundle(fileURLToPath(new URL("./pipeline.ts", import.meta.url)), false);
const bytes = Buffer.byteLength(root.text);
const gzipBytes = gzipSync(root.text, { level: 9 }).length;
const kb = (n: number) => `${(n / 1024).toFixed(0)} KB`;

describe("the root entry bundled for the browser (esbuild, platform: browser)", () => {
  it(`bundles dist/index.js with no errors (${bytes} bytes = ${kb(bytes)} minified, ${gzipBytes} bytes = ${kb(gzipBytes)} gzip)`, () => {
    expect(root.errors.map(formatMessage)).toEqual([]);
    expect(bytes).toBeGreaterThan(10_000);
  });

  it("needs no Node built-in: no warning about one, no import left, no node:* specifier in the text", () => {
    const nodeWarnings = root.warnings.filter((w) => /node:|built-in|platform|require|resolve/i.test(w.text));
    expect(nodeWarnings.map(formatMessage)).toEqual([]);
    // The only warning esbuild gives is about tsup's side-effect-only chunk imports, dropped under "sideEffects": false.
    expect(root.warnings.filter((w) => w.id !== "ignored-bare-import").map(formatMessage)).toEqual([]);
    expect(root.imports).toEqual([]);
    expect(root.text.match(/["'`]node:[\w/]+["'`]/g) ?? []).toEqual([]);
    expect(root.text).not.toMatch(/\brequire\(\s*["'`](?:fs|path|stream|os|crypto|zlib|buffer|url|util|child_process)["'`]/);
  });

  it("bundles the test's pipeline (types only, so it imports nothing)", () => {
    expect(pipelineJs.errors.map(formatMessage)).toEqual([]);
    expect(pipelineJs.imports).toEqual([]);
  });
});

/** Round every non-integer to 12 significant digits, so engines that differ in the last bit still compare equal. */
function roundFloats<T>(x: T): T {
  return JSON.parse(JSON.stringify(x), (_k, v: unknown) => (typeof v === "number" && !Number.isInteger(v) ? Number(v.toPrecision(12)) : v)) as T;
}

describe.skipIf(SKIP_BROWSER)("the root bundle in headless Chromium", () => {
  let browser: Browser | undefined;
  let server: StaticServer | undefined;
  let page: Page;
  let problems: PageProblems;

  beforeAll(async () => {
    const routes: Record<string, { body: string | Uint8Array; type: string }> = {
      "/": { body: "<!doctype html><meta charset=utf-8><link rel=icon href=data:,><title>oflc-sponsors bundle test</title>", type: "text/html" },
      "/oflc-sponsors.js": { body: root.text, type: "text/javascript" },
      "/pipeline.js": { body: pipelineJs.text, type: "text/javascript" },
      "/run.js": {
        body: [
          `import * as api from "./oflc-sponsors.js";`,
          `import { runPipeline } from "./pipeline.js";`,
          // Fetch each file; hand the response body over as it comes (a ReadableStream) or wait for the text.
          `export async function run({ files, role, limit }) {`,
          `  const inputs = [];`,
          `  for (const { file, as } of files) {`,
          `    const res = await fetch("data/" + file);`,
          `    if (!res.ok) throw new Error("GET " + file + ": HTTP " + res.status);`,
          `    inputs.push({ file, input: as === "stream" ? res.body : await res.text() });`,
          `  }`,
          `  return runPipeline(api, inputs, role, limit);`,
          `}`,
        ].join("\n"),
        type: "text/javascript",
      },
    };
    for (const { file } of FILES) routes[`/data/${file}`] = { body: new Uint8Array(readFileSync(join(SAMPLES, file))), type: "text/csv" };
    server = await serveStatic(routes);
    browser = await launchChromium();
    page = await browser.newPage();
    problems = watchPage(page);
    await page.goto(server.url);
  }, BROWSER_TIMEOUT);

  afterAll(async () => {
    await browser?.close();
    await server?.close();
  }, BROWSER_TIMEOUT);

  it(
    "reads (PERM through a ReadableStream, LCA as text), indexes and ranks like Node on the same files",
    async () => {
      const args = { files: FILES, role: ROLE, limit: LIMIT };
      // A string expression: evaluated as written in the page, with the page's own dynamic import().
      const inPage = (await page.evaluate(`import("./run.js").then((m) => m.run(${JSON.stringify(args)}))`)) as PipelineResult;
      const api = (await import(pathToFileURL(DIST).href)) as OflcApi;
      // Another build (tsup cleans dist/) between the bundle and this import would compare two versions.
      expect(statSync(DIST).mtimeMs, "dist/index.js was rebuilt while this test ran; run it again").toBe(distBuilt);
      const inNode = await runPipeline(
        api,
        FILES.map(({ file, as }) => {
          const bytes = readFileSync(join(SAMPLES, file));
          return { file, input: as === "stream" ? (new Blob([bytes]).stream() as ReadableStream<Uint8Array>) : bytes.toString("utf8") };
        }),
        ROLE,
        LIMIT,
      );

      expect(problems).toEqual({ errors: [], warnings: [] });
      expect(server!.requested).toEqual(expect.arrayContaining(FILES.map((f) => `/data/${f.file}`)));
      expect(inPage.inputs.map((i) => i.kind)).toEqual(["ReadableStream", "string"]);

      // The pipeline did real work: both files kept rows, the index counts cases, the role has employers.
      expect(inPage.summaries.map((s) => [s.dataset, s.kept > 100])).toEqual([["perm", true], ["lca", true]]);
      expect(inPage.index.filings).toBeGreaterThan(100);
      expect(inPage.ranked.length).toBe(LIMIT);
      expect(inPage.ranked[0]!.probability).toBeGreaterThan(0);

      // And the browser got what Node got.
      expect(inPage.summaries.map((s) => s.kept)).toEqual(inNode.summaries.map((s) => s.kept));
      expect(inPage.ranked.map((r) => [r.rank, r.key, r.name])).toEqual(inNode.ranked.map((r) => [r.rank, r.key, r.name]));
      expect(roundFloats(inPage.ranked.map((r) => [r.probability, r.interval]))).toEqual(roundFloats(inNode.ranked.map((r) => [r.probability, r.interval])));
      expect(roundFloats(inPage)).toEqual(roundFloats(inNode));
    },
    BROWSER_TIMEOUT,
  );
});

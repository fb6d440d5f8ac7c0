#!/usr/bin/env node
// Render the library's Vega-Lite charts of data-samples/ to docs/charts/ (PNG and the spec JSON beside it),
// in Debian's headless Chromium with the vega and vega-lite builds from node_modules.
//
//   npx tsup && node scripts/render-charts.mjs [--scale 2] [--out docs/charts]
//
// The index is built with the BUILT root entry (dist/index.js). The rendering harness is the browser
// test's own (test/browser/*.ts), bundled here with esbuild into node_modules/.cache, so the committed
// images come from the same code the tests check. Exits non-zero when vega-lite or vega logs a warning.
import { existsSync, mkdirSync, writeFileSync } from "node:fs";
import { dirname, join, relative } from "node:path";
import { fileURLToPath, pathToFileURL } from "node:url";
import { parseArgs } from "node:util";
import * as esbuild from "esbuild";

const root = fileURLToPath(new URL("..", import.meta.url));
const { values: args } = parseArgs({ options: { scale: { type: "string", default: "2" }, out: { type: "string", default: "docs/charts" } } });
const scale = Number(args.scale);
if (!(scale > 0 && scale <= 4)) throw new Error(`--scale must be a number in (0, 4], got ${args.scale}`);
const outDir = join(root, args.out);

const dist = join(root, "dist", "index.js");
if (!existsSync(dist)) throw new Error(`${relative(root, dist)} is missing: build it first (npx tsup)`);

// The harness, bundled (Node 20 cannot import .ts); bare imports stay external and resolve from node_modules.
const harness = join(root, "node_modules", ".cache", "oflc-sponsors", "render-charts-harness.mjs");
mkdirSync(dirname(harness), { recursive: true });
await esbuild.build({
  stdin: {
    contents: ['export * from "./chromium.ts";', 'export * from "./render-charts.ts";', 'export * from "./chart-inputs.ts";'].join("\n"),
    resolveDir: join(root, "test", "browser"),
    loader: "ts",
    sourcefile: "render-charts-harness.ts",
  },
  bundle: true,
  platform: "node",
  format: "esm",
  target: "node20",
  packages: "external",
  outfile: harness,
  logLevel: "warning",
});
const { chartInputs, launchChromium, openChartRenderer, pngSize } = await import(pathToFileURL(harness).href);
const api = await import(pathToFileURL(dist).href);

const started = performance.now();
const inputs = await chartInputs(api, join(root, "data-samples"));
const browser = await launchChromium();
let failed = false;
try {
  const renderer = await openChartRenderer(browser);
  mkdirSync(outDir, { recursive: true });
  for (const [name, spec] of Object.entries(inputs.specs)) {
    const chart = await renderer.render(spec, { scale });
    const { width, height } = pngSize(chart.png);
    const png = join(outDir, `${name}.png`);
    const json = join(outDir, `${name}.vl.json`);
    writeFileSync(png, chart.png);
    writeFileSync(json, `${JSON.stringify(spec, null, 2)}\n`);
    console.log(`${relative(root, png)}: ${width}×${height} px, ${chart.png.length} bytes; ${relative(root, json)}`);
    for (const m of [...chart.errors, ...chart.warnings]) {
      failed = true;
      console.error(`  ${name}: ${m}`);
    }
  }
  for (const m of [...renderer.problems.errors, ...renderer.problems.warnings]) {
    failed = true;
    console.error(`  page: ${m}`);
  }
  console.log(
    `employer: ${inputs.profile.name} (${inputs.profile.filings} filings); ranking: ${inputs.ranked.length} employers for ${inputs.ranked[0]?.role.label ?? "(none)"}; ` +
      `vega ${renderer.versions.vega}, vega-lite ${renderer.versions.vegaLite}; ${((performance.now() - started) / 1000).toFixed(1)} s`,
  );
} finally {
  await browser.close();
}
if (failed) process.exitCode = 1;

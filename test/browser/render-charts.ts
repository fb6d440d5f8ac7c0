/**
 * Render Vega-Lite specs to PNG in headless Chromium, with the browser builds of vega and vega-lite from
 * node_modules: `vegaLite.compile` → `vega.parse` → a headless `vega.View` → a canvas → PNG bytes.
 * Each render also reports what vega and vega-lite logged (errors and warnings, through a logger of our
 * own) and how much of the image is not background, so a caller can tell a chart from a blank.
 */
import { readFileSync } from "node:fs";
import { createRequire } from "node:module";
import { dirname, join } from "node:path";
import type { Browser, Page } from "playwright-core";
import { watchPage, type PageProblems } from "./chromium";

/** A rendered chart. */
export interface RenderedChart {
  readonly png: Uint8Array;
  /** Canvas size in pixels (the spec's size times `scale`). */
  readonly width: number;
  readonly height: number;
  /** Pixels that differ from the background (the top-left pixel) by more than 24 in some channel. */
  readonly inkPixels: number;
  /** Distinct colours among those pixels, to 4 bits per channel. */
  readonly inkColors: number;
  /** Pixels of a clear colour (channels spread by more than 48): marks, not the grey text, axes and grid. */
  readonly colorPixels: number;
  /** What vega-lite and vega logged while compiling, parsing and rendering. */
  readonly errors: readonly string[];
  readonly warnings: readonly string[];
}

export interface RenderOptions {
  /** Pixel ratio of the PNG (default 1). */
  readonly scale?: number;
}

export interface ChartRenderer {
  render(spec: object, options?: RenderOptions): Promise<RenderedChart>;
  /** Uncaught errors and console errors/warnings of the rendering page. */
  readonly problems: PageProblems;
  /** The vega and vega-lite versions loaded. */
  readonly versions: { readonly vega: string; readonly vegaLite: string };
  close(): Promise<void>;
}

const require = createRequire(import.meta.url);

/** Paths of the browser (UMD) builds of vega and vega-lite; vega-lite's expects a global `vega`. */
export function vegaBuilds(): { vega: string; vegaLite: string } {
  return {
    vega: join(dirname(require.resolve("vega")), "vega.min.js"),
    vegaLite: join(dirname(require.resolve("vega-lite")), "vega-lite.min.js"),
  };
}

// Runs in the page, as written (a string, so no test-runner transform touches it).
const PAGE_SCRIPT = `
window.__renderChart = async (spec, scale) => {
  const errors = [];
  const warnings = [];
  let level = 2;
  const text = (args) => args.map((a) => (a instanceof Error ? a.message : typeof a === "string" ? a : JSON.stringify(a))).join(" ");
  const logger = {
    level(l) { if (l === undefined) return level; level = l; return logger; },
    error(...a) { errors.push(text(a)); return logger; },
    warn(...a) { warnings.push(text(a)); return logger; },
    info() { return logger; },
    debug() { return logger; },
  };
  const compiled = vegaLite.compile(spec, { logger });
  const view = new vega.View(vega.parse(compiled.spec), { renderer: "none", logger, logLevel: vega.Warn });
  try {
    await view.runAsync();
    const canvas = await view.toCanvas(scale);
    const { data, width, height } = canvas.getContext("2d").getImageData(0, 0, canvas.width, canvas.height);
    const [r0, g0, b0] = [data[0], data[1], data[2]];
    let inkPixels = 0;
    let colorPixels = 0;
    const colors = new Set();
    for (let i = 0; i < data.length; i += 4) {
      const r = data[i], g = data[i + 1], b = data[i + 2];
      if (Math.abs(r - r0) > 24 || Math.abs(g - g0) > 24 || Math.abs(b - b0) > 24) {
        inkPixels++;
        colors.add(((r >> 4) << 8) | ((g >> 4) << 4) | (b >> 4));
        if (Math.max(r, g, b) - Math.min(r, g, b) > 48) colorPixels++;
      }
    }
    const url = canvas.toDataURL("image/png");
    return { png: url.slice(url.indexOf(",") + 1), width, height, inkPixels, inkColors: colors.size, colorPixels, errors, warnings };
  } finally {
    view.finalize();
  }
};
`;

/** Open a page that renders charts (one page for many renders). */
export async function openChartRenderer(browser: Browser): Promise<ChartRenderer> {
  const page: Page = await browser.newPage();
  const problems = watchPage(page);
  await page.setContent("<!doctype html><meta charset=utf-8><title>charts</title>");
  const builds = vegaBuilds();
  await page.addScriptTag({ content: readFileSync(builds.vega, "utf8") });
  await page.addScriptTag({ content: readFileSync(builds.vegaLite, "utf8") });
  await page.addScriptTag({ content: PAGE_SCRIPT });
  const versions = (await page.evaluate("({ vega: vega.version, vegaLite: vegaLite.version })")) as { vega: string; vegaLite: string };
  return {
    problems,
    versions,
    async render(spec, options = {}) {
      const scale = options.scale ?? 1;
      const r = (await page.evaluate(([s, k]) => (window as unknown as { __renderChart(s: unknown, k: unknown): unknown }).__renderChart(s, k), [
        spec,
        scale,
      ] as const)) as Omit<RenderedChart, "png"> & { png: string };
      return { ...r, png: new Uint8Array(Buffer.from(r.png, "base64")) };
    },
    close: () => page.close(),
  };
}

const PNG_SIGNATURE = [0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a];

/** Width and height from a PNG's IHDR chunk; throws when the bytes are not a PNG. */
export function pngSize(png: Uint8Array): { width: number; height: number } {
  if (png.length < 33 || PNG_SIGNATURE.some((b, i) => png[i] !== b)) throw new Error(`not a PNG: starts ${Buffer.from(png.subarray(0, 8)).toString("hex")}`);
  const view = new DataView(png.buffer, png.byteOffset, png.byteLength);
  const type = String.fromCharCode(...png.subarray(12, 16));
  if (view.getUint32(8) !== 13 || type !== "IHDR") throw new Error(`not a PNG: first chunk is ${type}, expected IHDR`);
  return { width: view.getUint32(16), height: view.getUint32(20) };
}

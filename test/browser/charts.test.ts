/**
 * The Vega-Lite specs of src/charts render in headless Chromium with the vega and vega-lite builds the
 * package is tested against: a valid PNG of a useful size, clearly more ink than the same chart with no
 * data, and nothing logged by vega-lite, vega or the page.
 */
import { fileURLToPath } from "node:url";
import type { Browser } from "playwright-core";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import * as api from "../../src/index";
import { chartInputs, CHART_LIMIT, type ChartInputs } from "./chart-inputs";
import { BROWSER_TIMEOUT, launchChromium, SKIP_BROWSER } from "./chromium";
import { openChartRenderer, pngSize, type ChartRenderer, type RenderedChart } from "./render-charts";

const SAMPLES = fileURLToPath(new URL("../../data-samples/", import.meta.url));

/** The same spec with no data rows: the axes, title and legend without marks. */
function withoutData(spec: api.VegaLiteSpec): api.VegaLiteSpec {
  return { ...spec, data: { values: [] } };
}

describe.skipIf(SKIP_BROWSER)("Vega-Lite specs rendered in headless Chromium", () => {
  let browser: Browser | undefined;
  let renderer: ChartRenderer;
  let inputs: ChartInputs;

  beforeAll(async () => {
    inputs = await chartInputs(api, SAMPLES);
    browser = await launchChromium();
    renderer = await openChartRenderer(browser);
  }, BROWSER_TIMEOUT);

  afterAll(async () => {
    await browser?.close();
  }, BROWSER_TIMEOUT);

  function expectChart(chart: RenderedChart, empty: RenderedChart): void {
    expect({ errors: chart.errors, warnings: chart.warnings }).toEqual({ errors: [], warnings: [] });
    const size = pngSize(chart.png);
    expect(size).toEqual({ width: chart.width, height: chart.height });
    expect(size.width).toBeGreaterThan(200);
    expect(size.height).toBeGreaterThan(200);
    // Not blank: marks add ink (and colours) over the empty chart's axes and labels.
    expect(chart.inkPixels).toBeGreaterThan(empty.inkPixels * 1.3);
    expect(chart.inkPixels / (chart.width * chart.height)).toBeGreaterThan(0.02);
    expect(chart.inkColors).toBeGreaterThan(empty.inkColors);
    // The marks are in colour, over grey text and axes: at least 0.5 % of the image
    // (the history's bars fill 26 %, the ranking's points and rules 0.75 %).
    expect(chart.colorPixels / (chart.width * chart.height)).toBeGreaterThan(0.005);
    expect(chart.colorPixels).toBeGreaterThan(empty.colorPixels * 5);
    expect(chart.png.length).toBeGreaterThan(empty.png.length);
    expect(renderer.problems).toEqual({ errors: [], warnings: [] });
  }

  it(
    "renders employerHistorySpec of the employer with the most filings (several fiscal years)",
    async () => {
      const spec = inputs.specs["employer-history"];
      const years = new Set(inputs.profile.history.map((h) => h.fiscalYear).filter((y) => y !== null));
      expect(years.size).toBeGreaterThanOrEqual(3);
      expectChart(await renderer.render(spec), await renderer.render(withoutData(spec)));
    },
    BROWSER_TIMEOUT,
  );

  it(
    "renders rankingSpec of a role's ranking (points and 90 % intervals)",
    async () => {
      expect(inputs.ranked.length).toBe(CHART_LIMIT);
      const spec = inputs.specs.ranking;
      expectChart(await renderer.render(spec), await renderer.render(withoutData(spec)));
    },
    BROWSER_TIMEOUT,
  );

  it(
    "reports what vega-lite logs (a channel the mark cannot use) and what vega logs (a failed load, an expression that throws)",
    async () => {
      const data = { values: [{ a: 1, b: "x" }] };
      const dropped = await renderer.render({ data, mark: "bar", encoding: { x: { field: "a", type: "quantitative" }, shape: { field: "b", type: "nominal" } } });
      expect(dropped.warnings.join("\n")).toMatch(/shape/i);
      const unloaded = await renderer.render({ data: { url: "missing.csv" }, mark: "point" });
      expect(unloaded.warnings.join("\n")).toMatch(/Loading failed missing\.csv/);
      const broken = await renderer.render({ data, transform: [{ calculate: "datum.a.b.c", as: "z" }], mark: "point", encoding: { x: { field: "z", type: "quantitative" } } });
      expect(broken.errors.length).toBeGreaterThan(0);
      // The broken renders above must not leak into the page's own record of problems.
      renderer.problems.errors.length = 0;
      renderer.problems.warnings.length = 0;
    },
    BROWSER_TIMEOUT,
  );

  it("rejects bytes that are not a PNG", () => {
    expect(() => pngSize(new TextEncoder().encode("<svg></svg>".padEnd(40)))).toThrow(/not a PNG/);
  });
});

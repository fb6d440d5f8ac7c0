/**
 * The browser harness: Debian's Chromium driven by playwright-core, offline.
 *
 * A clone without Chromium skips the browser tests (`describe.skipIf(SKIP_BROWSER)`); CI sets
 * `REQUIRE_BROWSER=1`, and then a missing browser fails them instead (`launchChromium` throws).
 * `CHROMIUM_PATH` points at another build of Chromium.
 */
import { existsSync } from "node:fs";
import { chromium, type Browser, type Page } from "playwright-core";

export const CHROMIUM_PATH = process.env["CHROMIUM_PATH"] ?? "/usr/bin/chromium";
export const HAVE_CHROMIUM = existsSync(CHROMIUM_PATH);
export const REQUIRE_BROWSER = process.env["REQUIRE_BROWSER"] === "1";
/** Skip the browser tests: no Chromium, and CI did not ask for one. */
export const SKIP_BROWSER = !HAVE_CHROMIUM && !REQUIRE_BROWSER;
/** Per-test and per-hook timeout of browser tests (the test machine is shared and slow). */
export const BROWSER_TIMEOUT = 120_000;

/**
 * Flags for a headless, offline Chromium: the machine has no network, and without the
 * background-networking flags Chromium keeps dialling out (and logging refused connections).
 */
export const CHROMIUM_ARGS = [
  "--headless",
  "--no-sandbox",
  "--disable-gpu",
  "--disable-quic",
  "--no-first-run",
  "--disable-background-networking",
  "--disable-component-update",
  "--disable-sync",
] as const;

/** Launch Chromium; throws (naming the path and `REQUIRE_BROWSER`) when it is not installed. */
export async function launchChromium(): Promise<Browser> {
  if (!HAVE_CHROMIUM) {
    throw new Error(
      `Chromium not found at ${CHROMIUM_PATH}, and REQUIRE_BROWSER=1 asks for the browser tests to run: ` +
        `install it (apt-get install chromium) or set CHROMIUM_PATH`,
    );
  }
  return chromium.launch({ executablePath: CHROMIUM_PATH, args: [...CHROMIUM_ARGS], timeout: BROWSER_TIMEOUT });
}

/** What a page said: uncaught errors, and console messages of type error or warning. */
export interface PageProblems {
  readonly errors: string[];
  readonly warnings: string[];
}

/** Collect a page's uncaught errors and console errors/warnings, so a test can assert there were none. */
export function watchPage(page: Page): PageProblems {
  const problems: PageProblems = { errors: [], warnings: [] };
  page.on("pageerror", (e) => problems.errors.push(`pageerror: ${e.message}`));
  page.on("console", (m) => {
    if (m.type() === "error") problems.errors.push(`console.error: ${m.text()}`);
    else if (m.type() === "warning") problems.warnings.push(`console.warn: ${m.text()}`);
  });
  page.on("requestfailed", (r) => problems.errors.push(`request failed: ${r.url()} ${r.failure()?.errorText ?? ""}`));
  return problems;
}

/**
 * docs/demo-transcript.md must show what `npm run demo` prints today: the demo's CLI steps (from package.json,
 * after its build step) run against the built binary, and their output must equal the transcript's, with
 * elapsed times masked. Regenerate with `node scripts/capture-demo.mjs`.
 */
import { execSync } from "node:child_process";
import { existsSync, readFileSync } from "node:fs";
import { dirname, join } from "node:path";
import { fileURLToPath } from "node:url";
import { describe, expect, it } from "vitest";

const root = join(dirname(fileURLToPath(import.meta.url)), "..");
const mask = (s: string) => s.replace(/\b\d+(\.\d+)? s\b/g, "N s").replace(/[\d,]+ rows\/s/g, "N rows/s").trimEnd();

describe("docs/demo-transcript.md", () => {
  it("matches what the demo's commands print now", () => {
    if (!existsSync(join(root, "dist", "cli.js"))) throw new Error("dist/cli.js is missing: run `npm run build` (npm test does it in pretest)");
    const demo = (JSON.parse(readFileSync(join(root, "package.json"), "utf8")) as { scripts: Record<string, string> }).scripts.demo!;
    const steps = demo.split(" && ");
    expect(steps[0]).toMatch(/tsup/); // the build step; the tests run on the build made by pretest
    const transcript = readFileSync(join(root, "docs", "demo-transcript.md"), "utf8");
    const body = /```console\n\$ npm run demo\n([\s\S]*?)\n```/.exec(transcript)?.[1];
    expect(body, "transcript block").toBeTruthy();
    // Each step's output (stdout and stderr, in order) as the shell prints it.
    let now = "";
    for (const step of steps.slice(1)) now += execSync(`${step} 2>&1`, { cwd: root, encoding: "utf8", env: { ...process.env, NO_COLOR: "1" } });
    const printed = body!.slice(body!.indexOf("\n", body!.indexOf("> tsup --silent")) + 1).replace(/^\n/, "");
    expect(mask(printed)).toBe(mask(now));
  }, 120_000);
});

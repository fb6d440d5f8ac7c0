import { readFileSync, existsSync } from "node:fs";
import { dirname, resolve } from "node:path";
import { fileURLToPath } from "node:url";
import { describe, expect, it } from "vitest";

const src = fileURLToPath(new URL("../src/", import.meta.url));

/** Every module reachable from an entry, following relative imports (static and dynamic). */
function reachable(entry: string): Map<string, string[]> {
  const seen = new Map<string, string[]>();
  const visit = (file: string) => {
    if (seen.has(file)) return;
    const text = readFileSync(file, "utf8");
    const specs = [...text.matchAll(/(?:import|export)[^"']*?from\s*["']([^"']+)["']|import\(\s*["']([^"']+)["']\s*\)/g)].map(
      (m) => (m[1] ?? m[2])!,
    );
    seen.set(file, specs);
    for (const s of specs) {
      if (!s.startsWith(".")) continue;
      const base = resolve(dirname(file), s);
      const target = [base + ".ts", resolve(base, "index.ts")].find(existsSync);
      if (target) visit(target);
    }
  };
  visit(entry);
  return seen;
}

describe("root entry", () => {
  it("src/index.ts reaches no node:* module (it must run in browsers and notebooks)", () => {
    const graph = reachable(resolve(src, "index.ts"));
    const offenders = [...graph].flatMap(([file, specs]) =>
      specs.filter((s) => s.startsWith("node:") || ["fs", "path", "stream", "os", "child_process"].includes(s)).map((s) => `${file}: ${s}`),
    );
    expect(graph.size).toBeGreaterThan(20);
    expect(offenders).toEqual([]);
  });
  it("src/node.ts does reach node:fs (the edge is where files are read)", () => {
    const graph = reachable(resolve(src, "node.ts"));
    expect([...graph.values()].flat()).toContain("node:fs");
  });
});

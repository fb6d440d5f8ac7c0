import { describe, expect, it } from "vitest";
import { readdir, readFile } from "node:fs/promises";
import { fileURLToPath } from "node:url";

const DIR = fileURLToPath(new URL(".", import.meta.url));

describe("src/generate", () => {
  it("imports node:* only in write-sample-files.ts (tests aside)", async () => {
    const files = (await readdir(DIR)).filter((f) => f.endsWith(".ts") && !f.endsWith(".test.ts"));
    expect(files).toContain("write-sample-files.ts");
    for (const f of files) {
      const source = await readFile(`${DIR}${f}`, "utf8");
      const nodeImport = /from\s+["']node:/.test(source);
      expect(nodeImport, f).toBe(f === "write-sample-files.ts");
    }
  });

  it("has no hidden randomness or clock: no Math.random, Date.now or new Date()", async () => {
    const files = (await readdir(DIR)).filter((f) => f.endsWith(".ts") && !f.endsWith(".test.ts"));
    for (const f of files) {
      const code = (await readFile(`${DIR}${f}`, "utf8")).replace(/\/\*[\s\S]*?\*\//g, "").replace(/\/\/.*$/gm, "");
      expect(code, f).not.toMatch(/Math\.random|Date\.now|new Date\(/);
    }
  });
});

import { existsSync, mkdirSync, readFileSync, writeFileSync } from "node:fs";
import { dirname, join } from "node:path";
import { fileURLToPath } from "node:url";
import { describe, expect, it } from "vitest";
import { generateWageSamples } from "./generate-wage-samples";

const DIR = fileURLToPath(new URL("../../data-samples/wages/", import.meta.url));

describe("generateWageSamples", () => {
  it("generateWageSamples() is deterministic for a seed and differs across seeds", () => {
    const a = generateWageSamples();
    const b = generateWageSamples();
    expect(a.map((f) => f.path)).toEqual([
      "OFLC_Wages_2025-26/ALC_Export.csv",
      "OFLC_Wages_2025-26/EDC_Export.csv",
      "OFLC_Wages_2025-26/Geography.csv",
      "OFLC_Wages_2025-26/oes_soc_occs.csv",
      "OFLC_Wages_2025-26/xwalk_plus.csv",
      "OFLC_Wages_2025-26.zip",
    ]);
    a.forEach((f, i) => expect(Buffer.from(f.bytes).equals(Buffer.from(b[i]!.bytes))).toBe(true));
    expect(Buffer.from(generateWageSamples({ seed: 7 })[0]!.bytes).equals(Buffer.from(a[0]!.bytes))).toBe(false);
  });

  it("writes DOL's layout: CRLF, quoted fields, GeoLvl sometimes unquoted, empty unquoted blanks", () => {
    const alc = new TextDecoder().decode(generateWageSamples()[0]!.bytes);
    const lines = alc.split("\r\n");
    expect(lines[0]).toBe('"Area","SocCode","GeoLvl","Level1","Level2","Level3","Level4","Average","Label"');
    expect(alc.includes("\n") && !/[^\r]\n/.test(alc)).toBe(true);
    expect(lines.some((l) => /^"\d+","\d\d-\d{4}",\d,/.test(l))).toBe(true);
    expect(lines.some((l) => /^"\d+","\d\d-\d{4}","\d",/.test(l))).toBe(true);
    expect(lines.filter((l) => /^"42660","29-1216","?1"?,,,,,"115.00","High Wage"$/.test(l))).toHaveLength(1);
  });

  // The checked-in files must be exactly what the generator writes. To (re)write them:
  //   WRITE_WAGE_SAMPLES=1 npx vitest run src/wages/generate-wage-samples.test.ts
  it("data-samples/wages holds the generator's output byte for byte", () => {
    for (const f of generateWageSamples()) {
      const path = join(DIR, f.path);
      if (process.env["WRITE_WAGE_SAMPLES"] === "1") {
        mkdirSync(dirname(path), { recursive: true });
        writeFileSync(path, f.bytes);
      }
      expect(existsSync(path), path).toBe(true);
      expect(Buffer.from(readFileSync(path)).equals(Buffer.from(f.bytes)), path).toBe(true);
    }
  });
});

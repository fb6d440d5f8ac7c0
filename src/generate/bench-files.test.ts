import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { mkdtemp, readFile, rm, stat } from "node:fs/promises";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { LCA_FLAG_97 } from "../datasets/lca/layouts";
import { PERM_ERA_D_FY2025 } from "../datasets/perm/layouts";
import { DisclosureError } from "../errors";
import { planBenchFiles } from "./bench-files";
import { writeBenchFiles } from "./write-sample-files";
import { generateWorld } from "./world";

/** Fields of one CSV line (quote-aware; bench rows have no embedded line breaks). */
function fieldsOf(line: string): string[] {
  const out: string[] = [];
  let field = "";
  let quoted = false;
  for (let i = 0; i < line.length; i++) {
    const c = line[i];
    if (quoted) {
      if (c === '"' && line[i + 1] === '"') {
        field += '"';
        i++;
      } else if (c === '"') quoted = false;
      else field += c;
    } else if (c === '"' && field === "") quoted = true;
    else if (c === ",") {
      out.push(field);
      field = "";
    } else field += c;
  }
  out.push(field);
  return out;
}

const world = generateWorld(3, 800);
const text = (chunks: Generator<string>): string => [...chunks].join("");

describe("planBenchFiles", () => {
  const plans = planBenchFiles(world, { lcaRows: 3000, permRows: 800, seed: 3 });

  it("plans a FLAG LCA file (97 columns) and a new-form PERM file (137 columns)", () => {
    expect(plans.map((p) => [p.file, p.layout.length])).toEqual([
      ["LCA_Disclosure_Data_FY2025_Q3.csv", 97],
      ["PERM_Disclosure_Data_FY2025_Q4.csv", 137],
    ]);
  });

  it("writes the layout header, the rows, then a blank padding run; every row has every column", () => {
    for (const plan of plans) {
      const lines = text(plan.chunks()).split("\n");
      expect(lines.pop()).toBe(""); // the file ends with a line break
      expect(fieldsOf(lines[0]!)).toEqual([...plan.layout]);
      expect(lines.length - 1).toBe(plan.rows + plan.blankRows);
      const data = lines.slice(1, 1 + plan.rows);
      for (const line of data) expect(fieldsOf(line)).toHaveLength(plan.layout.length);
      expect(lines.slice(1 + plan.rows).every((l) => /^,+$/.test(l))).toBe(true);
      const cases = data.map((l) => l.slice(0, l.indexOf(",")));
      expect(new Set(cases).size).toBe(plan.rows);
    }
  });

  it("is deterministic: the same world, seed and counts give the same text", () => {
    const again = planBenchFiles(world, { lcaRows: 3000, permRows: 800, seed: 3 });
    expect(text(again[0]!.chunks())).toBe(text(plans[0]!.chunks()));
    const other = planBenchFiles(world, { lcaRows: 3000, permRows: 0, seed: 4 });
    expect(text(other[0]!.chunks())).not.toBe(text(plans[0]!.chunks()));
  });

  it("samples employers in proportion to their rates", () => {
    const lca = text(plans[0]!.chunks()).split("\n").slice(1, 3001).map(fieldsOf);
    const nameCol = LCA_FLAG_97.indexOf("EMPLOYER_FEIN");
    const counts = new Map<string, number>();
    for (const r of lca) counts.set(r[nameCol]!, (counts.get(r[nameCol]!) ?? 0) + 1);
    const top = [...world.employers].sort((a, b) => b.lcaRate - a.lcaRate)[0]!;
    const total = world.employers.reduce((s, e) => s + e.lcaRate, 0);
    const expected = (3000 * top.lcaRate) / total;
    expect(Math.abs((counts.get(top.fein) ?? 0) - expected)).toBeLessThan(5 * Math.sqrt(expected) + 5);
  });

  it("writes new-form PERM rows that cite a PWD number", () => {
    const perm = text(plans[1]!.chunks()).split("\n").slice(1, 801).map(fieldsOf);
    const pwd = PERM_ERA_D_FY2025.indexOf("JOB_OPP_PWD_NUMBER");
    for (const r of perm) expect(r[pwd]).toMatch(/^P-100-\d{5}-\d{6}$/);
  });
});

describe("writeBenchFiles", () => {
  let dir = "";
  beforeAll(async () => {
    dir = await mkdtemp(join(tmpdir(), "oflc-bench-"));
  });
  afterAll(async () => {
    await rm(dir, { recursive: true, force: true });
  });

  it("streams the planned files to disk and reports their sizes", async () => {
    const { files, details } = await writeBenchFiles(dir, { lcaRows: 2000, permRows: 500, worldSize: 600 });
    expect(files).toHaveLength(2);
    for (const d of details) {
      expect((await stat(d.path)).size).toBe(d.bytes);
      expect(d.bytes / d.rows).toBeGreaterThan(500); // realistic row widths
    }
    const lca = await readFile(files[0]!, "utf8");
    expect(lca.slice(0, lca.indexOf("\n"))).toBe(LCA_FLAG_97.join(","));
  });

  it("writeBenchFiles throws DisclosureError for a negative row count", async () => {
    await expect(writeBenchFiles(dir, { lcaRows: -1 })).rejects.toThrow(DisclosureError);
  });
});

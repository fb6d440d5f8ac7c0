/**
 * The index on data-samples/ (every PERM, LCA and PW file the generator wrote), checked against the
 * generator's ground truth: which fictional employer each name record belongs to, and the manifest's
 * per-file counts.
 */
import { existsSync, readdirSync, readFileSync } from "node:fs";
import { join } from "node:path";
import { fileURLToPath } from "node:url";
import { beforeAll, describe, expect, it } from "vitest";
import { readDatasetStream } from "../datasets/read";
import { employerMatchKey } from "../employers/employer-match-key";
import { findEmployer } from "../employers/find-employer";
import { generateWorld } from "../generate/world";
import { createSponsorIndexBuilder } from "./create-sponsor-index-builder";
import { employerProfile } from "./employer-profile";
import { employersFor } from "./employers-for";
import { loadSnapshot } from "./load-snapshot";
import { saveSnapshot } from "./save-snapshot";
import type { SponsorIndex } from "./sponsor-index";

const samples = fileURLToPath(new URL("../../data-samples/", import.meta.url));
const HAVE = existsSync(join(samples, "MANIFEST.json"));

interface Manifest {
  seed: number;
  worldSize: number;
  files: { file: string; validRows: number; distinctCases: number; knownRows: { caseNumber: string; employerKey: string }[] }[];
}

/** Pairwise precision and recall of a clustering against truth, over items weighted by `w`. */
export function pairwise(pred: readonly string[], truth: readonly string[], w: readonly number[] = pred.map(() => 1)) {
  let tp = 0;
  let fp = 0;
  let fn = 0;
  for (let i = 0; i < pred.length; i++) {
    for (let j = i + 1; j < pred.length; j++) {
      const samePred = pred[i] === pred[j];
      const sameTrue = truth[i] === truth[j];
      const weight = w[i]! * w[j]!;
      if (samePred && sameTrue) tp += weight;
      else if (samePred) fp += weight;
      else if (sameTrue) fn += weight;
    }
  }
  return { precision: tp + fp === 0 ? 1 : tp / (tp + fp), recall: tp + fn === 0 ? 1 : tp / (tp + fn) };
}

describe.skipIf(!HAVE)("sponsor index on data-samples/", () => {
  let index: SponsorIndex;
  let manifest: Manifest;
  beforeAll(async () => {
    manifest = JSON.parse(readFileSync(join(samples, "MANIFEST.json"), "utf8")) as Manifest;
    const builder = createSponsorIndexBuilder();
    for (const f of readdirSync(samples).filter((f) => f.endsWith(".csv")).sort()) {
      await builder.addStream(readDatasetStream(new Uint8Array(readFileSync(join(samples, f))), { file: f }));
    }
    index = builder.finish();
  });

  it("counts each case once across the cumulative quarterly files", () => {
    const valid = manifest.files.reduce((s, f) => s + f.validRows, 0);
    expect(index.filings).toBeLessThan(valid);
    const perFile = new Map(index.sources.map((s) => [s.file, s.filings]));
    for (const f of manifest.files) expect(perFile.get(f.file), f.file).toBeLessThanOrEqual(f.distinctCases);
  });

  it("resolves name records to the generator's employers with pairwise precision and recall of 1", () => {
    const world = generateWorld(manifest.seed, manifest.worldSize);
    const byFein = new Map(world.employers.map((e) => [e.fein, e.key]));
    const byName = new Map<string, Set<string>>();
    for (const e of world.employers) {
      for (const n of e.names) for (const v of [n.legalName, ...n.variants.map((x) => x.name)]) {
        const k = employerMatchKey(v);
        if (k === null) continue;
        if (!byName.has(k)) byName.set(k, new Set());
        byName.get(k)!.add(e.key);
      }
    }
    const pred: string[] = [];
    const truth: string[] = [];
    const weight: number[] = [];
    const { nodes, resolution } = index;
    for (let i = 0; i < nodes.name.length; i++) {
      const t = nodes.fein[i] ? byFein.get(nodes.fein[i]!) : [...(byName.get(nodes.name[i]!) ?? [])].join("+");
      expect(t, `${nodes.name[i]} ${nodes.fein[i]}`).toBeTruthy();
      pred.push(resolution.employers.key[resolution.nodeEmployer[i]!]!);
      truth.push(t!);
      weight.push(nodes.filings[i]!);
    }
    const byNode = pairwise(pred, truth);
    const byFiling = pairwise(pred, truth, weight);
    expect(byNode).toEqual({ precision: 1, recall: 1 });
    expect(byFiling).toEqual({ precision: 1, recall: 1 });
    expect(resolution.employers.key.length).toBe(new Set(truth).size);
  });

  it("finds the named quirk employers by brand-like queries", () => {
    expect(findEmployer(index, "Corvana Data")[0]?.name).toMatch(/corvana data llc/i);
    expect(findEmployer(index, "Saffron Table")[0]?.via).toBe("trade-name");
    expect(findEmployer(index, "Tavrix Consultancy Services Ltd.")[0]?.match).toBe("exact");
    expect(findEmployer(index, "Lumiere Precision America")[0]?.key).toBe(findEmployer(index, "Lumière Précision America, Inc.")[0]?.key);
  });

  it("profiles an employer across PERM, LCA and PW, old names included", () => {
    const p = employerProfile(index, "Corvana Data")!;
    expect(p.names.map((n) => n.link).sort()).toEqual(["fein", "fein-name-state"]);
    expect(Object.keys(p.byProgram).sort()).toEqual(["LCA", "PERM", "PW"]);
    expect(p.history.reduce((s, h) => s + h.filings, 0)).toBe(p.filings);
    expect(p.occupations.reduce((s, o) => s + o.filings, 0)).toBe(p.filings);
    expect(p.received.reduce((s, h) => s + h.filings, 0)).toBe(p.filings);
    expect(p.firstFiling! <= p.lastFiling!).toBe(true);
    expect(p.evidence.length).toBeGreaterThan(0);
    expect(p.medianDays.LCA).toBeLessThan(14);
    expect(p.medianDays.PERM).toBeGreaterThan(100);
  });

  it("employersFor agrees with the profiles it ranks", () => {
    const rows = employersFor(index, { soc: "15-1252" }, { programs: ["PERM"], limit: 3 });
    for (const r of rows) {
      const p = employerProfile(index, r.key, { programs: ["PERM"] })!;
      expect(p.occupations.find((o) => o.soc === "15-1252")?.filings).toBe(r.filings);
    }
    expect(rows.map((r) => r.filings)).toEqual([...rows.map((r) => r.filings)].sort((a, b) => b - a));
  });

  it("snapshot round-trips the sample index", () => {
    const bytes = saveSnapshot(index);
    expect(Buffer.from(saveSnapshot(loadSnapshot(bytes))).equals(bytes)).toBe(true);
  });
});

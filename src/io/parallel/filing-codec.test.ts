import { readFile, readdir } from "node:fs/promises";
import { describe, expect, it } from "vitest";
import { readDataset } from "../../datasets/read";
import type { Filing } from "../../datasets/filing";
import { FilingPacker, FilingUnpacker } from "./filing-codec";

async function sampleFilings(): Promise<Filing[]> {
  const out: Filing[] = [];
  for (const f of (await readdir("data-samples")).filter((n) => n.endsWith(".csv")).sort()) {
    const { rows } = await readDataset(await readFile(`data-samples/${f}`), { file: f });
    out.push(...rows);
  }
  return out;
}

describe("filing codec (how a worker thread sends filings)", () => {
  it("unpack(pack(filings)) gives the same JSON, key order included, across several packs", async () => {
    const filings = await sampleFilings();
    expect(filings.filter((f) => f.wages.repairs.length > 0).length).toBeGreaterThan(0);
    const packer = new FilingPacker();
    const unpacker = new FilingUnpacker();
    const back: Filing[] = [];
    // Packs cut at odd places: later packs refer to strings first sent in earlier ones.
    for (let i = 0; i < filings.length; i += 333) {
      const part = filings.slice(i, i + 333);
      for (const f of part) packer.add(f);
      const packed = packer.take();
      expect(packed.count).toBe(part.length);
      unpacker.learn(packed);
      // Rows shifted by a piece offset of 10 (undone below).
      for (const f of unpacker.unpack(packed, 10, { file: "x", dataset: "lca", era: "e" })) back.push(f);
    }
    const restore = (f: Filing, original: Filing): Filing => ({ ...f, source: { ...original.source, row: f.source.row - 10 } });
    expect(back.map((f, i) => JSON.stringify(restore(f, filings[i]!)))).toEqual(filings.map((f) => JSON.stringify(f)));
    // file, dataset and era come from the reader; the row is shifted by the piece offset.
    expect(back[0]!.source).toEqual({ file: "x", row: filings[0]!.source.row + 10, dataset: "lca", era: "e" });
  });

  it("a pack's typed arrays are new each time (they are moved to the other thread)", async () => {
    const [f] = await sampleFilings();
    const packer = new FilingPacker();
    packer.add(f!);
    const a = packer.take();
    packer.add(f!);
    const b = packer.take();
    expect(a.ints.buffer).not.toBe(b.ints.buffer);
    expect(b.strings).toEqual([]); // all of its strings were sent with the first pack
    expect(b.ints).toEqual(a.ints);
  });

  it("refuses a filing whose PW join is filled in (reads never produce one)", async () => {
    const [f] = await sampleFilings();
    expect(() => new FilingPacker().add({ ...f!, pwJoin: { pwdCaseNumber: "P-1", fields: [] } })).toThrow(/pwJoin/);
  });
});

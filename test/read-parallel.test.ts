// The parallel file reader (src/io/parallel) must give exactly what the one-thread reader gives: the same
// filings in the same order, row numbers, issues, counts and errors. Pieces are made tiny here so that piece
// boundaries land everywhere: inside quoted line breaks, next to blank rows, bad rows and encoding switches.
// It needs the built worker script, so it runs against dist/ (the pretest step builds it).
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { mkdtemp, readdir, rm, stat, writeFile } from "node:fs/promises";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { fileSource, loadDataset, loadDatasetStream, loadDatasets } from "../dist/node.js";
import type { LoadOptions } from "../src/io/load-dataset";
import { LCA_FLAG_96 } from "../src/datasets/lca/layouts";
import { lcaRow, makeCsv } from "./make-csv";
import { HAVE_SHARED, SHARED_SAMPLES } from "./shared-samples";

let dir = "";
beforeAll(async () => {
  dir = await mkdtemp(join(tmpdir(), "oflc-parallel-"));
});
afterAll(async () => {
  await rm(dir, { recursive: true, force: true });
});

async function write(name: string, content: string | Uint8Array): Promise<string> {
  const path = join(dir, name);
  await writeFile(path, content);
  return path;
}

/** Read with one thread and with `threads`, expect identical JSON, and return how the threaded read went. */
async function expectSameRead(path: string, options: LoadOptions & { pieceBytes: number }) {
  const one = await loadDataset(path, { ...options, threads: 1 });
  const stream = await loadDatasetStream(path, { threads: 2, ...options });
  const rows = [];
  for await (const batch of stream.batches()) rows.push(...batch);
  // Compared row by row, so a failure shows the first row that differs rather than the whole file.
  expect(rows.length).toBe(one.rows.length);
  const firstDiff = rows.findIndex((r, i) => JSON.stringify(r) !== JSON.stringify(one.rows[i]));
  if (firstDiff >= 0) expect(rows[firstDiff]).toEqual(one.rows[firstDiff]);
  expect(stream.issues).toEqual(one.issues);
  expect(stream.summary).toEqual(one.summary);
  return { one, pieces: stream.pieces };
}

function quotedBreaksCsv(rows: number, newline: "\n" | "\r\n"): string {
  const records = [];
  for (let i = 1; i <= rows; i++) {
    const extra: Record<string, string> = {};
    if (i % 3 === 0) extra.JOB_TITLE = `Engineer${newline}(night shift, "B" team)${newline}${newline}level ${i % 4}`;
    if (i % 7 === 0) extra.EMPLOYER_NAME = `Line ${i},${newline}Holdings`;
    if (i % 11 === 0) extra.WAGE_RATE_OF_PAY_FROM = "128,550.00";
    records.push(lcaRow(`I-200-23060-${String(i).padStart(6, "0")}`, extra));
  }
  const text = makeCsv(LCA_FLAG_96, records);
  return newline === "\n" ? text : text.replace(/(?<!\r)\n/g, "\r\n");
}

describe("a file read by two threads gives what one thread gives", () => {
  it("every CSV in data-samples/ (blank rows, bad rows, every era), in pieces of 1,500 bytes", async () => {
    const files = (await readdir("data-samples")).filter((f) => f.endsWith(".csv"));
    expect(files.length).toBeGreaterThanOrEqual(9);
    for (const f of files) {
      const { one, pieces } = await expectSameRead(join("data-samples", f), { pieceBytes: 1500 });
      expect(one.rows.length).toBeGreaterThan(0);
      expect(pieces!.total).toBeGreaterThan(10);
      // The worker's first piece (the third) is given out at the start and this thread waits for it, so at least
      // one piece comes from the worker in a file without quoted line breaks.
      expect(pieces!.byWorkers).toBeGreaterThan(0);
    }
  });

  it.skipIf(!HAVE_SHARED)("the real LCA and PERM re-exports in ../shared", async () => {
    const files = (await readdir(SHARED_SAMPLES)).filter((f) => f.endsWith(".csv") && /^(LCA|PERM|PW)/i.test(f));
    expect(files.length).toBeGreaterThan(0);
    for (const f of files) await expectSameRead(join(SHARED_SAMPLES, f), { pieceBytes: 20_000 });
  });

  it("quoted fields holding line breaks, where most boundaries guess wrong (LF and CRLF files)", async () => {
    for (const newline of ["\n", "\r\n"] as const) {
      const path = await write(`quoted-${newline.length}.csv`, quotedBreaksCsv(400, newline));
      for (const pieceBytes of [97, 700, 5000]) {
        const { one, pieces } = await expectSameRead(path, { pieceBytes });
        expect(one.rows).toHaveLength(400);
        expect(one.rows[2]!.job.title).toContain("night shift");
        // Whether a worker's piece is used here depends on timing: a piece whose start this thread ran past
        // (a quoted line break) is dropped. The output may not depend on it.
        expect(pieces!.total).toBeGreaterThan(1);
      }
    }
  });

  it("a UTF-8 file that turns out to be windows-1252 part-way (the switch happens where one thread makes it)", async () => {
    const rows = [];
    for (let i = 1; i <= 3000; i++) rows.push(lcaRow(`I-200-23060-${String(i).padStart(6, "0")}`, { EMPLOYER_NAME: `Café Nº ${i % 50}` }));
    const text = makeCsv(LCA_FLAG_96, rows);
    const bytes = Buffer.from(text, "utf8");
    // One bare 0xE9 (é in windows-1252) two thirds of the way in: the bytes after it, and the rest of its 64 KiB
    // chunk before it, read as windows-1252.
    const at = bytes.indexOf("Caf", Math.floor(bytes.length * 0.66));
    const mixed = Buffer.concat([bytes.subarray(0, at + 3), Buffer.from([0xe9]), bytes.subarray(at + 5)]);
    const path = await write("mixed.csv", mixed);
    const { one } = await expectSameRead(path, { pieceBytes: 9000 });
    expect(one.summary.encoding).toBe("windows-1252");
    expect(one.rows[0]!.employer.name).toBe("Café Nº 1");
    expect(one.rows.at(-1)!.employer.name).toBe("CafÃ© NÂº 0");
  });

  it("wrong field counts and a small maxIssues: the same issues, the same row numbers", async () => {
    const lines = quotedBreaksCsv(300, "\n").split("\n");
    const broken = lines.map((l, i) => (i > 0 && i % 37 === 0 ? `${l},extra,cells` : l)).join("\n");
    const padded = broken.replace(/\n(I-200-23060-0000[5-9]0)/g, "\n,,,,\n\n$1");
    const path = await write("bad-rows.csv", "\uFEFF" + padded);
    for (const maxIssues of [3, 10_000]) {
      const { one } = await expectSameRead(path, { pieceBytes: 400, maxIssues });
      expect(one.issues.length).toBe(Math.min(maxIssues, one.summary.flagged));
      expect(one.summary.blank).toBeGreaterThan(0);
      expect(one.summary.flagged).toBeGreaterThan(0);
    }
  });

  it("a file cut inside a quoted field throws the same error", async () => {
    const path = await write("cut.csv", quotedBreaksCsv(120, "\n") + 'I-200-23060-999999,Certified,"2023-03-01');
    const one = await loadDataset(path, { threads: 1 }).catch((e: unknown) => e);
    const two = await loadDataset(path, { threads: 2, pieceBytes: 800 }).catch((e: unknown) => e);
    expect(one).toMatchObject({ code: "truncated_file" });
    expect(two).toMatchObject({ code: "truncated_file", message: (one as Error).message });
  });

  it("reports progress in file order, ending at the file size", async () => {
    const path = await write("progress.csv", quotedBreaksCsv(500, "\n"));
    const seen: number[] = [];
    const { summary } = await loadDataset(path, { threads: 2, pieceBytes: 3000, onProgress: (p) => seen.push(p.bytes) });
    expect(seen.length).toBeGreaterThan(5);
    expect([...seen].sort((a, b) => a - b)).toEqual(seen);
    expect(seen.at(-1)).toBe((await stat(path)).size);
    expect(summary.bytes).toBe((await stat(path)).size);
  });

  it("reads small files in one thread by default, and one-piece files always", async () => {
    const small = await loadDatasetStream("data-samples/LCA_Disclosure_Data_FY2023_Q4.csv");
    expect(small.pieces).toBeUndefined();
    const onePiece = await loadDatasetStream("data-samples/LCA_Disclosure_Data_FY2023_Q4.csv", { threads: 2, pieceBytes: 1 << 30 });
    expect(onePiece.pieces).toBeUndefined();
    await expect(loadDatasetStream("data-samples/LCA_Disclosure_Data_FY2023_Q4.csv", { threads: 0 })).rejects.toMatchObject({
      code: "invalid_option",
      message: expect.stringContaining("threads"),
    });
  });
});

describe("multi-file reads use threads too (loadDatasets, the CLI's read)", () => {
  it("loadDatasets over data-samples/ with two threads gives what one thread gives: rows, counts, duplicates, join", async () => {
    const one = await loadDatasets(["data-samples"], { threads: 1 });
    const two = await loadDatasets(["data-samples"], { threads: 2, pieceBytes: 1500 });
    expect(two.rows.length).toBe(one.rows.length);
    const firstDiff = two.rows.findIndex((r, i) => JSON.stringify(r) !== JSON.stringify(one.rows[i]));
    if (firstDiff >= 0) expect(two.rows[firstDiff]).toEqual(one.rows[firstDiff]);
    expect(two.total).toEqual(one.total);
    expect(two.total.duplicates).toBeGreaterThan(0);
    expect(two.join).toEqual(one.join);
    expect(two.summaries).toEqual(one.summaries);
    expect(two.issues).toEqual(one.issues);
    // The sources loadDatasets makes read through loadDatasetStream, with the threads asked for.
    const source = await fileSource("data-samples/LCA_Disclosure_Data_FY2023_Q4.csv", { threads: 2, pieceBytes: 1500 });
    const stream = await source.read!({ file: source.name });
    for await (const batch of stream.batches()) expect(batch.length).toBeGreaterThan(0);
    expect(stream.pieces!.total).toBeGreaterThan(10);
    expect(stream.pieces!.byWorkers).toBeGreaterThan(0);
  });
});

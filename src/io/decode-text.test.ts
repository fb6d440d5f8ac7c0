import { describe, expect, it } from "vitest";
import { fc, test } from "@fast-check/vitest";
import { DisclosureError } from "../errors";
import { decodeText, firstInvalidUtf8, type DecodeInfo } from "./decode-text";
import { inputChunks } from "./text-input";

async function collect<T>(it: AsyncIterable<T>): Promise<T[]> {
  const out: T[] = [];
  for await (const x of it) out.push(x);
  return out;
}

async function decode(chunks: (Uint8Array | string)[]): Promise<{ text: string; info: DecodeInfo }> {
  const info: DecodeInfo = { encoding: "utf-8", bom: false, bytes: 0 };
  async function* src() {
    yield* chunks;
  }
  let text = "";
  for await (const t of decodeText(src(), "f.csv", info)) text += t;
  return { text, info };
}
const bytes = (...xs: number[]) => new Uint8Array(xs);
const utf8 = (s: string) => new TextEncoder().encode(s);

describe("decodeText", () => {
  it("decodeText(strings) counts a string input's bytes as its UTF-8 length", async () => {
    for (const s of ["CASE_NUMBER\n", "Assembléon – Técnica 🏢\n", "lone \ud800 surrogate", ""]) {
      const { info } = await decode(s === "" ? ["x"] : [s]);
      expect(info.bytes, JSON.stringify(s)).toBe(new TextEncoder().encode(s === "" ? "x" : s).length);
    }
    // Whole-string input is sliced into pieces without splitting a surrogate pair, so the count stays exact.
    const long = "é🏢".repeat(100_000); // slice ends fall on every character kind, pair starts included
    const pieces = await collect(inputChunks(long));
    expect(pieces.length).toBeGreaterThan(1);
    const { text, info } = await decode(pieces as string[]);
    expect(text).toBe(long);
    expect(info.bytes).toBe(new TextEncoder().encode(long).length);
  });
  it("decodeText(bytes) keeps a character split across chunk boundaries", async () => {
    const all = utf8("A,Assembléon – Técnica\n");
    for (let cut = 1; cut < all.length; cut++) {
      const { text } = await decode([all.slice(0, cut), all.slice(cut)]);
      expect(text).toBe("A,Assembléon – Técnica\n");
    }
  });
  it("decodeText(bytes) strips a UTF-8 BOM and records it", async () => {
    const { text, info } = await decode([bytes(0xef, 0xbb, 0xbf), utf8("CASE_NUMBER\n")]);
    expect(text).toBe("CASE_NUMBER\n");
    expect(info.bom).toBe(true);
  });
  it("decodeText(bytes) falls back to windows-1252 for bytes that are not UTF-8", async () => {
    // "Assembléon" and a cp1252 right single quote (0x92) as DOL's older exports write them
    const { text, info } = await decode([bytes(0x41, 0x73, 0x73, 0x65, 0x6d, 0x62, 0x6c, 0xe9, 0x6f, 0x6e, 0x92, 0x73, 0x0a)]);
    expect(text).toBe("Assembléon’s\n");
    expect(info.encoding).toBe("windows-1252");
  });
  it("decodeText(bytes) reads UTF-16LE with a BOM", async () => {
    const s = "A\tB\n";
    const b = new Uint8Array(2 + s.length * 2);
    b[0] = 0xff;
    b[1] = 0xfe;
    for (let i = 0; i < s.length; i++) b[2 + 2 * i] = s.charCodeAt(i);
    const { text, info } = await decode([b]);
    expect(text).toBe(s);
    expect(info.encoding).toBe("utf-16le");
  });
  it("decodeText(empty) throws empty_file naming the file", async () => {
    await expect(decode([])).rejects.toMatchObject({ code: "empty_file", message: expect.stringContaining("f.csv") });
  });
  it("decodeText(zip bytes) throws xlsx_input", async () => {
    const err = await decode([bytes(0x50, 0x4b, 0x03, 0x04, 0x14, 0x00)]).catch((e: unknown) => e);
    expect(err).toBeInstanceOf(DisclosureError);
    expect(err).toMatchObject({ code: "xlsx_input" });
  });
  it("decodeText(binary) throws binary_file", async () => {
    await expect(decode([bytes(0x01, 0x02, 0x00, 0x05)])).rejects.toMatchObject({ code: "binary_file" });
  });
  it("decodeText(strings) passes text through and drops a leading BOM character", async () => {
    const { text, info } = await decode(["\ufeffA,B\n", "1,2\n"]);
    expect(text).toBe("A,B\n1,2\n");
    expect(info.bom).toBe(true);
  });
});

describe("firstInvalidUtf8 agrees with a fatal TextDecoder", () => {
  test.prop([fc.uint8Array({ maxLength: 40 })], { numRuns: 2000 })("on any bytes, and valid text", (bytes) => {
    const at = firstInvalidUtf8(bytes);
    expect(() => new TextDecoder("utf-8", { fatal: true }).decode(bytes.subarray(0, at))).not.toThrow();
    if (at < bytes.length) {
      // The sequence starting at `at` is invalid whatever follows it: no longer valid prefix exists.
      expect(() => new TextDecoder("utf-8", { fatal: true }).decode(bytes.subarray(0, Math.min(bytes.length, at + 4)))).toThrow();
    }
    const valid = new TextEncoder().encode(new TextDecoder().decode(bytes));
    expect(firstInvalidUtf8(valid)).toBe(valid.length);
  });
});

describe("the windows-1252 switch does not depend on chunk sizes", () => {
  it("bytes before the first invalid byte stay UTF-8, the rest is windows-1252", async () => {
    const bytes = new Uint8Array([...new TextEncoder().encode("Café, "), 0xe9, ...new TextEncoder().encode(" Nº")]);
    const texts = new Set<string>();
    for (const size of [1, 2, 3, 5, 8, bytes.length]) {
      const chunks: Uint8Array[] = [];
      for (let i = 0; i < bytes.length; i += size) chunks.push(bytes.subarray(i, i + size));
      const info: DecodeInfo = { encoding: "utf-8", bom: false, bytes: 0 };
      let text = "";
      for await (const t of decodeText(toAsync(chunks), "x.csv", info)) text += t;
      expect(info.encoding).toBe("windows-1252");
      texts.add(text);
    }
    // Every chunking gives the same text. A chunk holding the bad byte used to be re-read whole as windows-1252, so
    // "é" before it came out as "Ã©" or not depending on where the chunk began.
    expect([...texts]).toEqual(["Café, é NÂº"]);
  });
});

async function* toAsync<T>(items: readonly T[]): AsyncGenerator<T> {
  yield* items;
}

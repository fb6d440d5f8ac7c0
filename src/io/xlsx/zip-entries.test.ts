import { Zip, ZipDeflate, ZipPassThrough, strToU8, strFromU8, unzipSync, zipSync } from "fflate";
import { describe, expect, it } from "vitest";
import { chunked } from "../../../test/make-xlsx";
import { inflateRaw } from "./inflate-raw";
import { zipEntries } from "./zip-entries";

async function entries(bytes: Uint8Array, chunk = 1 << 16, native?: boolean) {
  const out: Record<string, string> = {};
  const progress = { bytes: 0 };
  for await (const e of zipEntries(chunked(bytes, chunk), "t.zip", progress)) {
    const source = e.method === 8 ? inflateRaw(e.data, native === undefined ? {} : { native }) : e.data;
    const parts: Uint8Array[] = [];
    for await (const p of source) parts.push(p.slice());
    const all = new Uint8Array(parts.reduce((n, p) => n + p.length, 0));
    let off = 0;
    for (const p of parts) {
      all.set(p, off);
      off += p.length;
    }
    out[e.name] = strFromU8(all);
  }
  return { out, progress };
}

/** A zip written the streaming way: sizes in data descriptors after each entry's data. */
function streamedZip(files: Record<string, string>, stored = false): Uint8Array {
  const chunks: Uint8Array[] = [];
  const zip = new Zip((err, data) => {
    if (err) throw err;
    chunks.push(data);
  });
  for (const [name, text] of Object.entries(files)) {
    const f = stored ? new ZipPassThrough(name) : new ZipDeflate(name, { level: 6 });
    zip.add(f);
    f.push(strToU8(text), true);
  }
  zip.end();
  const all = new Uint8Array(chunks.reduce((n, c) => n + c.length, 0));
  let off = 0;
  for (const c of chunks) {
    all.set(c, off);
    off += c.length;
  }
  return all;
}

const files = { "a.txt": "hello ".repeat(1000), "b/c.xml": "<x>PK\u0003\u0004 inside</x>", "empty.txt": "" };

describe("zipEntries", () => {
  it("zipEntries(stream) yields each entry with its bytes, counting consumed bytes", async () => {
    const bytes = zipSync(Object.fromEntries(Object.entries(files).map(([k, v]) => [k, strToU8(v)])));
    const { out, progress } = await entries(bytes, 100);
    expect(out).toEqual(files);
    expect(progress.bytes).toBe(bytes.length);
  });

  it("finds the end of entries written with data descriptors (deflated and stored), at any chunk size", async () => {
    for (const stored of [false, true]) {
      const bytes = streamedZip(files, stored);
      expect(Object.keys(unzipSync(bytes))).toEqual(Object.keys(files)); // a valid zip
      for (const size of [1, 3, 27, 28, 1000]) expect((await entries(bytes, size)).out, `chunk ${size}`).toEqual(files);
    }
  });

  it("does not stop at a stray signature inside stored data", async () => {
    const tricky = { "x.bin": "abc PK\u0003\u0004 PK\u0007\u0008 PK\u0001\u0002 def", "y.txt": "ok" };
    expect((await entries(streamedZip(tricky, true), 5)).out).toEqual(tricky);
  });

  it("inflates with the JavaScript fallback exactly as with the native stream", async () => {
    const bytes = streamedZip(files);
    expect((await entries(bytes, 64, false)).out).toEqual(files);
    expect((await entries(bytes, 64, true)).out).toEqual(files);
  });

  it("throws truncated_file when the archive stops early or is not zip structure", async () => {
    const bytes = zipSync({ "a.txt": strToU8("hello ".repeat(1000)) });
    for (const cut of [2, 20, 40, bytes.length - 10]) {
      await expect(entries(bytes.subarray(0, cut)), `cut ${cut}`).rejects.toMatchObject({ name: "DisclosureError", code: "truncated_file" });
    }
    const junk = new Uint8Array([0x50, 0x4b, 0x03, 0x04, ...new Array(26).fill(0), 0x50, 0x4b, 0x09, 0x09, 1, 2, 3, 4]);
    await expect(entries(junk)).rejects.toMatchObject({ code: "truncated_file", message: expect.stringContaining("no zip entry header at byte 30") });
  });
});

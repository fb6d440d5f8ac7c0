import { fc, test } from "@fast-check/vitest";
import { describe, expect, it } from "vitest";
import { createKeyTable } from "./key-table";

describe("createKeyTable", () => {
  test.prop([fc.array(fc.oneof(fc.integer(), fc.maxSafeInteger(), fc.integer({ min: -(2 ** 52), max: 2 ** 52 })), { maxLength: 3000 })])(
    "assigns the same dense ids as a Map in insertion order, through growth",
    (keys) => {
      const t = createKeyTable(4);
      const m = new Map<number, number>();
      for (const k of keys) {
        if (!m.has(k)) m.set(k, m.size);
        expect(t.intern(k)).toBe(m.get(k));
      }
      expect(t.size).toBe(m.size);
      for (const [k, id] of m) {
        expect(t.get(k)).toBe(id);
        expect(t.keyOf(id)).toBe(k);
      }
      expect([...t.keys()]).toEqual([...m.keys()]);
    },
  );
  it("keeps ids and keys across many pages and slot rebuilds", () => {
    const t = createKeyTable();
    const n = 300_000;
    for (let i = 0; i < n; i++) expect(t.intern(i * 7919 - 2 ** 40)).toBe(i);
    expect(t.size).toBe(n);
    expect(t.get(123_456 * 7919 - 2 ** 40)).toBe(123_456);
    expect(t.keyOf(299_999)).toBe(299_999 * 7919 - 2 ** 40);
    const keys = t.keys();
    expect(keys.length).toBe(n);
    expect(keys[70_000]).toBe(70_000 * 7919 - 2 ** 40);
  });
  it("get returns -1 for absent keys", () => {
    const t = createKeyTable();
    t.intern(5);
    expect(t.get(6)).toBe(-1);
  });
});

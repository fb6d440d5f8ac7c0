import { describe, expect, it } from "vitest";
import { csvField, csvRecord } from "./csv";
import { encodeCp1252, encodeText } from "./encode";
import { formatManifest } from "./format-manifest";

describe("csvField", () => {
  it("csvField(value) quotes commas, quotes and line breaks and doubles inner quotes", () => {
    expect(csvField("plain", ",")).toBe("plain");
    expect(csvField("a, b", ",")).toBe('"a, b"');
    expect(csvField('say "hi"', ",")).toBe('"say ""hi"""');
    expect(csvField("two\nlines", ",")).toBe('"two\nlines"');
    expect(csvField("cr\r", ",")).toBe('"cr\r"');
  });
  it("csvField(value, delimiter) also quotes the delimiter in use", () => {
    expect(csvField("a;b", ";")).toBe('"a;b"');
    expect(csvField("a;b", ",")).toBe("a;b");
    expect(csvField("a\tb", "\t")).toBe('"a\tb"');
  });
  it("csvRecord(fields) joins quoted fields", () => {
    expect(csvRecord(["A-1", "X, INC.", ""], ",")).toBe('A-1,"X, INC.",');
  });
});

describe("encodeText", () => {
  it("encodeCp1252(text) writes Latin-1 and the cp1252 specials as single bytes", () => {
    expect([...encodeCp1252("é’–")]).toEqual([0xe9, 0x92, 0x96]);
    expect([...encodeCp1252("Précision – O’Donnell")]).toEqual([
      0x50, 0x72, 0xe9, 0x63, 0x69, 0x73, 0x69, 0x6f, 0x6e, 0x20, 0x96, 0x20, 0x4f, 0x92, 0x44, 0x6f, 0x6e, 0x6e, 0x65, 0x6c, 0x6c,
    ]);
  });
  it("encodeCp1252(text) throws for characters cp1252 lacks", () => {
    expect(() => encodeCp1252("漢")).toThrow(/U\+6f22/);
  });
  it("encodeText(text, 'utf-8', true) prefixes a BOM", () => {
    expect([...encodeText("A", "utf-8", true)]).toEqual([0xef, 0xbb, 0xbf, 0x41]);
    expect([...encodeText("é", "utf-8")]).toEqual([0xc3, 0xa9]);
  });
});

describe("formatManifest", () => {
  it("formatManifest(manifest) keeps scalar arrays on one line and round-trips through JSON", () => {
    const value = { rows: [1, 2, 3], ranges: [[4, 5]], names: ["a \"b\"", "c"], nested: [{ x: 1 }] };
    const text = formatManifest(value as never);
    expect(text).toContain('"rows": [1, 2, 3]');
    expect(text).toContain("[4, 5]");
    expect(JSON.parse(text)).toEqual(value);
    expect(formatManifest({ rows: [1, 2, 3] } as never)).toBe('{ "rows": [1, 2, 3] }\n');
  });
});

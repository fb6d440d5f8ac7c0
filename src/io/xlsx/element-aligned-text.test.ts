import { describe, expect, it } from "vitest";
import { elementAlignedText, lastElementEnd } from "./element-aligned-text";

const enc = (s: string) => new TextEncoder().encode(s);
const names = ["c", "row"].map(enc);

async function* pieces(bytes: Uint8Array, size: number) {
  for (let i = 0; i < bytes.length; i += size) yield bytes.subarray(i, i + size);
}
async function collect(text: string, size: number, n = ["c", "row"]) {
  const out: string[] = [];
  for await (const s of elementAlignedText(pieces(enc(text), size), n)) out.push(s);
  return out;
}

describe("lastElementEnd", () => {
  it("lastElementEnd(bytes) finds the end of the last </c>, </row>, <c …/> or <row …/>, any prefix", () => {
    expect(lastElementEnd(enc('<row r="1"><c r="A1"><v>1</v></c><c r="B1"><v>2'), names)).toBe(33);
    expect(lastElementEnd(enc('<x:c r="A1"><x:v>1</x:v></x:c><x:c r="B1"'), names)).toBe(30);
    expect(lastElementEnd(enc('<row r="7" spans="1:4"/><row r="8"'), names)).toBe(24);
    expect(lastElementEnd(enc('<c r="A1"><f t="shared" si="0"/>'), names)).toBe(-1);
    expect(lastElementEnd(enc("<v>12</v>"), names)).toBe(-1);
  });
});

describe("elementAlignedText", () => {
  it("cuts the text only after whole elements and never inside a UTF-8 sequence, losing nothing", async () => {
    const xml = '<sheetData><row r="1"><c t="inlineStr"><is><t>Café → 東京 😀</t></is></c><c><v>2</v></c></row><row r="2"/></sheetData>';
    for (const size of [1, 2, 3, 5, 16, 1000]) {
      const out = await collect(xml, size);
      expect(out.join(""), `size ${size}`).toBe(xml);
      for (const s of out.slice(0, -1)) expect(s).toMatch(/(<\/c>|<\/row>|<row r="2"\/>)$/);
    }
  });
  it("cuts shared strings after </si>", async () => {
    const out = await collect("<sst><si><t>a</t></si><si><t>b</t></si></sst>", 12, ["si"]);
    expect(out.join("")).toBe("<sst><si><t>a</t></si><si><t>b</t></si></sst>");
    expect(out[0]).toBe("<sst><si><t>a</t></si>");
  });
});

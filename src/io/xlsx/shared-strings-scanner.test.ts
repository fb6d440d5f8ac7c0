import { describe, expect, it } from "vitest";
import { createSharedStringsScanner } from "./shared-strings-scanner";

const SST =
  '<?xml version="1.0"?><sst xmlns="main" count="5" uniqueCount="5"><si><t>CASE_NUMBER</t></si><si><t xml:space="preserve"> padded </t></si>' +
  '<si><r><rPr><b/></rPr><t>Rich</t></r><r><t>Text</t></r><rPh sb="0" eb="1"><t>ignored</t></rPh><phoneticPr fontId="1"/></si><si/><si><t/></si></sst>';

describe("createSharedStringsScanner", () => {
  it("reads plain, padded, rich-text (phonetic guides left out) and empty items", () => {
    const sst = createSharedStringsScanner();
    sst.push(SST);
    expect(sst.end()).toEqual(["CASE_NUMBER", " padded ", "RichText", "", ""]);
  });
  it("reads the same table pushed one character at a time", () => {
    const sst = createSharedStringsScanner();
    for (const ch of SST) sst.push(ch);
    expect(sst.end()).toEqual(["CASE_NUMBER", " padded ", "RichText", "", ""]);
  });
  it("reads prefixed markup (<x:si>)", () => {
    const sst = createSharedStringsScanner();
    sst.push('<x:sst xmlns:x="main"><x:si><x:t>a&amp;b</x:t></x:si></x:sst>');
    expect(sst.end()).toEqual(["a&b"]);
  });
  it("returns null when the table stops inside an item", () => {
    const sst = createSharedStringsScanner();
    sst.push(SST.slice(0, SST.indexOf("Rich")));
    expect(sst.end()).toBeNull();
  });
});

import { describe, expect, it } from "vitest";
import { decodeXmlText } from "./decode-xml-text";

describe("decodeXmlText", () => {
  it("decodeXmlText(text) decodes named entities and character references", () => {
    expect(decodeXmlText("R&amp;D &lt;b&gt; &quot;x&quot; &apos;y&apos;")).toBe("R&D <b> \"x\" 'y'");
    expect(decodeXmlText("caf&#233; &#x2013; &#X1F600;")).toBe("café – 😀");
  });
  it("decodeXmlText(text) turns OOXML _xHHHH_ escapes back into characters, _x005F_ into a literal underscore", () => {
    expect(decodeXmlText("a_x000D_b_x0009_c")).toBe("a\rb\tc");
    expect(decodeXmlText("_x005F_x000D_")).toBe("_x000D_");
    expect(decodeXmlText("my_xylophone_")).toBe("my_xylophone_");
  });
  it("decodeXmlText(text) normalises XML line ends and keeps unknown entities as written", () => {
    expect(decodeXmlText("a\r\nb\rc")).toBe("a\nb\nc");
    expect(decodeXmlText("&nbsp; &#xZZ;")).toBe("&nbsp; &#xZZ;");
  });
  it("decodeXmlText(plain) returns plain text unchanged", () => {
    expect(decodeXmlText("SOFTWARE ENGINEER")).toBe("SOFTWARE ENGINEER");
  });
});

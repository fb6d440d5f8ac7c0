import { fc, test } from "@fast-check/vitest";
import { describe, expect, it } from "vitest";
import { normalizeEmployerName, splitTradeName } from "./employer-name";

/** All spellings must share one key, and that key must be `expected`. */
function expectOneKey(spellings: readonly string[], expected: string): void {
  for (const s of spellings) expect(normalizeEmployerName(s), s).toBe(expected);
}

describe("normalizeEmployerName", () => {
  it("normalizeEmployerName groups the CAPGEMINI spellings", () => {
    expectOneKey(
      ["CAPGEMINI AMERICA INC", "CAPGEMINI AMERICA, INC.", "CAPGEMINI AMERICA INC.", "CAPGEMINI AMERICA, INC"],
      "CAPGEMINI AMERICA",
    );
  });

  it("normalizeEmployerName treats U.S. and US alike (Cognizant)", () => {
    expectOneKey(
      ["COGNIZANT TECHNOLOGY SOLUTIONS US CORP", "COGNIZANT TECHNOLOGY SOLUTIONS U.S. CORPORATION", "Cognizant Technology Solutions U. S. Corp."],
      "COGNIZANT TECHNOLOGY SOLUTIONS US",
    );
  });

  it("normalizeEmployerName separates words glued by punctuation (Tech Mahindra)", () => {
    expectOneKey(
      ["TECH MAHINDRA (AMERICAS),INC.", "TECH MAHINDRA (AMERICAS), INC.", "TECH MAHINDRA (AMERICAS) INC."],
      "TECH MAHINDRA AMERICAS",
    );
  });

  it("normalizeEmployerName strips a trailing & CO after other suffixes (Goldman Sachs)", () => {
    expectOneKey(["GOLDMAN SACHS & CO. LLC", "GOLDMAN, SACHS & CO.", "GOLDMAN SACHS & CO LLC"], "GOLDMAN SACHS");
  });

  it("normalizeEmployerName ignores case and legal form (Google, Caterpillar, HCL, Cigniti)", () => {
    expectOneKey(["Google Inc.", "Google, Inc.", "GOOGLE LLC"], "GOOGLE");
    expectOneKey(["Caterpillar Inc.", "CATERPILLAR INC."], "CATERPILLAR");
    expectOneKey(["HCL GLOBAL SYSTEMS INC", "HCL GLOBAL SYSTEMS INC."], "HCL GLOBAL SYSTEMS");
    expectOneKey(["CIGNITI INC", "CIGNITI, INC."], "CIGNITI");
    expectOneKey(["PYRAMID TECHNOLOGY SOLUTIONS, INC", "PYRAMID TECHNOLOGY SOLUTIONS, INC."], "PYRAMID TECHNOLOGY SOLUTIONS");
    expectOneKey(["KPIT INFOSYSTEMS INCORPORATED", "KPIT Infosystems, Inc."], "KPIT INFOSYSTEMS");
  });

  it("normalizeEmployerName turns hyphens into spaces (Hewlett Packard Enterprise)", () => {
    expectOneKey(["HEWLETT-PACKARD ENTERPRISE COMPANY", "Hewlett Packard Enterprise Company"], "HEWLETT PACKARD ENTERPRISE");
  });

  it("normalizeEmployerName drops exclamation marks and commas (Yahoo)", () => {
    expectOneKey(["Yahoo! Inc.", "Yahoo, Inc.", "Yahoo!, Inc."], "YAHOO");
  });

  it("normalizeEmployerName collapses doubled spaces", () => {
    expect(normalizeEmployerName("BOISE STATE  UNIVERSITY")).toBe("BOISE STATE UNIVERSITY");
    expect(normalizeEmployerName("CRR INTERNATIONAL,  LLC")).toBe("CRR INTERNATIONAL");
    expect(normalizeEmployerName("CHAWLA  &  CHAWLA P.C.")).toBe("CHAWLA & CHAWLA");
  });

  it("normalizeEmployerName keeps & as its own word and decodes &AMP;", () => {
    expectOneKey(["ERNST &AMP;  YOUNG U.S. LLP", "Ernst & Young U.S. LLP", "ERNST & YOUNG U.S. LLP"], "ERNST & YOUNG US");
    expectOneKey(["L&T", "L & T", "L &AMP; T"], "L & T");
    expectOneKey(["AT&T INC.", "AT & T Inc"], "AT & T");
  });

  it("normalizeEmployerName keeps the legal name before a d/b/a marker", () => {
    expect(normalizeEmployerName("2.7 AUGUST APPAREL, INC. DBA ENGLISH ROSE")).toBe(normalizeEmployerName("2.7 AUGUST APPAREL"));
    expect(normalizeEmployerName("2.7 AUGUST APPAREL, INC. DBA ENGLISH ROSE")).toBe("27 AUGUST APPAREL");
    expect(normalizeEmployerName("UHCP D/B/A UPMC MEDICAL EDUCATION")).toBe("UHCP");
    expect(normalizeEmployerName("ADROIX CORP (DBA CODEFORCE 360)")).toBe("ADROIX");
    expect(normalizeEmployerName("6H, Inc d/b/a Coco 3 Beauty Supply")).toBe("6H");
    expect(normalizeEmployerName("Sharp Electronics Corporation D/b/a Sharp Microelectronics Of Th")).toBe("SHARP ELECTRONICS");
    expect(normalizeEmployerName("FOO LLC D.B.A. BAR")).toBe("FOO");
    expect(normalizeEmployerName("FOO LLC doing business as BAR")).toBe("FOO");
  });

  it("normalizeEmployerName strips a leading THE", () => {
    expect(normalizeEmployerName("THE GOLDMAN SACHS GROUP, INC.")).toBe("GOLDMAN SACHS GROUP");
  });

  it("normalizeEmployerName joins runs of single letters and digits", () => {
    expectOneKey(["J.P. MORGAN CHASE & CO.", "J. P. Morgan Chase & Co", "JP MORGAN CHASE & CO"], "JP MORGAN CHASE");
    expectOneKey(["FOO L.L.C.", "FOO L L C", "FOO LLC"], "FOO");
    expectOneKey(["A-1 AUTO PARTS", "A1 AUTO PARTS"], "A1 AUTO PARTS");
  });

  it("normalizeEmployerName splits LIMITED, INCORPORATED and CORPORATION glued to the previous word", () => {
    expectOneKey(["TATA CONSULTANCY SERVICESLIMITED", "TATA CONSULTANCY SERVICES LIMITED"], "TATA CONSULTANCY SERVICES");
    expect(normalizeEmployerName("ACMEINCORPORATED")).toBe("ACME");
    expect(normalizeEmployerName("SKY UNLIMITED INC")).toBe("SKY UNLIMITED");
  });

  it("normalizeEmployerName keeps different employers apart", () => {
    expect(normalizeEmployerName("INTEL CORPORATION")).toBe("INTEL");
    expect(normalizeEmployerName("INTEL471 INC")).toBe("INTEL471");
    expect(normalizeEmployerName("INFORMATICA CORPORATION")).toBe(normalizeEmployerName("INFORMATICA LLC"));
    expect(normalizeEmployerName("JUNIPER NETWORKS (US), INC.")).toBe("JUNIPER NETWORKS US");
  });

  it("normalizeEmployerName never strips a name down to nothing", () => {
    expect(normalizeEmployerName("INC.")).toBe("INC");
    expect(normalizeEmployerName("The Company")).toBe("COMPANY");
    expect(normalizeEmployerName("CO & CO")).toBe("CO");
    expect(normalizeEmployerName("THE")).toBe("THE");
  });

  it("normalizeEmployerName returns null when no word remains", () => {
    expect(normalizeEmployerName(null)).toBeNull();
    expect(normalizeEmployerName(undefined)).toBeNull();
    expect(normalizeEmployerName("   ")).toBeNull();
    expect(normalizeEmployerName(" , . () ")).toBeNull();
  });

  const nameish = fc
    .array(
      fc.constantFrom(
        "INC", "INC.", "Inc", ",", " ", "  ", "&AMP;", "&amp;AMP;", "&", "D/B/A", "DBA", "D.B.A.", "(DBA", ")", "THE",
        "A", "b", "U.", "S.", "U.S.", "CO", "CO.", "LIMITED", "SERVICESLIMITED", "DBALIMITED", "THELIMITED", "-", "L L C",
        "GOOGLE", "'", "!", "\u00a0", "DOING", "BUSINESS", "AS", "1", "2.7", "llc", "ß", "ǅ", "ŉ", "’", "“",
      ),
      { maxLength: 14 },
    )
    .map((parts) => parts.join(""));
  const wordish = fc.array(fc.constantFrom("THE", "A", "B", "DBA", "INC", "CO", "&", "LLC", "X", "GOOGLE", "U.S.", "L"), { maxLength: 8 }).map((w) => w.join(" "));

  test.prop([fc.oneof(fc.string({ unit: "binary" }), fc.string(), nameish, wordish)])(
    "normalizeEmployerName is idempotent",
    (s) => {
      const once = normalizeEmployerName(s);
      expect(once === null ? null : normalizeEmployerName(once)).toBe(once);
    },
  );

  test.prop([fc.oneof(fc.string({ unit: "binary" }), nameish)])(
    "normalizeEmployerName never throws and returns upper-case words separated by single spaces",
    (s) => {
      const out = normalizeEmployerName(s);
      if (out === null) return;
      expect(out.length).toBeGreaterThan(0);
      expect(out).toBe(out.toUpperCase());
      expect(out.split(" ").every((word) => word !== "")).toBe(true);
    },
  );
});

describe("splitTradeName", () => {
  it("splitTradeName splits at D/B/A, DBA, D.B.A. and (DBA …) in any case", () => {
    expect(splitTradeName("UHCP D/B/A UPMC MEDICAL EDUCATION")).toEqual({ legal: "UHCP", dba: "UPMC MEDICAL EDUCATION" });
    expect(splitTradeName("ADROIX CORP (DBA CODEFORCE 360)")).toEqual({ legal: "ADROIX CORP", dba: "CODEFORCE 360" });
    expect(splitTradeName("6H, Inc d/b/a Coco 3 Beauty Supply")).toEqual({ legal: "6H, Inc", dba: "Coco 3 Beauty Supply" });
    expect(splitTradeName("2.7 AUGUST APPAREL, INC. DBA ENGLISH ROSE")).toEqual({ legal: "2.7 AUGUST APPAREL, INC.", dba: "ENGLISH ROSE" });
    expect(splitTradeName("Sharp Electronics Corporation D/b/a Sharp Microelectronics Of Th")).toEqual({
      legal: "Sharp Electronics Corporation",
      dba: "Sharp Microelectronics Of Th",
    });
    expect(splitTradeName("FOO, INC., D.B.A. BAR")).toEqual({ legal: "FOO, INC.", dba: "BAR" });
    expect(splitTradeName("FOO INC DBA: BAR")).toEqual({ legal: "FOO INC", dba: "BAR" });
  });

  it("splitTradeName cleans both parts but does not normalise them", () => {
    expect(splitTradeName("  ERNST &AMP;  YOUNG  dba  EY ")).toEqual({ legal: "ERNST & YOUNG", dba: "EY" });
  });

  it("splitTradeName returns dba null without a marker, or with nothing on one side", () => {
    expect(splitTradeName("Google Inc.")).toEqual({ legal: "Google Inc.", dba: null });
    expect(splitTradeName("DBA SYSTEMS INC")).toEqual({ legal: "DBA SYSTEMS INC", dba: null });
    expect(splitTradeName("FOO DBA")).toEqual({ legal: "FOO DBA", dba: null });
    expect(splitTradeName("GOOD BANK")).toEqual({ legal: "GOOD BANK", dba: null });
    expect(splitTradeName("DBASE SOLUTIONS")).toEqual({ legal: "DBASE SOLUTIONS", dba: null });
  });

  it("splitTradeName returns null for empty values", () => {
    expect(splitTradeName(null)).toBeNull();
    expect(splitTradeName("  ")).toBeNull();
  });

  const withMarkers = fc
    .array(fc.constantFrom("FOO", " ", ",", "(", ")", "DBA", "d/b/a", "D.B.A.", ":", "-", ";", "BAR", "&AMP;", "doing business as"), { maxLength: 12 })
    .map((parts) => parts.join(""));

  test.prop([fc.oneof(fc.string({ unit: "binary" }), withMarkers)])(
    "splitTradeName never throws, and its legal part has no marker left",
    (s) => {
      const out = splitTradeName(s);
      if (out === null) return;
      expect(out.legal.length).toBeGreaterThan(0);
      expect(splitTradeName(out.legal)).toEqual({ legal: out.legal, dba: null });
      if (out.dba !== null) expect(out.dba).toBe(out.dba.trim());
    },
  );
});

import type { NameVariant, NameVariantKind } from "./name-variants";

/** A named quirk employer every world starts with (all fictional). */
export interface SpecialSpec {
  readonly special: string;
  readonly industry: string;
  readonly legalName: string;
  readonly tradeName?: string;
  readonly variants?: readonly NameVariant[];
  readonly rebrand?: { readonly from: string; readonly legalName: string; readonly variants: readonly NameVariant[] };
  /** Index of the parent employer (for subsidiaries). */
  readonly parent?: number;
  readonly permRate: number;
}

const v = (name: string, kind: NameVariantKind, weight: number): NameVariant => ({ name, kind, weight });

/** The named quirk employers that every world starts with, in order (employer keys E00001…E00010). */
export const SPECIAL_EMPLOYERS: readonly SpecialSpec[] = [
  {
    special: "accented-name", industry: "semiconductor", legalName: "Lumière Précision America, Inc.", permRate: 6,
    variants: [
      v("Lumière Précision America, Inc.", "legal", 1), v("LUMIÈRE PRÉCISION AMERICA, INC.", "upper", 0.5),
      v("Lumiere Precision America Inc", "ascii-folded", 0.3),
    ],
  },
  {
    special: "curly-apostrophe-ampersand", industry: "engineering-services", permRate: 6,
    legalName: "O’Donnell & Kaur Engineering, P.C.",
    variants: [
      v("O’Donnell & Kaur Engineering, P.C.", "legal", 1), v("O'DONNELL &AMP; KAUR ENGINEERING, P.C.", "amp-entity", 0.4),
      v("O’DONNELL & KAUR ENGINEERING PC", "upper-no-punct", 0.3),
    ],
  },
  {
    special: "amp-entity", industry: "consulting", legalName: "Harlow & Quince LLP", permRate: 8,
    variants: [
      v("Harlow & Quince LLP", "legal", 1), v("HARLOW &AMP;  QUINCE LLP", "amp-entity", 0.4),
      v("HARLOW & QUINCE LLP", "upper", 0.6), v("Harlow & Quince, LLP", "no-comma", 0.2),
    ],
  },
  {
    special: "dba", industry: "restaurant", legalName: "Pinecrest Hospitality Group, Inc.", tradeName: "Saffron Table",
    permRate: 5,
    variants: [
      v("Pinecrest Hospitality Group, Inc.", "legal", 1),
      v("PINECREST HOSPITALITY GROUP, INC. D/B/A SAFFRON TABLE", "dba", 0.6),
      v("Pinecrest Hospitality Group, Inc. dba Saffron Table", "dba", 0.4),
    ],
  },
  {
    special: "rebrand", industry: "software", legalName: "Corvana Data Inc.", permRate: 10,
    variants: [v("Corvana Data Inc.", "legal", 1), v("CORVANA DATA INC", "upper-no-punct", 0.4), v("Corvana Data, Inc.", "no-comma", 0.3)],
    rebrand: {
      from: "2023-07-01", legalName: "Corvana Data LLC",
      variants: [v("Corvana Data LLC", "legal", 1), v("CORVANA DATA LLC", "upper", 0.5), v("Corvana Data, LLC", "no-comma", 0.2)],
    },
  },
  {
    special: "parent", industry: "software", legalName: "Halvorsen Group Holdings, Inc.", permRate: 7,
    variants: [v("Halvorsen Group Holdings, Inc.", "legal", 1), v("HALVORSEN GROUP HOLDINGS INC", "upper-no-punct", 0.4)],
  },
  {
    special: "subsidiary", industry: "it-services", legalName: "Halvorsen Technologies, LLC", permRate: 8, parent: 5,
    variants: [v("Halvorsen Technologies, LLC", "legal", 1), v("HALVORSEN TECHNOLOGIES LLC", "upper-no-punct", 0.5)],
  },
  {
    special: "subsidiary", industry: "software", legalName: "Halvorsen Health Analytics, Inc.", permRate: 6, parent: 5,
    variants: [v("Halvorsen Health Analytics, Inc.", "legal", 1), v("HALVORSEN HEALTH ANALYTICS, INC.", "upper", 0.5)],
  },
  {
    special: "double-space", industry: "it-services", legalName: "Sedrano Consulting Group Inc.", permRate: 5,
    variants: [
      v("Sedrano Consulting Group Inc.", "legal", 1), v("SEDRANO  CONSULTING  GROUP INC", "double-space", 0.5),
      v("SEDRANO CONSULTING GROUP INC.", "upper", 0.5),
    ],
  },
  {
    special: "glued-suffix", industry: "it-services", legalName: "Tavrix Consultancy Services Limited", permRate: 18,
    variants: [
      v("Tavrix Consultancy Services Limited", "legal", 1), v("TAVRIX CONSULTANCY SERVICES LIMITED", "upper", 0.8),
      v("TAVRIX CONSULTANCY SERVICESLIMITED", "glued-suffix", 0.15),
    ],
  },
];

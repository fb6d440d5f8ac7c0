import { type Rng, weightedIndex } from "./random";

/** How a spelling of an employer's name differs from its legal name (QUIRKS §3). */
export type NameVariantKind =
  | "legal"
  | "upper"
  | "no-comma"
  | "no-period"
  | "upper-no-punct"
  | "double-space"
  | "amp-entity"
  | "dba"
  | "glued-suffix"
  | "ascii-folded";

/** One spelling of an employer's name, with its relative frequency. */
export interface NameVariant {
  readonly name: string;
  readonly kind: NameVariantKind;
  /** Relative frequency among this name's spellings. */
  readonly weight: number;
}

const SUFFIX_RE = /,?\s+(Inc\.?|LLC|L\.L\.C\.|LLP|L\.P\.|Corp\.?|Corporation|Incorporated|Co\.|P\.C\.|PLLC|Limited|& Co\. LLC)$/;

/** Spellings of a legal name as they appear across filings (QUIRKS #13–16). */
export function nameVariants(legalName: string, tradeName: string | null, rng: Rng): NameVariant[] {
  const candidates: NameVariant[] = [];
  const add = (name: string, kind: NameVariantKind, weight: number): void => {
    if (name !== legalName && !candidates.some((c) => c.name === name)) candidates.push({ name, kind, weight });
  };
  const upper = legalName.toUpperCase();
  add(upper, "upper", 0.5);
  const suffix = SUFFIX_RE.exec(legalName);
  if (suffix) {
    const base = legalName.slice(0, suffix.index);
    const bare = suffix[1] ?? "";
    if (legalName.includes(",")) add(`${base} ${bare}`, "no-comma", 0.25);
    else if (/^(Inc|Corp|Co)/.test(bare)) add(`${base}, ${bare}`, "no-comma", 0.2);
    if (bare.endsWith(".")) add(legalName.replace(/\.$/, ""), "no-period", 0.2);
    add(upper.replace(/[.,]/g, "").replace(/\s+/g, " "), "upper-no-punct", 0.15);
  }
  if (legalName.includes(" ")) {
    const spaces = [...legalName.matchAll(/ /g)].map((m) => m.index);
    const at = spaces[Math.floor(rng.next() * spaces.length)] ?? 0;
    add(`${upper.slice(0, at)}  ${upper.slice(at + 1)}`, "double-space", 0.06);
  }
  const keep: NameVariant[] = [{ name: legalName, kind: "legal", weight: 1 }];
  const extra = Math.min(candidates.length, weightedIndex(rng, [0.25, 0.35, 0.25, 0.15]));
  const pool = [...candidates];
  for (let i = 0; i < extra; i++) {
    const j = weightedIndex(rng, pool.map((c) => c.weight));
    const [chosen] = pool.splice(j, 1);
    if (chosen) keep.push(chosen);
  }
  if (tradeName) keep.push({ name: `${upper} D/B/A ${tradeName.toUpperCase()}`, kind: "dba", weight: 0.3 });
  return keep;
}

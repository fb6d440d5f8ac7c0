import { yyddd } from "./calendar";
import { type Rng, randInt } from "./random";

/** Issues unique case numbers for one generation run. */
export interface CaseNumbers {
  /** `A-YYDDD-NNNNN` (iCERT PERM), `G-100-YYDDD-NNNNNN` (FLAG PERM), `I-200-…` (LCA), `P-100-…` (PWD). */
  next(kind: "A" | "G" | "I" | "P", receivedIso: string): string;
}

/**
 * A case-number source that never repeats a number within one run. Each (kind, receipt day) has a counter
 * that a multiplicative bijection modulo 10^5 / 10^6 scrambles, from a random start: numbers look random,
 * are unique without remembering them, and cost O(1) (the bench files need 850,000).
 */
export function createCaseNumbers(rng: Rng): CaseNumbers {
  const counters = new Map<string, { start: number; count: number }>();
  return {
    next(kind, receivedIso) {
      const day = yyddd(receivedIso);
      const key = kind + day;
      let counter = counters.get(key);
      if (!counter) {
        counter = { start: randInt(rng, 0, 999_999), count: 0 };
        counters.set(key, counter);
      }
      const n = counter.count++;
      if (kind === "A") {
        if (n >= 100_000) throw new Error(`More than 100,000 PERM cases received on ${receivedIso}`);
        return `A-${day}-${String((n * 73_637 + counter.start) % 100_000).padStart(5, "0")}`;
      }
      if (n >= 1_000_000) throw new Error(`More than 1,000,000 ${kind} cases received on ${receivedIso}`);
      return `${kind}-${kind === "I" ? "200" : "100"}-${day}-${String((n * 736_279 + counter.start) % 1_000_000).padStart(6, "0")}`;
    },
  };
}


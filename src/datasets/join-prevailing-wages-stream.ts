import { pwdKey, type PwIndex } from "./build-pw-index";
import type { Filing } from "./filing";
import { isPwJoinCandidate, joinPrevailingWages } from "./join-prevailing-wages";

/**
 * How a PW join went. `candidates` = new-form PERM filings with a PWD number; `matched` = those whose
 * PWD number is in the index (whether or not a field was missing); `unmatched` = the rest, which are
 * passed through unchanged (counted, never dropped); `rate` = matched / candidates, null when there
 * were no candidates.
 */
export interface PwJoinStats {
  candidates: number;
  matched: number;
  unmatched: number;
  rate: number | null;
}

/** A joiner: `join` one filing at a time; `stats` and `unmatchedPwdNumbers` fill in as it goes. */
export interface PwJoiner {
  join(filing: Filing): Filing;
  readonly stats: PwJoinStats;
  /** The first `maxUnmatched` PWD numbers not found (for a report). */
  readonly unmatchedPwdNumbers: string[];
}

/**
 * Empty join statistics (no candidates yet; `rate` is null until there is one).
 *
 * @example
 * emptyPwJoinStats(); // => { candidates: 0, matched: 0, unmatched: 0, rate: null }
 */
export function emptyPwJoinStats(): PwJoinStats {
  return { candidates: 0, matched: 0, unmatched: 0, rate: null };
}

/**
 * A stateful joiner over a {@link PwIndex}, for callers that hold filings in batches.
 *
 * @example
 * const joiner = createPwJoiner(await buildPwIndex(readDatasetStream(pwText)));
 * const { rows: perm } = await readDataset(newFormText);
 * const joined = perm.map(joiner.join);
 * joiner.stats; // => { candidates: 95, matched: 95, unmatched: 0, rate: 1 }
 * joined[0].pwJoin?.fields.includes("pwLevel"); // => true
 */
export function createPwJoiner(pwIndex: PwIndex, options: { maxUnmatched?: number } = {}): PwJoiner {
  const max = options.maxUnmatched ?? 1000;
  const stats = emptyPwJoinStats();
  const unmatchedPwdNumbers: string[] = [];
  return {
    stats,
    unmatchedPwdNumbers,
    join(filing) {
      if (!isPwJoinCandidate(filing)) return filing;
      stats.candidates++;
      if (pwIndex.byCase.has(pwdKey(filing.pwdCaseNumber!))) stats.matched++;
      else {
        stats.unmatched++;
        if (unmatchedPwdNumbers.length < max) unmatchedPwdNumbers.push(filing.pwdCaseNumber!);
      }
      stats.rate = stats.matched / stats.candidates;
      return joinPrevailingWages(filing, pwIndex);
    },
  };
}

/** A stream of joined filings whose statistics fill in as it is iterated. */
export interface JoinedFilingStream extends AsyncIterable<Filing> {
  readonly stats: PwJoinStats;
  readonly unmatchedPwdNumbers: string[];
}

/**
 * Join a stream of filings (any mix; only new-form PERM filings are touched) to a {@link PwIndex}, one
 * filing at a time, counting candidates, matches and misses. Nothing is dropped.
 *
 * @example
 * const pwIndex = await buildPwIndex(readDatasetStream(pwText));
 * const joined = joinPrevailingWagesStream(readDatasetStream(newFormText), pwIndex);
 * let withLevel = 0;
 * for await (const f of joined) if (f.wages.pwLevel !== null) withLevel++;
 * withLevel; // => 95
 * joined.stats; // => { candidates: 95, matched: 95, unmatched: 0, rate: 1 }
 */
export function joinPrevailingWagesStream(
  filings: AsyncIterable<Filing> | Iterable<Filing>,
  pwIndex: PwIndex,
  options: { maxUnmatched?: number } = {},
): JoinedFilingStream {
  const joiner = createPwJoiner(pwIndex, options);
  return {
    stats: joiner.stats,
    unmatchedPwdNumbers: joiner.unmatchedPwdNumbers,
    async *[Symbol.asyncIterator]() {
      for await (const f of filings) yield joiner.join(f);
    },
  };
}

// Shift generated FY2025 disclosure text back k fiscal years (used by the sponsor-index benchmarks).

const isLeap = (y) => (y % 4 === 0 && y % 100 !== 0) || y % 400 === 0;
/** Move a FY2025 file back `k` years: ISO dates and the YY of case numbers (so years never share a case). */
export function* shifted(chunks, k) {
  for (const chunk of chunks) {
    if (k === 0) {
      yield chunk;
      continue;
    }
    yield chunk
      .replace(/\b(20\d\d)-(\d\d)-(\d\d)\b/g, (_, y, m, d) => {
        const year = Number(y) - k;
        return `${year}-${m}-${m === "02" && d === "29" && !isLeap(year) ? "28" : d}`;
      })
      .replace(/\b([A-Z]-\d{3}-)(\d\d)(\d{3}-\d{6})\b/g, (_, a, yy, rest) => `${a}${String(Number(yy) - k).padStart(2, "0")}${rest}`);
  }
}


/** A table cell: numbers are right-aligned and never shortened. */
export type TableCell = string | number;

/** Options of {@link formatTable}. */
export interface FormatTableOptions {
  /** Longest line allowed (default 80): the widest text columns are shortened with "…" to fit. */
  maxWidth?: number;
  /** Indexes of text columns to shorten before the others (e.g. a long free-text column). */
  elastic?: readonly number[];
}

const GAP = 2;
const MIN_TEXT = 4;

/**
 * Render rows as a plain-text table with right-aligned numbers, at most `maxWidth` characters a line.
 * When too wide, the widest text columns shrink one character at a time and their cells end in "…";
 * columns of numbers (or of number-like text such as "12.5%") keep the width of their values, though
 * a header wider than its values may be shortened as a last resort.
 *
 * @example
 * formatTable(["name", "n"], [["Acme", 3]]); // => "name  n\n----  -\nAcme  3\n"
 */
export function formatTable(header: readonly string[], rows: readonly (readonly TableCell[])[], { maxWidth = 80, elastic = [] }: FormatTableOptions = {}): string {
  const widths = header.map((h, i) => Math.max(h.length, ...rows.map((r) => String(r[i] ?? "").length)));
  const shrinkable = header.map((_, i) => rows.some((r) => typeof r[i] === "string" && /\p{L}/u.test(r[i] as string)));
  const total = () => widths.reduce((a, b) => a + b, 0) + GAP * Math.max(0, widths.length - 1);
  // First the elastic text columns, then the widest text columns, down to MIN_TEXT; then headers wider than their (numeric) cells.
  const dataWidth = header.map((_, i) => Math.max(1, ...rows.map((r) => String(r[i] ?? "").length)));
  const floor = (i: number) => (shrinkable[i] ? Math.min(MIN_TEXT, widths[i]!) : dataWidth[i]!);
  const phases: ((i: number) => boolean)[] = [(i) => shrinkable[i]! && elastic.includes(i), (i) => shrinkable[i]!, (i) => !shrinkable[i]];
  for (const inPhase of phases) {
    while (total() > maxWidth) {
      let widest = -1;
      for (let i = 0; i < widths.length; i++) {
        if (inPhase(i) && widths[i]! > floor(i) && (widest < 0 || widths[i]! > widths[widest]!)) widest = i;
      }
      if (widest < 0) break;
      widths[widest]!--;
    }
  }
  const fit = (s: string, w: number) => (s.length > w ? `${s.slice(0, Math.max(0, w - 1))}…` : s);
  const line = (cells: readonly TableCell[]) =>
    widths
      .map((w, i) => {
        const c = cells[i] ?? "";
        return typeof c === "number" ? String(c).padStart(w) : fit(c, w).padEnd(w);
      })
      .join(" ".repeat(GAP))
      .trimEnd();
  return [line(header), widths.map((w) => "-".repeat(w)).join(" ".repeat(GAP)), ...rows.map(line)].join("\n") + "\n";
}

/**
 * Word-wrap prose to `width` columns; continuation lines start with `indent` (words longer than a
 * line stay whole, leading spaces are kept).
 *
 * @example
 * wrapText("one two three", 7); // => "one two\nthree"
 */
export function wrapText(text: string, width = 80, indent = ""): string {
  return text
    .split("\n")
    .map((paragraph) => {
      const lead = /^ */.exec(paragraph)![0];
      const lines: string[] = [];
      let current = lead;
      let empty = true;
      for (const word of paragraph.slice(lead.length).split(/ +/)) {
        if (!empty && current.length + 1 + word.length > width) {
          lines.push(current);
          current = indent + word;
        } else current = empty ? current + word : `${current} ${word}`;
        empty = false;
      }
      lines.push(current);
      return lines.join("\n");
    })
    .join("\n");
}

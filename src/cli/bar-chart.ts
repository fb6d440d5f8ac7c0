/** One bar: a label and a count. */
export interface Bar {
  readonly label: string;
  readonly value: number;
}

const PARTIAL = ["", "▏", "▎", "▍", "▌", "▋", "▊", "▉"];

/**
 * A horizontal bar chart in block characters, one line a bar, scaled so the largest value fills the
 * space left by the labels and counts; every line is at most `width` characters. A value above zero
 * always shows at least "▏".
 *
 * @example
 * barChart([{ label: "FY2024", value: 4 }, { label: "FY2025", value: 2 }], { width: 20 });
 * // => "FY2024 ███████████ 4\nFY2025 █████▌      2\n"
 */
export function barChart(bars: readonly Bar[], { width = 80 }: { width?: number } = {}): string {
  if (bars.length === 0) return "";
  const counts = bars.map((b) => b.value.toLocaleString("en-US"));
  const labelWidth = Math.max(...bars.map((b) => b.label.length));
  const countWidth = Math.max(...counts.map((c) => c.length));
  const barWidth = Math.max(1, width - labelWidth - countWidth - 2);
  const max = Math.max(...bars.map((b) => b.value));
  return bars
    .map((b, i) => {
      let eighths = max > 0 ? Math.round((Math.max(0, b.value) / max) * barWidth * 8) : 0;
      if (b.value > 0 && eighths === 0) eighths = 1;
      const bar = "█".repeat(Math.floor(eighths / 8)) + PARTIAL[eighths % 8]!;
      return `${b.label.padEnd(labelWidth)} ${bar.padEnd(barWidth)} ${counts[i]!.padStart(countWidth)}`;
    })
    .join("\n")
    .concat("\n");
}

/**
 * Progress of long work (read, build, score) on stderr. On a terminal: one bar redrawn with `\r`
 * (done/total, rows per second, time left) and cleared at the end. Otherwise, or with --quiet: plain
 * lines, one when a file is finished and at most one every `every` milliseconds in between.
 *
 * @module
 */
import { widthOf, type Io } from "./io";

/** Where a long job is. */
export interface ProgressUpdate {
  /** What is being worked on (a file name, "listings"). */
  readonly label: string;
  /** Units done and the total when known (bytes of a file, or listings). */
  readonly done: number;
  readonly total: number | null;
  /** Rows handled so far (for the rate). */
  readonly rows: number;
}

/** Options of {@link createProgress}. */
export interface ProgressOptions {
  /** Plain lines even on a terminal. */
  readonly quiet?: boolean;
  /** What `done`/`total` count (default bytes). */
  readonly unit?: "bytes" | "rows";
  /** Least milliseconds between two redraws of the bar (default 100). */
  readonly redraw?: number;
  /** Least milliseconds between two plain progress lines (default 10,000). */
  readonly every?: number;
  /** Bar width in characters (default 20). */
  readonly barWidth?: number;
}

/** A progress display; {@link createProgress} makes one. */
export interface Progress {
  /** Report where the job is (throttled). */
  update(p: ProgressUpdate): void;
  /** Print a finished step as a line (clears the bar first). */
  line(text: string): void;
  /** Print a finished step as a line in plain-line mode only (a bar already shows it). */
  step(text: string): void;
  /** Clear the bar. */
  done(): void;
}

/** The clock of `io`, else `performance.now`, else `Date.now`. */
export function clockOf(io: Io): () => number {
  if (io.now) return io.now;
  if (typeof performance !== "undefined") return () => performance.now();
  return () => Date.now();
}

/**
 * A progress display writing to `io.stderr`.
 *
 * @example
 * const lines: string[] = [];
 * const p = createProgress({ stdout: () => {}, stderr: (s) => void lines.push(s), isTTY: false });
 * p.update({ label: "PERM.csv", done: 512, total: 1024, rows: 100 }); // not a terminal: no bar
 * p.line("PERM.csv: 100 rows");
 * p.done();
 * lines; // => ["PERM.csv: 100 rows\n"]
 */
export function createProgress(io: Io, { quiet = false, unit = "bytes", redraw = 100, every = 10_000, barWidth = 20 }: ProgressOptions = {}): Progress {
  const now = clockOf(io);
  const bar = io.isTTY && !quiet;
  let label = "";
  let startedAt = 0;
  let lastDraw = -Infinity;
  let drawn = 0;
  const clear = () => {
    if (drawn > 0) io.stderr(`\r${" ".repeat(drawn)}\r`);
    drawn = 0;
  };
  return {
    update(p) {
      const t = now();
      if (p.label !== label) {
        label = p.label;
        startedAt = t;
        if (!bar) lastDraw = t; // a plain line only after `every` ms on the same step
      }
      if (t - lastDraw < (bar ? redraw : every) && !(bar && drawn === 0)) return;
      lastDraw = t;
      const seconds = (t - startedAt) / 1000;
      let text = progressText(p, seconds, unit, bar ? barWidth : 0);
      if (bar && text.length > widthOf(io) - 1) {
        // Too wide for the terminal: a shorter bar, then the middle of the label gives way.
        text = progressText(p, seconds, unit, Math.min(barWidth, 10));
        const over = text.length - (widthOf(io) - 1);
        if (over > 0) text = progressText({ ...p, label: middleEllipsis(p.label, p.label.length - over) }, seconds, unit, Math.min(barWidth, 10));
      }
      if (bar) {
        io.stderr(`\r${text.padEnd(drawn)}`);
        drawn = Math.max(drawn, text.length);
      } else io.stderr(`${text}\n`);
    },
    line(text) {
      clear();
      io.stderr(`${text}\n`);
    },
    step(text) {
      if (!bar) io.stderr(`${text}\n`);
    },
    done() {
      clear();
    },
  };
}

/**
 * One progress text: label, bar, done/total, rows per second and time left.
 *
 * @example
 * progressText({ label: "a.csv", done: 512, total: 1024, rows: 100 }, 2, "bytes", 10);
 * // => "a.csv [█████     ] 50% 512 B/1.0 KB · 50 rows/s · ETA 0:02"
 */
export function progressText(p: ProgressUpdate, seconds: number, unit: "bytes" | "rows", barWidth: number): string {
  const parts = [p.label];
  const fraction = p.total ? Math.min(1, p.done / p.total) : null;
  if (fraction !== null && barWidth > 0) {
    const filled = Math.round(fraction * barWidth);
    parts.push(`[${"█".repeat(filled)}${" ".repeat(barWidth - filled)}]`);
  }
  const amount = (n: number) => (unit === "bytes" ? formatBytes(n) : n.toLocaleString("en-US"));
  parts.push(fraction === null ? amount(p.done) : `${Math.floor(fraction * 100)}% ${amount(p.done)}/${amount(p.total!)}`);
  let text = parts.join(" ");
  if (seconds > 0) {
    text += ` · ${Math.round(p.rows / seconds).toLocaleString("en-US")} rows/s`;
    if (fraction !== null && p.done > 0) text += ` · ETA ${formatDuration(((p.total! - p.done) / p.done) * seconds)}`;
  }
  return text;
}

/**
 * Bytes in B, KB, MB or GB (powers of 1024), one decimal from KB up.
 *
 * @example
 * formatBytes(1536); // => "1.5 KB"
 */
export function formatBytes(n: number): string {
  if (n < 1024) return `${n} B`;
  const units = ["KB", "MB", "GB", "TB"];
  let v = n / 1024;
  let i = 0;
  while (v >= 1024 && i < units.length - 1) {
    v /= 1024;
    i++;
  }
  return `${v.toFixed(1)} ${units[i]}`;
}

/**
 * Seconds as m:ss, or h:mm:ss from an hour up.
 *
 * @example
 * formatDuration(75); // => "1:15"
 */
export function formatDuration(seconds: number): string {
  const s = Math.max(0, Math.round(seconds));
  const h = Math.floor(s / 3600);
  const m = Math.floor((s % 3600) / 60);
  const ss = String(s % 60).padStart(2, "0");
  return h > 0 ? `${h}:${String(m).padStart(2, "0")}:${ss}` : `${m}:${ss}`;
}

/**
 * Shorten text to `n` characters by replacing its middle with "…" (the start and the end are what
 * tell files apart).
 *
 * @example
 * middleEllipsis("PERM_Disclosure_Data_FY2017.csv", 16); // => "PERM_…FY2017.csv"
 */
export function middleEllipsis(text: string, n: number): string {
  if (text.length <= n) return text;
  if (n <= 1) return "…";
  const head = Math.ceil((n - 1) / 3);
  return `${text.slice(0, head)}…${text.slice(text.length - (n - 1 - head))}`;
}

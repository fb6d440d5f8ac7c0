/** Where a command writes; tests pass their own. Nothing in the CLI touches `process` except bin.ts and {@link processIo}. */
export interface Io {
  stdout: (s: string) => void;
  stderr: (s: string) => void;
  /** Whether stderr is a terminal: progress redraws one line with `\r` only then. */
  isTTY: boolean;
  /** Width of the terminal for tables and charts (default 80). */
  columns?: number;
  /** A clock in milliseconds for progress rates and throttling (default `performance.now`). */
  now?: () => number;
}

/** The Io of the running process. A closed stdout (`… | head`) ends output quietly instead of crashing. */
export function processIo(): Io {
  process.stdout.on("error", (e: NodeJS.ErrnoException) => {
    if (e.code !== "EPIPE") throw e;
  });
  const columns = process.stdout.isTTY ? process.stdout.columns : undefined;
  return {
    stdout: (s: string) => void process.stdout.write(s),
    stderr: (s: string) => void process.stderr.write(s),
    isTTY: Boolean(process.stderr.isTTY),
    ...(columns ? { columns } : {}),
  };
}

/** The width tables and charts must fit. */
export function widthOf(io: Io): number {
  return io.columns !== undefined && io.columns >= 40 ? io.columns : 80;
}

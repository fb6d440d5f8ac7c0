import { describe, expect, it } from "vitest";
import type { Io } from "./io";
import { createProgress, formatBytes, formatDuration, middleEllipsis, progressText } from "./progress";

function fakeIo(isTTY: boolean) {
  let t = 0;
  const io = { stdout: () => {}, stderr: (s: string) => void (io.err += s), isTTY, now: () => t, err: "" };
  return { io: io as Io & { err: string }, tick: (ms: number) => void (t += ms) };
}

describe("createProgress", () => {
  it("on a TTY redraws one line with \\r (bytes, rows/s, ETA), throttled by the injected clock, and clears it", () => {
    const { io, tick } = fakeIo(true);
    const p = createProgress(io, { redraw: 100 });
    p.update({ label: "a.csv", done: 0, total: 2048, rows: 0 });
    tick(1000);
    p.update({ label: "a.csv", done: 1024, total: 2048, rows: 500 });
    tick(50); // within the redraw interval: not drawn
    p.update({ label: "a.csv", done: 1536, total: 2048, rows: 700 });
    p.done();
    const frames = io.err.split("\r").filter((f) => f.trim() !== "");
    expect(frames).toEqual(["a.csv [                    ] 0% 0 B/2.0 KB", "a.csv [██████████          ] 50% 1.0 KB/2.0 KB · 500 rows/s · ETA 0:01"]);
    expect(io.err).not.toContain("\n");
    expect(io.err.endsWith(`\r${" ".repeat(frames[1]!.length)}\r`)).toBe(true);
  });

  it("on a TTY keeps the line within the terminal width", () => {
    const { io, tick } = fakeIo(true);
    const p = createProgress({ ...io, columns: 50 });
    tick(1000);
    p.update({ label: `${"x".repeat(60)}.csv`, done: 10, total: 100, rows: 10 });
    const frame = io.err.replace(/^\r/, "");
    expect(frame.length).toBeLessThanOrEqual(49);
    expect(frame).toMatch(/^x+…x+\.csv \[█ +\] 10% /);
  });

  it("without a TTY prints plain lines, no \\r: at most one every `every` ms, and each finished step", () => {
    const { io, tick } = fakeIo(false);
    const p = createProgress(io, { every: 10_000 });
    p.update({ label: "big.csv", done: 0, total: 4096, rows: 0 });
    tick(5_000);
    p.update({ label: "big.csv", done: 1024, total: 4096, rows: 1000 });
    tick(5_000);
    p.update({ label: "big.csv", done: 2048, total: 4096, rows: 2000 });
    tick(1_000);
    p.update({ label: "big.csv", done: 3072, total: 4096, rows: 3000 });
    p.step("big.csv: 4,000 rows");
    p.line("done reading");
    p.done();
    expect(io.err).not.toContain("\r");
    expect(io.err.split("\n")).toEqual(["big.csv 50% 2.0 KB/4.0 KB · 200 rows/s · ETA 0:10", "big.csv: 4,000 rows", "done reading", ""]);
  });

  it("--quiet on a TTY behaves like no TTY; step() is silent under a bar", () => {
    const quiet = fakeIo(true);
    const p = createProgress(quiet.io, { quiet: true });
    p.update({ label: "a", done: 1, total: 2, rows: 1 });
    p.step("a: 1 row");
    expect(quiet.io.err).toBe("a: 1 row\n");
    const bar = fakeIo(true);
    const q = createProgress(bar.io);
    q.step("hidden");
    expect(bar.io.err).toBe("");
  });

  it("counts rows instead of bytes when asked, and restarts the rate on a new label", () => {
    const { io, tick } = fakeIo(true);
    const p = createProgress(io, { unit: "rows" });
    p.update({ label: "first", done: 1, total: 10, rows: 1 });
    tick(2000);
    p.update({ label: "scoring listings", done: 5, total: 10, rows: 5 });
    expect(io.err).toContain("scoring listings [");
    expect(io.err).toContain("50% 5/10");
    expect(io.err).not.toContain("rows/s · ETA 0:02"); // the new label's clock starts at its first update
  });
});

describe("progress text", () => {
  it("progressText(update) gives label, bar, done/total, rate and time left", () => {
    expect(progressText({ label: "a.csv", done: 512, total: 1024, rows: 100 }, 2, "bytes", 10)).toBe(
      "a.csv [█████     ] 50% 512 B/1.0 KB · 50 rows/s · ETA 0:02",
    );
    expect(progressText({ label: "s", done: 7, total: null, rows: 7 }, 0, "rows", 10)).toBe("s 7");
  });
  it("middleEllipsis(text, n) keeps the start and the end", () => {
    expect(middleEllipsis("PERM_Disclosure_Data_FY2017.csv", 16)).toBe("PERM_…FY2017.csv");
    expect(middleEllipsis("short", 16)).toBe("short");
  });
  it("formatBytes and formatDuration", () => {
    expect(formatBytes(1536)).toBe("1.5 KB");
    expect(formatBytes(3 * 2 ** 20)).toBe("3.0 MB");
    expect(formatDuration(75)).toBe("1:15");
    expect(formatDuration(3725)).toBe("1:02:05");
  });
});

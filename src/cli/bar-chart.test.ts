import { describe, expect, it } from "vitest";
import { barChart } from "./bar-chart";

describe("barChart", () => {
  it("barChart(bars) scales bars to the largest value, in eighths of a block, with right-aligned counts", () => {
    expect(barChart([{ label: "FY2024", value: 4 }, { label: "FY2025", value: 2 }], { width: 20 })).toBe("FY2024 ███████████ 4\nFY2025 █████▌      2\n");
  });
  it("barChart(bars) keeps every line within the width (default 80)", () => {
    const bars = [{ label: "FY2017", value: 14 }, { label: "FY2019", value: 1234 }, { label: "FY?", value: 3 }];
    const lines = barChart(bars).trimEnd().split("\n");
    expect(lines).toHaveLength(3);
    for (const l of lines) expect(l.length).toBe(80);
    expect(lines[1]).toMatch(/^FY2019 █+ 1,234$/);
    expect(lines[2]).toMatch(/^FY\? +▏ +3$/);
  });
  it("barChart(bars) shows a sliver for any value above zero and nothing for zero", () => {
    const lines = barChart([{ label: "a", value: 1000 }, { label: "b", value: 1 }, { label: "c", value: 0 }], { width: 30 }).split("\n");
    expect(lines[1]).toMatch(/^b ▏ +1$/);
    expect(lines[2]).toMatch(/^c {2,}0$/);
  });
  it("barChart([]) is empty", () => {
    expect(barChart([])).toBe("");
  });
});

import { afterEach, beforeEach, vi } from "vitest";

// Library code never prints: a console call inside a test fails it (zod's fail-on-console habit).
const methods = ["log", "info", "warn", "error", "debug"] as const;
beforeEach(() => {
  for (const m of methods) {
    vi.spyOn(console, m).mockImplementation((...args: unknown[]) => {
      throw new Error(`console.${m} called during a test: ${args.map(String).join(" ")}`);
    });
  }
});
afterEach(() => {
  vi.restoreAllMocks();
});

import { defineConfig } from "tsup";

export default defineConfig({
  entry: { index: "src/index.ts", node: "src/node.ts", cli: "src/cli/bin.ts", "piece-worker": "src/io/parallel/piece-worker.ts" },
  format: ["esm"],
  dts: { entry: { index: "src/index.ts", node: "src/node.ts" } },
  sourcemap: true,
  clean: true,
  target: "es2022",
  platform: "neutral",
  external: ["papaparse", "arquero", "zod", "date-fns"],
});

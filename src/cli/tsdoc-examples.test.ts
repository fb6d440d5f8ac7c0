/** Runs every `@example` in src/cli/ (see test/tsdoc-runner.ts); the command modules document themselves through --help. */
import { tsdocExamples } from "../../test/tsdoc-runner";

tsdocExamples({
  folders: ["cli"],
  skip: [
    "cli/bin.ts", // runs the program on import
    ...["backtest", "build", "employer", "generate", "occupations", "rank", "read", "score", "wage-level"].map((c) => `cli/${c}-command.ts`),
    "cli/command.ts",
    "cli/io.ts",
    "cli/main.ts",
    "cli/shared-options.ts",
    "cli/usage-error.ts",
  ],
});

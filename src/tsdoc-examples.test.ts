/** Runs every `@example` in src/errors.ts (see test/tsdoc-runner.ts). */
import { tsdocExamples } from "../test/tsdoc-runner";

tsdocExamples({ folders: ["."], skip: ["index.ts", "node.ts"] });

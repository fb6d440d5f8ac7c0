/** Runs every `@example` in src/io/xlsx (see test/tsdoc-runner.ts). */
import { tsdocExamples } from "../../../test/tsdoc-runner";

tsdocExamples({ folders: ["io/xlsx"], skip: ["io/xlsx/bench-exports.ts"] });

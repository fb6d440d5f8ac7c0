/** Runs every `@example` in src/generate (see test/tsdoc-runner.ts). */
import { tsdocExamples } from "../../test/tsdoc-runner";

tsdocExamples({ folders: ["generate"], nodeEdge: ["generate/write-sample-files.ts"] });

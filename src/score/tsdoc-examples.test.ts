/** Runs every `@example` in src/score (see test/tsdoc-runner.ts). */
import { tsdocExamples } from "../../test/tsdoc-runner";

tsdocExamples({ folders: ["score"] });

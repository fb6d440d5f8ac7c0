/** Runs every `@example` in src/normalize (see test/tsdoc-runner.ts). */
import { tsdocExamples } from "../../test/tsdoc-runner";

tsdocExamples({ folders: ["normalize"] });

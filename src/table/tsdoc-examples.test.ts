/** Runs every `@example` in src/table (see test/tsdoc-runner.ts). */
import { tsdocExamples } from "../../test/tsdoc-runner";

tsdocExamples({ folders: ["table"] });

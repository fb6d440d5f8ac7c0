/** Runs every `@example` in src/charts (see test/tsdoc-runner.ts). */
import { tsdocExamples } from "../../test/tsdoc-runner";

tsdocExamples({ folders: ["charts"] });

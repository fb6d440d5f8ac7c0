/** Runs every `@example` in src/sponsors (see test/tsdoc-runner.ts). */
import { tsdocExamples } from "../../test/tsdoc-runner";

tsdocExamples({ folders: ["sponsors"], nodeEdge: ["sponsors/snapshot-file.ts"] });

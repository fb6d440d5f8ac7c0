/** Runs every `@example` in src/datasets (see test/tsdoc-runner.ts). */
import { tsdocExamples } from "../../test/tsdoc-runner";

tsdocExamples({ folders: ["datasets", "datasets/perm", "datasets/lca", "datasets/pw"] });

import { existsSync } from "node:fs";
import { fileURLToPath } from "node:url";

/** ../shared/oflc/samples beside the repository (read-only real files); absent on a user's fresh clone. */
export const SHARED_SAMPLES = fileURLToPath(new URL("../../shared/oflc/samples/", import.meta.url));
export const HAVE_SHARED = existsSync(SHARED_SAMPLES);

/**
 * Option specs shared by several commands: --index, --format/--json, --out, --quiet, --verbose.
 *
 * @module
 */
import { flag, oneOf, option, text, type OptionSpec } from "./option-spec";
import { FORMATS, type Format } from "./output";

/** `--index FILE`, the snapshot written by `build` (required). */
export function indexOption(): OptionSpec<string> {
  return text("--index <FILE>", 'the snapshot written by "oflc-sponsors build"', { required: true });
}

/** `--format table|json|csv` and `--json` (= `--format json`); the command picks its own default. */
export function formatOptions(what = "the result"): { format: OptionSpec<Format | undefined>; json: OptionSpec<boolean> } {
  return {
    format: option("--format <FORMAT>", `print ${what} as table, json or csv (default: table)`, { parse: oneOf(FORMATS) }),
    json: flag("--json", "same as --format json", { implies: { format: "json" } }),
  };
}

/** `--out FILE` with a command's own description. */
export function outOption(description: string): OptionSpec<string | undefined> {
  return text("--out <FILE>", description);
}

/** Options every command has. */
export const COMMON_OPTIONS = {
  quiet: flag("-q, --quiet", "progress as plain lines, no redrawn bar", { group: "Output:" }),
  verbose: flag("--verbose", "on failure, print the cause (and the stack of an internal error)", { group: "Output:" }),
};

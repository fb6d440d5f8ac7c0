/**
 * Declarative options: one spec per flag (flags, description, parser, default), the value types
 * a command's `run` sees, and the parsers that turn a flag's text into a value or a usage error.
 *
 * @module
 */
import { UsageError } from "./usage-error";

/** One option of a command, as data. `T` is the type its value has in `run`. */
export interface OptionSpec<T> {
  /** Commander flags: "--top <N>", "-o, --out <FILE>", "--json". */
  readonly flags: string;
  readonly description: string;
  /** Turn the flag's text into a value; throw `UsageError("expected …")` when it is not one. */
  readonly parse?: (raw: string) => T;
  readonly defaultValue?: T;
  /** How the default reads in --help (default: the value). */
  readonly defaultLabel?: string;
  readonly required?: boolean;
  /** Other options this flag sets, e.g. `--json` sets `format: "json"`. */
  readonly implies?: Readonly<Record<string, unknown>>;
  /** Heading the option is listed under in --help (default "Options:"). */
  readonly group?: string;
}

/** Options keyed by their camelCase name ("--min-filings" → minFilings). */
export type OptionSpecs = Readonly<Record<string, OptionSpec<unknown>>>;

/** The values `run` receives for a set of option specs. */
export type OptionValues<O extends OptionSpecs> = { readonly [K in keyof O]: O[K] extends OptionSpec<infer T> ? T : never };

type Settings<T> = Omit<OptionSpec<T>, "flags" | "description">;
type Parsed<T> = Settings<T> & { readonly parse: (raw: string) => T };
type Always<T> = { readonly required: true } | { readonly defaultValue: T };

/** An option whose text `parse` turns into a value; always there when required or defaulted. */
export function option<T>(flags: string, description: string, settings: Parsed<T> & Always<T>): OptionSpec<T>;
/** An optional parsed option: `undefined` when not given. */
export function option<T>(flags: string, description: string, settings: Parsed<T>): OptionSpec<T | undefined>;
export function option<T>(flags: string, description: string, settings: Parsed<T>): OptionSpec<T> {
  return { flags, description, ...settings };
}

/** A text option that must be given or has a default. */
export function text(flags: string, description: string, settings: Omit<Settings<string>, "parse"> & Always<string>): OptionSpec<string>;
/** An optional text option: `undefined` when not given. */
export function text(flags: string, description: string, settings?: Omit<Settings<string>, "parse">): OptionSpec<string | undefined>;
export function text(flags: string, description: string, settings: Omit<Settings<string>, "parse"> = {}): OptionSpec<string | undefined> {
  return { flags, description, ...settings };
}

/** A boolean switch, false unless given. */
export function flag(flags: string, description: string, settings: Pick<Settings<boolean>, "implies" | "group"> = {}): OptionSpec<boolean> {
  return { flags, description, ...settings }; // commander leaves it undefined; the command layer makes that false
}

// Parsers: each throws UsageError("expected …"); the command layer prefixes `--flag "value": `.

/**
 * A whole number in [min, max].
 *
 * @example
 * wholeNumber(1)("25"); // => 25
 */
export function wholeNumber(min: number, max = Infinity): (raw: string) => number {
  const expected =
    max !== Infinity ? `a whole number from ${min} to ${max}` : min === 1 ? "a positive whole number" : min === 0 ? "a whole number, 0 or more" : `a whole number ≥ ${min}`;
  return (raw) => {
    const n = /^\s*[+-]?\d+\s*$/.test(raw) ? Number(raw) : NaN;
    if (!Number.isInteger(n) || n < min || n > max) throw new UsageError(`expected ${expected}`);
    return n;
  };
}

/**
 * One of a fixed list of words.
 *
 * @example
 * oneOf(["entity", "parent"])("parent"); // => "parent"
 */
export function oneOf<const V extends string>(values: readonly V[]): (raw: string) => V {
  return (raw) => {
    if (!(values as readonly string[]).includes(raw)) throw new UsageError(`expected ${values.length === 2 ? values.join(" or ") : `one of ${values.join(", ")}`}`);
    return raw as V;
  };
}

/**
 * A calendar date YYYY-MM-DD.
 *
 * @example
 * isoDate("2025-09-30"); // => "2025-09-30"
 */
export function isoDate(raw: string): string {
  if (!/^\d{4}-\d{2}-\d{2}$/.test(raw)) throw new UsageError("expected a date YYYY-MM-DD");
  return raw;
}

/**
 * A number of years above 0, up to 1000.
 *
 * @example
 * years("2.5"); // => 2.5
 */
export function years(raw: string): number {
  const v = raw.trim() === "" ? NaN : Number(raw);
  if (!(v > 0) || v > 1000) throw new UsageError("expected a number of years above 0, up to 1000");
  return v;
}

/**
 * A fiscal year such as 2023 or FY2023.
 *
 * @example
 * fiscalYear("FY2023"); // => 2023
 */
export function fiscalYear(raw: string): number {
  const n = /^(FY)?\d{4}$/i.test(raw.trim()) ? Number(raw.trim().replace(/^FY/i, "")) : NaN;
  if (!(n >= 1990 && n <= 2100)) throw new UsageError("expected a fiscal year like 2023");
  return n;
}

/**
 * A comma-separated list, each item checked by `each`.
 *
 * @example
 * list((s) => s.toUpperCase())("perm, lca"); // => ["PERM", "LCA"]
 */
export function list<T>(each: (item: string) => T): (raw: string) => T[] {
  return (raw) => {
    const items = raw.split(",").map((s) => s.trim()).filter((s) => s !== "");
    if (items.length === 0) throw new UsageError("expected a comma-separated list");
    return items.map((item) => {
      try {
        return each(item);
      } catch (e) {
        if (e instanceof UsageError && items.length > 1) throw new UsageError(`"${item}": ${e.message}`);
        throw e;
      }
    });
  };
}

/**
 * One declarative definition per command (name, summary, arguments, options, examples, run), turned
 * into a commander command that never exits the process and writes only through the injected Io.
 *
 * @module
 */
import { Command, Option } from "commander";
import { widthOf, type Io } from "./io";
import type { OptionSpec, OptionSpecs, OptionValues } from "./option-spec";
import { COMMON_OPTIONS } from "./shared-options";
import { UsageError } from "./usage-error";

/** What `run` gets: positional arguments, option values and the Io. */
export interface RunContext<O extends OptionSpecs> {
  readonly args: readonly string[];
  readonly opts: OptionValues<O & typeof COMMON_OPTIONS>;
  readonly io: Io;
}

/** A command as data. */
export interface CommandSpec<O extends OptionSpecs> {
  readonly name: string;
  /** One line, listed by `oflc-sponsors --help`. */
  readonly summary: string;
  /** The paragraph under the usage line of the command's --help. */
  readonly description: string;
  /** Commander argument syntax: "<files...>", "[files...]", "<name>". */
  readonly arguments?: readonly { readonly name: string; readonly description: string }[];
  /** The usage line after the command name (default from arguments and options). */
  readonly usage?: string;
  readonly options: O;
  /** Text after the options in --help (notes), before the examples. */
  readonly notes?: string;
  /** Real command lines that work on the bundled data-samples (after the build example). */
  readonly examples: readonly string[];
  readonly run: (ctx: RunContext<O>) => Promise<number>;
}

/** Any command spec (for registries). */
export type AnyCommandSpec = CommandSpec<OptionSpecs>;

/** Identity with inference: `defineCommand({ …, options: { top: option(…) }, run: ({ opts }) => … })`. */
export function defineCommand<const O extends OptionSpecs>(spec: CommandSpec<O>): CommandSpec<O> {
  return spec;
}

/** The Examples: block of a help text. */
export function examplesText(examples: readonly string[]): string {
  return `\nExamples:\n${examples.map((e) => `  ${e}`).join("\n")}`; // commander adds the final newline
}

/** exitOverride + configureOutput: errors are thrown, output goes to `io`, no colours. */
export function configureForIo(command: Command, io: Io): Command {
  return command
    .exitOverride()
    .configureOutput({
      writeOut: (s) => io.stdout(s),
      writeErr: (s) => io.stderr(s),
      outputError: () => {}, // main prints the one-line message from the thrown CommanderError
      getOutHelpWidth: () => widthOf(io),
      getErrHelpWidth: () => widthOf(io),
      getOutHasColors: () => false,
      getErrHasColors: () => false,
    });
}

/**
 * A commander command for a spec; `onExit` receives the code `run` resolved to.
 */
export function toCommander(spec: AnyCommandSpec, io: Io, onExit: (code: number) => void): Command {
  const command = configureForIo(new Command(spec.name), io).summary(spec.summary).description(spec.description.replace(/\n(?!\n)/g, " "));
  if (spec.usage !== undefined) command.usage(spec.usage);
  for (const a of spec.arguments ?? []) command.argument(a.name, a.description);
  const options: OptionSpecs = { ...spec.options, ...COMMON_OPTIONS };
  for (const [key, o] of Object.entries(options)) command.addOption(toOption(key, o));
  if (spec.notes) command.addHelpText("after", `\n${spec.notes.trimEnd()}`);
  command.addHelpText("after", examplesText(spec.examples));
  command.action(async (...received: unknown[]) => {
    const self = received[received.length - 1] as Command;
    const values: Record<string, unknown> = { ...self.opts() };
    for (const [key, o] of Object.entries(options)) if (!/[<[]/.test(o.flags)) values[key] = values[key] === true;
    const opts = values as OptionValues<OptionSpecs & typeof COMMON_OPTIONS>;
    onExit(await spec.run({ args: self.args, opts, io }));
  });
  return command;
}

function toOption(key: string, o: OptionSpec<unknown>): Option {
  const option = new Option(o.flags, o.required ? `${o.description} (required)` : o.description);
  if (option.attributeName() !== key) throw new Error(`option spec "${key}" has flags "${o.flags}" (attribute ${option.attributeName()})`);
  const parse = o.parse;
  if (parse) {
    const long = option.long ?? option.short ?? key;
    option.argParser((raw: string) => {
      try {
        return parse(raw);
      } catch (e) {
        if (e instanceof UsageError) throw new UsageError(`${long} "${raw}": ${e.message}`);
        throw e;
      }
    });
  }
  if (o.defaultValue !== undefined) option.default(o.defaultValue, o.defaultLabel);
  if (o.required) option.makeOptionMandatory();
  if (o.implies) option.implies(o.implies);
  if (o.group) option.helpGroup(o.group);
  return option;
}

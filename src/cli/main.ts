import { Command, CommanderError } from "commander";
import { DisclosureError } from "../errors";
import { backtestCommand } from "./backtest-command";
import { buildCommand } from "./build-command";
import { configureForIo, examplesText, toCommander, type AnyCommandSpec } from "./command";
import { employerCommand } from "./employer-command";
import { generateCommand } from "./generate-command";
import { processIo, type Io } from "./io";
import { occupationsCommand } from "./occupations-command";
import { rankCommand } from "./rank-command";
import { readCommand } from "./read-command";
import { scoreCommand } from "./score-command";
import { UsageError } from "./usage-error";
import { wageLevelCommand } from "./wage-level-command";

/** Where a command writes; tests pass their own. */
export type CliIo = Io;

/** Every command, in the order --help lists them. */
export const COMMANDS: readonly AnyCommandSpec[] = [
  readCommand,
  generateCommand,
  wageLevelCommand,
  buildCommand,
  employerCommand,
  occupationsCommand,
  rankCommand,
  scoreCommand,
  backtestCommand,
] as unknown as readonly AnyCommandSpec[];

const EXAMPLES = [
  "oflc-sponsors read data-samples",
  "oflc-sponsors build data-samples --out index.snap",
  'oflc-sponsors rank --index index.snap --title "Machine Learning Engineer" --state WA',
  'oflc-sponsors employer "Corvana Data" --index index.snap',
  "oflc-sponsors rank --help",
];

/** The commander program of the CLI; `onExit` receives a command's exit code. */
export function createProgram(io: Io, onExit: (code: number) => void): Command {
  const program = configureForIo(new Command("oflc-sponsors"), io)
    .description("Read OFLC PERM, LCA and prevailing-wage disclosure files, build a sponsor index, and rank likely green-card sponsors.")
    .usage("<command> [options]")
    .addHelpText("after", `${examplesText(EXAMPLES)}\n\nRun "oflc-sponsors <command> --help" for the options and examples of a command.`);
  for (const spec of COMMANDS) program.addCommand(toCommander(spec, io, onExit));
  return program;
}

/**
 * Run the CLI; resolves to the exit code: 0 ok, 1 runtime failure (a missing file, a bad snapshot),
 * 2 usage error (an unknown command or flag, a bad value, a missing argument). Never exits the process.
 */
export async function main(argv: string[], io: Io = processIo()): Promise<number> {
  let code = 0;
  const program = createProgram(io, (c) => void (code = c));
  if (argv.length === 0) {
    io.stdout(program.helpInformation());
    return 2;
  }
  const name = COMMANDS.some((c) => c.name === argv[0]) ? argv[0] : undefined;
  try {
    await program.parseAsync(argv, { from: "user" });
    return code;
  } catch (e) {
    return report(e, `oflc-sponsors${name ? ` ${name}` : ""}`, argv.includes("--verbose"), io);
  }
}

const oneLine = (s: string) => s.replace(/\s*\n\s*/g, " ").trim();

/** Print a failure as one line on stderr (more with --verbose) and return its exit code. */
function report(e: unknown, prefix: string, verbose: boolean, io: Io): number {
  if (e instanceof CommanderError) {
    if (e.exitCode === 0 || e.code === "commander.helpDisplayed" || e.code === "commander.version") return 0;
    io.stderr(`${prefix}: ${oneLine(e.message.replace(/^error: /, ""))}\n`);
    return 2;
  }
  const usage = e instanceof UsageError;
  const error = e instanceof Error ? e : new Error(String(e));
  io.stderr(`${prefix}: ${oneLine(error.message)}\n`);
  if (verbose) {
    if (usage || e instanceof DisclosureError) {
      if (error.cause !== undefined) io.stderr(`  cause: ${error.cause instanceof Error ? error.cause.message : String(error.cause)}\n`);
    } else io.stderr(`${error.stack ?? ""}\n`);
  }
  return usage ? 2 : 1;
}

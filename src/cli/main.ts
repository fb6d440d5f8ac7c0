import { DisclosureError } from "../errors";
import { readCommand, type Io } from "./read-command";
import { UsageError } from "./usage-error";

const HELP = `Usage: oflc-sponsors <command> [options]

Commands:
  read <files or folders...>   read and normalise OFLC disclosure files, print a summary
  generate [--out DIR]         write the seeded sample files (data-samples/) or full-size bench files
  wage-level --wages W --soc S the four wage levels of an occupation in an area; the level of an offer
  build <files or folders...>  build the sponsor index (employer x SOC x fiscal year), save a snapshot
  employer "<name or FEIN>"    an employer's profile from a snapshot (--index FILE)
  occupations "<job title>"    the SOC codes a job title is filed under, with shares (--index FILE)
  rank --title T | --soc S     rank employers by the probability of a certified PERM for a role (--index FILE)
  score <listings.csv>         tag job listings with their employer's sponsorship probability (--index FILE)
  backtest --train-through FY  fit through FY, predict FY+1, compare with baselines (files or --index FILE)

Run "oflc-sponsors <command> --help" for the options of a command.
`;

/** Where a command writes; tests pass their own. */
export type CliIo = Io;

type Command = (argv: string[], io: CliIo) => Promise<number>;

const COMMANDS: Record<string, () => Promise<Command>> = {
  read: async () => readCommand,
  generate: async () => (await import("./generate-command")).generateCommand,
  "wage-level": async () => (await import("./wage-level-command")).wageLevelCommand,
  build: async () => (await import("./build-command")).buildCommand,
  employer: async () => (await import("./employer-command")).employerCommand,
  occupations: async () => (await import("./occupations-command")).occupationsCommand,
  rank: async () => (await import("./rank-command")).rankCommand,
  score: async () => (await import("./score-command")).scoreCommand,
  backtest: async () => (await import("./backtest-command")).backtestCommand,
};

/** Run the CLI; resolves to the exit code (0 ok, 1 runtime failure, 2 usage error). */
export async function main(argv: string[], io: CliIo = processIo()): Promise<number> {
  const [name, ...rest] = argv;
  if (name === undefined || name === "-h" || name === "--help" || name === "help") {
    io.stdout(HELP);
    return name === undefined ? 2 : 0;
  }
  const load = COMMANDS[name];
  if (!load) {
    io.stderr(`oflc-sponsors: unknown command "${name}"; expected one of ${Object.keys(COMMANDS).join(", ")}\n`);
    return 2;
  }
  const verbose = rest.includes("--verbose");
  try {
    return await (await load())(rest.filter((a) => a !== "--verbose"), io);
  } catch (e) {
    if (e instanceof UsageError) {
      io.stderr(`oflc-sponsors ${name}: ${e.message}\n`);
      return 2;
    }
    if (e instanceof DisclosureError) {
      io.stderr(`oflc-sponsors ${name}: ${e.message}\n`);
      if (verbose && e.cause) io.stderr(`  cause: ${String(e.cause)}\n`);
      return 1;
    }
    io.stderr(`oflc-sponsors ${name}: ${(e as Error).message ?? String(e)}\n`);
    if (verbose) io.stderr(`${(e as Error).stack ?? ""}\n`);
    return 1;
  }
}

function processIo(): CliIo {
  return {
    stdout: (s: string) => void process.stdout.write(s),
    stderr: (s: string) => void process.stderr.write(s),
    isTTY: Boolean(process.stderr.isTTY),
  };
}

#!/usr/bin/env node
import { DisclosureError } from "../errors";
import { readCommand } from "./read-command";
import { UsageError } from "./usage-error";

const HELP = `Usage: oflc-sponsors <command> [options]

Commands:
  read <files or folders...>   read and normalise OFLC disclosure files, print a summary
  generate [--out DIR]         write the seeded sample files (data-samples/) or full-size bench files

Run "oflc-sponsors <command> --help" for the options of a command.
`;

type Command = (argv: string[], io: { stdout: (s: string) => void; stderr: (s: string) => void; isTTY: boolean }) => Promise<number>;

const COMMANDS: Record<string, () => Promise<Command>> = {
  read: async () => readCommand,
  generate: async () => (await import("./generate-command")).generateCommand,
};

/** Run the CLI; resolves to the exit code (0 ok, 1 runtime failure, 2 usage error). */
export async function main(argv: string[]): Promise<number> {
  const io = {
    stdout: (s: string) => void process.stdout.write(s),
    stderr: (s: string) => void process.stderr.write(s),
    isTTY: Boolean(process.stderr.isTTY),
  };
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

main(process.argv.slice(2)).then(
  (code) => {
    process.exitCode = code;
  },
  (e: unknown) => {
    process.stderr.write(`oflc-sponsors: ${String(e)}\n`);
    process.exitCode = 1;
  },
);

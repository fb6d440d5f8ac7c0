#!/usr/bin/env node
import { main } from "./main";

main(process.argv.slice(2)).then(
  (code) => {
    process.exitCode = code;
  },
  (e: unknown) => {
    process.stderr.write(`oflc-sponsors: ${String(e)}\n`);
    process.exitCode = 1;
  },
);

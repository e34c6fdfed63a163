#!/usr/bin/env node
// Entry point of the `union-ledger` command: the compiled CLI in dist/ (built by `npm ci`).
import { main } from "../dist/cli/main.mjs";

process.exitCode = await main(process.argv.slice(2));

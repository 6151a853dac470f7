#!/usr/bin/env node
// The CLI's entry: only calls runCli() of cli.ts with the process's arguments.
import { runCli } from './cli.js';

process.exitCode = await runCli(process.argv.slice(2));

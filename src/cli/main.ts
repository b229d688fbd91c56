#!/usr/bin/env node
// pantau — command-line entry point. Every command takes --config FILE (or $PANTAU_CONFIG).
// Errors print one line `pantau: error: …` and exit non-zero; PANTAU_DEBUG=1 adds the stack.
// Command modules register their options only; what they run (crawlers, analyzers, the store) is
// imported inside their actions, so `--help` and light commands start fast (npm run bench:startup).
import { Command, CommanderError } from 'commander';
import { PantauError } from '../core/errors.js';
import { registerAnalyze } from './commands/analyze.js';
import { registerDemo } from './commands/demo.js';
import { registerExtract } from './commands/extract.js';
import { registerInit } from './commands/init.js';
import { registerRun } from './commands/run.js';
import { registerSearch } from './commands/search.js';
import { registerSources } from './commands/sources.js';
import { registerTopics } from './commands/topics.js';
import { registerEval } from './commands/eval.js';
import { registerTrain } from './commands/train.js';
import { registerFactcheck } from './commands/factcheck.js';
import { registerAudit } from './commands/audit.js';
import { registerImport } from './commands/import.js';
import { registerAlerts } from './commands/alerts.js';
import { registerMap } from './commands/map.js';
import { registerFacts } from './commands/facts.js';
import { registerServe } from './commands/serve.js';
import { registerUsers } from './commands/users.js';
import { registerComplaints } from './commands/complaints.js';
import { registerEvaluate } from './commands/evaluate.js';
import { registerMigrate } from './commands/migrate.js';
import { registerKibana } from './commands/kibana.js';
import { enableConfigCache, loadRuntime, prepareRuntime } from './runtime.js';
import { terminalSafe } from './terminal.js';
import { VERSION } from './version.js';

/** Commands that read no config and log nothing, so they skip loading zod, yaml and pino. */
const NO_CONFIG = new Set(['extract']);
/**
 * Commands that read only their own config and must start fast: with a valid entry in the config
 * cache they never load the config reader (npm run bench:startup). The others load it as before
 * (and still use the cache for the validation).
 */
const CACHED_CONFIG = new Set(['search', 'sources']);

export function buildProgram(): Command {
  const program = new Command('pantau')
    .description('Pantau — media monitoring and issue mapping for Indonesian government humas offices')
    .version(VERSION)
    .option('-c, --config <file>', 'config file (default: $PANTAU_CONFIG or ./pantau.config.yaml)')
    .showHelpAfterError('(run with --help for usage)')
    // Before any action (never for --help): the config reader and logger, except where unused.
    .hook('preAction', async (program, action) => {
      if (NO_CONFIG.has(action.name())) return;
      if (action.parent === program && CACHED_CONFIG.has(action.name())) await prepareRuntime(action.optsWithGlobals());
      else await loadRuntime();
    });
  registerInit(program);
  registerDemo(program);
  registerRun(program);
  registerExtract(program);
  registerAnalyze(program);
  registerSearch(program);
  registerSources(program);
  registerImport(program);
  registerMap(program);
  registerFacts(program);
  registerServe(program);
  registerUsers(program);
  registerComplaints(program);
  registerEvaluate(program);
  registerMigrate(program);
  registerKibana(program);
  registerTopics(program);
  registerFactcheck(program);
  registerAudit(program);
  registerAlerts(program);
  registerTrain(program);
  registerEval(program);
  return program;
}

/** The error as one printable line: messages quote titles, URLs and reason phrases from strangers. */
function oneLine(err: unknown): string {
  const msg = err instanceof Error ? err.message : String(err);
  return terminalSafe(msg.replace(/\s*\n\s*/g, ' '));
}

/**
 * A reader that stops early (`pantau analyze … | head`) closes the pipe: end quietly with status 0,
 * as Unix tools do on SIGPIPE, instead of an unhandled EPIPE stack trace. Whatever a run already
 * committed to the store stays there.
 */
function exitOnClosedStdout(): void {
  process.stdout.on('error', (err: NodeJS.ErrnoException) => {
    if (err.code === 'EPIPE') process.exit(0);
    process.stderr.write(`pantau: error: cannot write output: ${err.message}\n`);
    process.exit(1);
  });
}

export async function main(argv = process.argv): Promise<void> {
  exitOnClosedStdout();
  enableConfigCache();
  const program = buildProgram().exitOverride();
  try {
    await program.parseAsync(argv);
  } catch (err) {
    if (err instanceof CommanderError) {
      // Commander already printed help/version/usage errors.
      process.exitCode = err.exitCode;
      return;
    }
    process.stderr.write(`pantau: error: ${oneLine(err)}\n`);
    if (process.env.PANTAU_DEBUG && err instanceof Error) process.stderr.write(`${err.stack}\n`);
    process.exitCode = err instanceof PantauError && err.code === 'input' ? 2 : 1;
  }
}

await main();

import type { Command } from 'commander';
import type { Store } from '../../core/types.js';
import { DEFAULT_MAX_LINE_BYTES, maxLineBytes, openLines, openOutput } from '../io.js';
import { buildAnalyzers, makeLogger, openStore, readConfig, type GlobalOpts } from '../runtime.js';
import { terminalSafe } from '../terminal.js';

export function registerAnalyze(program: Command): void {
  program
    .command('analyze')
    .description('analyze JSONL lines {id, text, title?, url?, publishedAt?} → one JSON line of analysis per input')
    .option('-i, --in <file>', 'input JSONL, - for stdin', '-')
    .option('-o, --out <file>', 'output JSONL, - for stdout', '-')
    .option('--max-line-mb <n>', `longest input line in MB; a longer line is reported and skipped (default ${DEFAULT_MAX_LINE_BYTES / 1024 / 1024})`)
    .option('-c, --config <file>', 'config (home region, watch list, and the debunk index of its store)')
    .action(async (opts, cmd: Command) => {
      const all: GlobalOpts & { in: string; out: string; maxLineMb?: string } = { ...cmd.optsWithGlobals(), ...opts };
      const maxBytes = maxLineBytes(all.maxLineMb);
      // Without a config the analyzers use their defaults and no debunk index: no store is opened.
      const config = readConfig(all, 'optional');
      // Input and output are checked before the models load, so a wrong path fails at once.
      const lines = openLines(all.in, { maxLineBytes: maxBytes });
      const out = openOutput(all.out);
      const { analyzeStream } = await import('../analyze-stream.js');
      let store: Store | undefined;
      if (config.file || process.env.PANTAU_STORAGE_PATH) store = await openStore(config, makeLogger());
      let chain;
      try {
        chain = await buildAnalyzers(config, store);
      } finally {
        await store?.close();
      }
      const res = await analyzeStream(chain, lines, out, (n, msg) => process.stderr.write(`pantau analyze: line ${n}: ${terminalSafe(msg)}\n`), {
        maxLineBytes: maxBytes,
      });
      await out.done();
      if (res.noId) process.stderr.write(`pantau analyze: ${res.noId} line(s) without "id" got "line-N"\n`);
      if (res.bad) process.stderr.write(`pantau analyze: ${res.ok} analyzed, ${res.bad} line(s) skipped\n`);
      // Skipped lines are reported and the rest analyzed (exit 0); nothing usable at all is an error.
      if (res.ok === 0 && res.bad > 0) process.exitCode = 1;
    });
}

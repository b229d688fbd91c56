// Compiles the store (and the core modules it imports) to plain ESM JavaScript in a temp directory,
// so a child `node` process can run the real SqliteStore code: Node 20 cannot run .ts files and
// no TS loader is installed. Type-only transpilation with TypeScript's API takes milliseconds.
import { mkdirSync, readdirSync, readFileSync, symlinkSync, writeFileSync } from 'node:fs';
import { dirname, join, relative } from 'node:path';
import { fileURLToPath } from 'node:url';
import ts from 'typescript';

export const ROOT = join(dirname(fileURLToPath(import.meta.url)), '../../..');

function tsFiles(dir: string): string[] {
  return readdirSync(dir, { withFileTypes: true }).flatMap((e) => {
    const p = join(dir, e.name);
    if (e.isDirectory()) return tsFiles(p);
    return e.name.endsWith('.ts') && !e.name.endsWith('.d.ts') ? [p] : [];
  });
}

/** Transpile src/core and src/store into outDir; returns the path of the compiled src/store/index.js. */
export function transpileStore(outDir: string): string {
  const files = [...tsFiles(join(ROOT, 'src/core')), ...tsFiles(join(ROOT, 'src/store'))];
  for (const file of files) {
    const out = join(outDir, relative(ROOT, file)).replace(/\.ts$/, '.js');
    const { outputText } = ts.transpileModule(readFileSync(file, 'utf8'), {
      compilerOptions: { module: ts.ModuleKind.ESNext, target: ts.ScriptTarget.ES2022, esModuleInterop: true },
      fileName: file,
    });
    mkdirSync(dirname(out), { recursive: true });
    writeFileSync(out, outputText);
  }
  writeFileSync(join(outDir, 'package.json'), '{"type":"module"}\n');
  // Bare imports (better-sqlite3, pino, zod) resolve through the project's node_modules.
  symlinkSync(join(ROOT, 'node_modules'), join(outDir, 'node_modules'), 'dir');
  return join(outDir, 'src/store/index.js');
}

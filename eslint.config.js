// Flat config: typescript-eslint's recommended rules, no type-aware rules so lint stays fast.
import js from '@eslint/js';
import tseslint from 'typescript-eslint';

export default tseslint.config(
  { ignores: ['dist/**', 'node_modules/**', 'coverage/**', 'dashboards/web/vendor/**'] },
  js.configs.recommended,
  ...tseslint.configs.recommended,
  {
    languageOptions: { globals: { process: 'readonly', console: 'readonly', Buffer: 'readonly', URL: 'readonly', setTimeout: 'readonly', clearTimeout: 'readonly', setInterval: 'readonly', clearInterval: 'readonly', AbortController: 'readonly', AbortSignal: 'readonly', TextDecoder: 'readonly', TextEncoder: 'readonly', fetch: 'readonly', performance: 'readonly', structuredClone: 'readonly', queueMicrotask: 'readonly', setImmediate: 'readonly' } },
    rules: {
      '@typescript-eslint/no-unused-vars': ['error', { argsIgnorePattern: '^_', varsIgnorePattern: '^_' }],
      'no-control-regex': 'off',
    },
  },
  {
    // Fetched markup is parsed through crawlers/shared/html-load.ts, which caps nesting depth first.
    files: ['crawlers/**/*.ts'],
    ignores: ['crawlers/shared/html-load.ts', 'crawlers/shared/html-load-slim.ts'],
    rules: {
      'no-restricted-imports': ['error', { paths: [
        { name: 'cheerio', importNames: ['load', 'default'], message: "parse fetched HTML with loadHtml from crawlers/shared/html-load.js (nesting cap)" },
        { name: 'cheerio/slim', importNames: ['load', 'default'], message: "parse fetched HTML with loadHtmlSlim from crawlers/shared/html-load-slim.js (nesting cap)" },
      ] }],
    },
  },
);

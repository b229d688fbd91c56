import { defineConfig } from 'vitest/config';

export default defineConfig({
  test: {
    include: ['test/**/*.test.ts'],
    globalSetup: ['test/global-setup.ts'],
    // End-to-end tests spawn the CLI several times; on a loaded 2-core machine one spawn can take
    // seconds, so a test gets two minutes (a timeout here means hung, never merely slow).
    testTimeout: 120_000,
    hookTimeout: 60_000,
    // Two cores: keep workers modest so loopback servers and Chromium don't starve each other.
    maxWorkers: 2,
  },
});

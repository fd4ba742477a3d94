import { defineConfig } from 'vitest/config';

export default defineConfig({
  esbuild: { jsx: 'automatic', jsxImportSource: 'preact' },
  test: {
    // Vitest empties CSS imports unless told otherwise; the card imports the tokens as text (`?raw`).
    css: { include: [/[\\/]src[\\/]ui[\\/]tokens\.css/] },
    projects: [
      {
        extends: true,
        test: {
          name: 'unit',
          sequence: { groupOrder: 0 },
          include: ['tests/unit/**/*.test.{ts,tsx}'],
          environment: 'node',
          // English messages through a stand-in chrome.i18n, as the extension reads them.
          setupFiles: ['tests/unit/setup-i18n.ts'],
        },
      },
      {
        extends: true,
        test: {
          name: 'e2e',
          // One browser at a time across projects too: Chromium files first, then Firefox.
          sequence: { groupOrder: 1 },
          include: ['tests/e2e/**/*.test.ts'],
          environment: 'node',
          globalSetup: ['tests/e2e/global-setup.ts'],
          testTimeout: 60_000,
          hookTimeout: 60_000,
          // Two cores: one browser at a time keeps timings honest.
          fileParallelism: false,
        },
      },
      {
        extends: true,
        test: {
          name: 'firefox',
          include: ['tests/e2e-firefox/**/*.test.ts'],
          environment: 'node',
          sequence: { groupOrder: 2 },
          globalSetup: ['tests/e2e/global-setup.ts'],
          testTimeout: 60_000,
          hookTimeout: 60_000,
          fileParallelism: false,
        },
      },
    ],
  },
});

import { defineConfig } from 'vitest/config';

export default defineConfig({
  test: {
    include: ['electron/**/*.test.ts', 'renderer/**/*.test.ts', 'scripts/**/*.test.ts'],
    environment: 'node',
    // theme-colours.test.ts reads the stylesheets as text (import.meta.glob `?raw`); vitest blanks CSS it does not include.
    css: { include: [/\.css\?raw$/] },
    reporters: ['default', ['json', { outputFile: 'reports/vitest.json' }]],
    testTimeout: 20_000,
  },
});

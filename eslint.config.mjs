// Lint: type-aware style rules plus the layer rules of DESIGN.md §2. A wrong import fails `npm run lint`.
import tseslint from 'typescript-eslint';
import { layersPlugin } from './eslint-rules/layers.mjs';

// Bare built-in names are anchored ('/fs') so they do not match our own files (e.g. ./events).
const NODE_BUILTINS = ['node:*', ...['fs', 'path', 'os', 'crypto', 'child_process', 'http', 'net', 'url', 'util', 'worker_threads', 'stream', 'events'].map((n) => `/${n}`)];
const HOST_PACKAGES = ['better-sqlite3', 'ws'];
const UI_PACKAGES = ['react', 'react-dom', 'react-dom/*', 'zustand', 'recharts', '@xterm/*'];

/** no-restricted-imports patterns: each group is refused with the layer rule it breaks. */
const refuse = (names, message) => ({ group: names, message });

const ENGINE_DEPENDENCIES = [
  refuse(['/electron', '/electron/*'], 'engine never imports electron'),
  refuse([...HOST_PACKAGES, ...UI_PACKAGES], 'engine imports only pure packages'),
];

const layer = (files, groups, extra = {}) => ({
  files,
  rules: { '@typescript-eslint/no-restricted-imports': ['error', { patterns: groups, ...extra }] },
});

export default tseslint.config(
  { ignores: ['out/**', 'dist/**', '.scratch/**', 'node_modules/**', 'reports/**', 'bin/**', 'scripts/**', '**/*.cjs', '**/*.mjs'] },
  ...tseslint.configs.recommended,
  // Project folders: the layer table in eslint-rules/layers.mjs.
  {
    files: ['electron/**/*.ts', 'renderer/**/*.ts', 'renderer/**/*.tsx'],
    plugins: { firedrill: layersPlugin },
    rules: { 'firedrill/layers': 'error' },
  },
  {
    rules: {
      '@typescript-eslint/consistent-type-imports': ['error', { prefer: 'type-imports', fixStyle: 'separate-type-imports' }],
      '@typescript-eslint/no-unused-vars': ['error', { argsIgnorePattern: '^_', varsIgnorePattern: '^_' }],
      '@typescript-eslint/no-empty-object-type': 'off',
      'no-restricted-syntax': ['error', { selector: 'ExportDefaultDeclaration', message: 'Use named exports.' }],
    },
  },
  {
    files: ['electron.vite.config.ts', 'playwright.config.ts', 'vitest.config.mts'],
    rules: { 'no-restricted-syntax': 'off' },
  },
  {
    files: ['e2e/**/*.ts'],
    rules: { 'no-empty-pattern': 'off', '@typescript-eslint/no-require-imports': 'off' },
  },
  // engine: pure TypeScript — no Node, no Electron, no DOM libraries, no host or UI, no wall clock or Math.random.
  {
    ...layer(['electron/engine/**/*.ts'], [
      refuse([...NODE_BUILTINS], 'engine is pure: no Node built-ins (DESIGN.md §2)'),
      ...ENGINE_DEPENDENCIES,
    ]),
    ignores: ['electron/engine/**/*.test.ts', 'electron/engine/testing/*.node.ts'],
  },
  // Engine tests (and their Node-side helpers, testing/*.node.ts) run in Node and may read test data from
  // disk; the rest of the engine rule still holds.
  layer(['electron/engine/**/*.test.ts', 'electron/engine/testing/*.node.ts'], ENGINE_DEPENDENCIES),
  {
    files: ['electron/engine/**/*.ts'],
    ignores: ['electron/engine/**/*.test.ts'],
    rules: {
      'no-restricted-properties': [
        'error',
        { object: 'Date', property: 'now', message: 'engine takes time as an input (DESIGN.md §1.2)' },
        { object: 'Math', property: 'random', message: 'engine takes randomness from seeded streams (sim/rng.ts)' },
        { object: 'performance', property: 'now', message: 'engine takes time as an input' },
      ],
      'no-restricted-globals': ['error', { name: 'window', message: 'engine has no DOM' }, { name: 'document', message: 'engine has no DOM' }, { name: 'process', message: 'engine has no Node' }],
    },
  },
  // contract: engine types and zod only.
  layer(['electron/contract/**/*.ts'], [
    refuse([...NODE_BUILTINS, '/electron', '/electron/*', ...HOST_PACKAGES, ...UI_PACKAGES], 'contract depends on the engine and zod only'),
  ]),
  // host: engine, contract, node:*, better-sqlite3 — never electron or UI.
  layer(['electron/host/**/*.ts'], [
    refuse(['/electron', '/electron/*'], 'only the desktop shell (electron/main, electron/preload) imports electron'),
    refuse([...UI_PACKAGES], 'host has no UI'),
  ]),
  // preload: electron and the contract only.
  layer(['electron/preload/**/*.ts'], [
    refuse([...NODE_BUILTINS, ...HOST_PACKAGES, ...UI_PACKAGES], 'a sandboxed preload may use electron and the contract only'),
  ]),
  // shell: host, contract, electron.
  layer(['electron/main/**/*.ts'], [refuse([...UI_PACKAGES], 'the shell has no UI')]),
  // renderer: the contract's types only; never host, shell, Node or electron.
  {
    files: ['renderer/**/*.ts', 'renderer/**/*.tsx'],
    rules: {
      '@typescript-eslint/no-restricted-imports': [
        'error',
        {
          patterns: [
            refuse([...NODE_BUILTINS, '/electron', '/electron/*', ...HOST_PACKAGES], 'the renderer talks to the back end only through the contract'),
          ],
        },
      ],
    },
  },
);

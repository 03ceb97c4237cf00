import tseslint from 'typescript-eslint';

/**
 * Lint exists here mainly to hold the layers apart (see docs/architecture.md):
 * shared/ is pure, the renderer sees only shared/, and the core never sees Electron.
 * The per-side tsconfigs catch the same mistakes through missing types; this says it in words.
 */
const NODE_BUILTINS = ['node:*', 'fs', 'fs/*', 'path', 'os', 'child_process', 'crypto', 'http', 'https', 'net', 'url', 'util', 'worker_threads', 'stream'];
const NATIVE_OR_MAIN = ['electron', 'electron/*', 'electron-store', 'better-sqlite3', 'ws'];

const restrict = (patterns, message) => ({
  'no-restricted-imports': ['error', { patterns: [{ group: patterns, message }] }],
});

export default tseslint.config(
  { ignores: ['node_modules/**', 'out/**', 'release/**', 'dist/**'] },
  {
    files: ['**/*.ts', '**/*.tsx'],
    languageOptions: { parser: tseslint.parser },
    plugins: { '@typescript-eslint': tseslint.plugin },
    rules: {
      '@typescript-eslint/no-explicit-any': 'error',
      '@typescript-eslint/consistent-type-imports': 'error',
      'no-debugger': 'error',
      eqeqeq: ['error', 'always', { null: 'ignore' }],
    },
  },
  {
    files: ['shared/**/*.ts'],
    ignores: ['shared/**/*.test.ts'],
    rules: {
      ...restrict(
        [...NODE_BUILTINS, ...NATIVE_OR_MAIN, 'react', 'react-dom', 'react-dom/*', '**/electron/**', '**/renderer/**', '**/tests/**'],
        'shared/ is pure TypeScript used by every side: no Node, DOM, Electron, React or app-side imports.',
      ),
      'no-restricted-globals': ['error', 'window', 'document', 'navigator', 'localStorage', 'process', 'Buffer', 'require', '__dirname'],
    },
  },
  {
    files: ['renderer/**/*.ts', 'renderer/**/*.tsx'],
    ignores: ['renderer/**/*.test.ts', 'renderer/**/*.test.tsx', 'renderer/test/**'],
    rules: {
      ...restrict(
        [...NODE_BUILTINS, ...NATIVE_OR_MAIN, '**/electron/**', '**/tests/**'],
        'The renderer is sandboxed web code: it reaches the core only through window.toasoan and imports only shared/.',
      ),
      'no-restricted-globals': ['error', 'process', 'Buffer', 'require', '__dirname'],
    },
  },
  {
    files: ['electron/main/core/**/*.ts', 'electron/cli/**/*.ts'],
    rules: restrict(
      ['electron', 'electron/*', 'electron-store', '**/app/**', '**/transport/**', '**/renderer/**'],
      'The core and the CLI run in plain Node: Electron stays behind the adapters in electron/main/app.',
    ),
  },
  {
    files: ['electron/preload/**/*.ts'],
    ignores: ['electron/preload/**/*.test.ts'],
    rules: restrict(
      [...NODE_BUILTINS, 'electron-store', 'better-sqlite3', '**/main/**', '**/renderer/**'],
      'The sandboxed preload can only bridge: electron and shared/.',
    ),
  },
);

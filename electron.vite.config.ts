import path from 'node:path';
import react from '@vitejs/plugin-react';
import { defineConfig } from 'electron-vite';

const root = import.meta.dirname;
const at = (...parts: string[]): string => path.resolve(root, ...parts);

export default defineConfig({
  main: {
    build: {
      outDir: at('out/main'),
      // Leaves package.json `dependencies` (better-sqlite3, electron-store, zod) as
      // runtime imports: electron-builder ships exactly those in the app's node_modules.
      // Everything else, devDependencies such as i18next included, is bundled, so a
      // bundled-only package can never be missing from an installed app.
      externalizeDeps: true,
      rolldownOptions: {
        input: { index: at('electron/main/index.ts') },
      },
    },
  },
  preload: {
    build: {
      outDir: at('out/preload'),
      // A sandboxed preload cannot load ESM nor require anything but a few Electron
      // modules, so it is one CommonJS file with shared/ (and zod) inlined.
      externalizeDeps: false,
      rolldownOptions: {
        input: { index: at('electron/preload/index.ts') },
        external: ['electron'],
        output: {
          format: 'cjs',
          entryFileNames: '[name].cjs',
          codeSplitting: false,
        },
      },
    },
  },
  renderer: {
    root: at('renderer'),
    // Relative asset URLs, so the build works from app://toasoan/ and from the harness server alike.
    base: './',
    plugins: [react()],
    build: {
      outDir: at('out/renderer'),
      rolldownOptions: {
        input: at('renderer/index.html'),
      },
    },
  },
});

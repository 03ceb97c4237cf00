#!/usr/bin/env node
// The CLI runs its TypeScript sources directly (Node strips the types), so there is no
// build step; that, and better-sqlite3 13 (which crashes on Node 20), need Node >= 22.18.
const [major = 0, minor = 0] = process.versions.node.split('.').map(Number);
if (major < 22 || (major === 22 && minor < 18)) {
  process.stderr.write(
    `toasoan: cần Node.js 22.18 trở lên (đang chạy ${process.versions.node}).\n` +
      `toasoan: requires Node.js 22.18 or newer (running ${process.versions.node}).\n`,
  );
  process.exit(1);
}
// Imported only after the check: on an old Node the .ts import itself fails with a cryptic error.
const { main } = await import('../electron/cli/main.ts');
await main(process.argv.slice(2));

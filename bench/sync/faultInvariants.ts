import { spawn } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';

export interface FaultRunResult {
  operations: number;
  seed: string;
  passed: boolean;
  /** The test body alone, as vitest timed it. */
  testMs: number | undefined;
  /** The whole vitest process: start-up, the site, the test. */
  wallMs: number;
  command: string;
}

interface VitestJson {
  success?: boolean;
  testResults?: { assertionResults?: { status?: string; duration?: number }[] }[];
}

/**
 * The fault-proxy invariant suite with more operations than CI runs, as its own
 * vitest process (the suite owns its WordPress and proxy). Its assertions still hold:
 * a failure is reported as such, not as a figure.
 */
export async function faultInvariants(operations: number, log: (line: string) => void): Promise<FaultRunResult> {
  const outDir = fs.mkdtempSync(path.join(os.tmpdir(), 'toasoan-bench-faults-'));
  const outputFile = path.join(outDir, 'vitest.json');
  const args = ['run', '--project', 'unit', 'tests/sync/faults.invariants.test.ts', '--reporter=json', `--outputFile=${outputFile}`];
  const seed = process.env.TOASOAN_FAULT_SEED ?? 'default';
  const began = performance.now();
  const tail: string[] = [];
  const code = await new Promise<number | null>((resolve, reject) => {
    const child = spawn(path.join('node_modules', '.bin', 'vitest'), args, {
      env: { ...process.env, TOASOAN_FAULT_OPS: String(operations) },
      stdio: ['ignore', 'pipe', 'pipe'],
    });
    const keep = (chunk: Buffer) => {
      tail.push(chunk.toString('utf8'));
      if (tail.length > 50) tail.shift();
    };
    child.stdout.on('data', keep);
    child.stderr.on('data', keep);
    child.once('error', reject);
    child.once('close', resolve);
  });
  const wallMs = performance.now() - began;
  try {
    const report = fs.existsSync(outputFile) ? (JSON.parse(fs.readFileSync(outputFile, 'utf8')) as VitestJson) : {};
    const results = report.testResults?.flatMap((file) => file.assertionResults ?? []) ?? [];
    const passed = code === 0 && report.success === true && results.length > 0 && results.every((result) => result.status === 'passed');
    if (!passed) log(`faults: vitest exited ${code}:\n${tail.join('').slice(-3000)}`);
    return {
      operations,
      seed,
      passed,
      testMs: results[0]?.duration,
      wallMs,
      command: `TOASOAN_FAULT_OPS=${operations} npx vitest run --project unit tests/sync/faults.invariants.test.ts`,
    };
  } finally {
    fs.rmSync(outDir, { recursive: true, force: true });
  }
}

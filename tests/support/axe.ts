import fs from 'node:fs';
import { createRequire } from 'node:module';
import type { AxeResults, ImpactValue, Result, RunOptions } from 'axe-core';
import type { Frame, Page } from 'playwright-core';

const require = createRequire(import.meta.url);
const AXE_SOURCE = fs.readFileSync(require.resolve('axe-core/axe.min.js'), 'utf8');

/** The impacts the suite refuses; the rest are printed for the record. */
export const BLOCKING_IMPACTS: readonly ImpactValue[] = ['serious', 'critical'];

declare global {
  interface Window {
    axe?: { run(context: Document, options: RunOptions): Promise<AxeResults> };
  }
}

/**
 * Runs axe-core in a page or frame. Injected through the DevTools protocol (Playwright's
 * evaluate), not a <script> tag: the harness sends the app's CSP, whose script-src 'self'
 * refuses inline scripts, and a sandboxed frame without allow-scripts runs none of its own;
 * DevTools evaluation is subject to neither. Frames are analysed on their own
 * (`iframes: false`): axe's frame messaging needs its script running inside each frame.
 */
export async function runAxe(target: Page | Frame, options: RunOptions = {}): Promise<AxeResults> {
  const loaded = await target.evaluate(() => window.axe !== undefined);
  if (!loaded) await target.evaluate(AXE_SOURCE);
  return target.evaluate(
    (runOptions) => {
      const axe = window.axe;
      if (axe === undefined) throw new Error('axe-core did not load');
      return axe.run(document, runOptions);
    },
    { resultTypes: ['violations'], iframes: false, ...options } satisfies RunOptions,
  );
}

export function blockingViolations(results: AxeResults): Result[] {
  return results.violations.filter((violation) => violation.impact != null && BLOCKING_IMPACTS.includes(violation.impact));
}

/** One line per rule and element: rule, impact, what to fix, where. */
export function describeViolations(violations: readonly Result[]): string {
  return violations
    .flatMap((violation) =>
      violation.nodes.map(
        (node) =>
          `[${violation.impact ?? 'n/a'}] ${violation.id}: ${violation.help}\n    at ${node.target.join(' ')}\n    ${node.html.slice(0, 200)}\n    ${(node.failureSummary ?? '').replace(/\n/g, '\n    ')}`,
      ),
    )
    .join('\n');
}

/**
 * Runs axe, prints every violation under `label` (the non-blocking ones are worth reading
 * too), and returns the blocking ones so the test can assert there are none.
 */
export async function auditAccessibility(target: Page | Frame, label: string, options?: RunOptions): Promise<Result[]> {
  const results = await runAxe(target, options);
  if (results.violations.length > 0) console.log(`axe, ${label}:\n${describeViolations(results.violations)}`);
  else console.log(`axe, ${label}: no violations (${results.passes.length} rules passed)`);
  return blockingViolations(results);
}

const two = (n: number): string => String(n).padStart(2, '0');

/** Terminal cells of stored (NFC) text: one per code point is right for Vietnamese. */
const cells = (text: string): number => [...text].length;
const padTo = (text: string, width: number): string => text + ' '.repeat(Math.max(0, width - cells(text)));

/** Local wall-clock time to the minute, sortable, the same in every language. */
export function formatTime(epochMs: number): string {
  const d = new Date(epochMs);
  return `${d.getFullYear()}-${two(d.getMonth() + 1)}-${two(d.getDate())} ${two(d.getHours())}:${two(d.getMinutes())}`;
}

/**
 * Pads columns by code points: stored text is NFC, so each Vietnamese letter with its
 * marks is one code point and one terminal cell. The last column is left ragged.
 */
export function formatTable(rows: readonly (readonly string[])[], alignRight: ReadonlySet<number> = new Set()): string[] {
  const widths: number[] = [];
  for (const row of rows) {
    row.forEach((cell, index) => {
      widths[index] = Math.max(widths[index] ?? 0, cells(cell));
    });
  }
  return rows.map((row) =>
    row
      .map((cell, index) => {
        if (index === row.length - 1 && !alignRight.has(index)) return cell;
        const width = widths[index] ?? 0;
        return alignRight.has(index) ? ' '.repeat(width - cells(cell)) + cell : padTo(cell, width);
      })
      .join('  '),
  );
}

/** `Label:  value` lines with the values aligned; continuation lines are indented under the value. */
export function formatFields(fields: readonly (readonly [string, string])[]): string[] {
  const width = Math.max(...fields.map(([label]) => cells(label) + 1)) + 2;
  const indent = ' '.repeat(width);
  return fields.map(([label, value]) =>
    value === '' ? `${label}:` : padTo(`${label}:`, width) + value.split('\n').join(`\n${indent}`),
  );
}

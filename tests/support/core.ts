import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { onTestFinished } from 'vitest';
import type { Clock, IdGenerator } from '../../electron/main/core/ports.ts';

/** A temp folder removed when the current test ends. */
export function tempDir(prefix = 'toasoan-'): string {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), prefix));
  onTestFinished(() => fs.rmSync(dir, { recursive: true, force: true }));
  return dir;
}

export class ManualClock implements Clock {
  private current: number;

  constructor(start = Date.UTC(2020, 6, 15, 7, 0, 0)) {
    this.current = start;
  }

  now(): number {
    return this.current;
  }

  advance(ms: number): void {
    this.current += ms;
  }
}

/** Valid v4-shaped UUIDs in a predictable order. */
export function sequentialIds(): IdGenerator {
  let n = 0;
  return {
    newId: () => {
      n += 1;
      return `00000000-0000-4000-8000-${n.toString(16).padStart(12, '0')}`;
    },
  };
}

export const SAMPLE = {
  title: 'Giao ban công tác tuyên giáo 6 tháng đầu năm 2020',
  sapo: '(QTO) - Chiều nay 15/7/2020, Ban Tuyên giáo Tỉnh ủy tổ chức giao ban công tác tuyên giáo 6 tháng đầu năm.',
  body: [
    'Dự hội nghị có đồng chí Trưởng ban Tuyên giáo Tỉnh ủy.',
    'Trong 6 tháng đầu năm, công tác tuyên truyền được triển khai đồng bộ, kịp thời.',
  ],
  byline: 'Minh Đức',
} as const;

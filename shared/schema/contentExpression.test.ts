import { describe, expect, it } from 'vitest';
import { compileContentExpression } from './contentExpression.ts';

const names = new Map<string, string[]>([
  ['paragraph', ['paragraph']],
  ['heading', ['heading']],
  ['bulletList', ['bulletList']],
  ['tableCell', ['tableCell']],
  ['tableHeader', ['tableHeader']],
  ['block', ['paragraph', 'heading', 'bulletList']],
]);
const match = (expression: string, children: string[]) => compileContentExpression(expression, names)(children);

describe('content expressions', () => {
  it('reads names, groups and the quantifiers as ProseMirror does', () => {
    expect(match('block+', ['paragraph', 'heading'])).toBe(true);
    expect(match('block+', [])).toBe(false);
    expect(match('paragraph block*', ['paragraph'])).toBe(true);
    expect(match('paragraph block*', ['heading', 'paragraph'])).toBe(false);
    expect(match('paragraph?', [])).toBe(true);
    expect(match('paragraph', ['paragraph', 'paragraph'])).toBe(false);
  });

  it('reads choices and counted repetition', () => {
    expect(match('(tableCell | tableHeader)*', ['tableHeader', 'tableCell'])).toBe(true);
    expect(match('(tableCell | tableHeader)*', ['paragraph'])).toBe(false);
    expect(match('(paragraph | bulletList)+', ['bulletList', 'paragraph'])).toBe(true);
    expect(match('paragraph{2}', ['paragraph', 'paragraph'])).toBe(true);
    expect(match('paragraph{2,}', ['paragraph'])).toBe(false);
    expect(match('paragraph{1,2}', ['paragraph', 'paragraph', 'paragraph'])).toBe(false);
  });

  it('does not confuse a name with another that starts the same', () => {
    const tables = new Map([['table', ['table']], ['tableRow', ['tableRow']]]);
    expect(compileContentExpression('table', tables)(['tableRow'])).toBe(false);
  });

  it('refuses an expression naming something unknown, or malformed', () => {
    expect(() => compileContentExpression('figure+', names)).toThrow(SyntaxError);
    expect(() => compileContentExpression('(paragraph', names)).toThrow(SyntaxError);
    expect(() => compileContentExpression('paragraph $', names)).toThrow(SyntaxError);
  });
});

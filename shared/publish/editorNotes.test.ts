import { describe, expect, it } from 'vitest';
import type { BodyDoc, DocNode } from '../domain/articleBody.ts';
import { hasEditorNotes, stripEditorNotes } from './editorNotes.ts';

const note = (value: string): DocNode => ({ type: 'text', text: value, marks: [{ type: 'editorNote' }] });
const text = (value: string): DocNode => ({ type: 'text', text: value });
const p = (...content: DocNode[]): DocNode => ({ type: 'paragraph', content });

describe('stripEditorNotes', () => {
  it('reaches notes in lists, tables, fact boxes and pull quotes', () => {
    const body: BodyDoc = {
      type: 'doc',
      content: [
        { type: 'bulletList', content: [{ type: 'listItem', content: [p(text('một '), note('?'))] }] },
        { type: 'table', content: [{ type: 'tableRow', content: [{ type: 'tableCell', content: [p(note('ô trống'))] }] }] },
        { type: 'factBox', attrs: { title: 'Số liệu' }, content: [p(note('chờ số')), p(text('12'))] },
        { type: 'pullQuote', content: [note('ai nói?')] },
      ],
    };
    expect(hasEditorNotes(body)).toBe(true);
    const stripped = stripEditorNotes(body);
    expect(hasEditorNotes(stripped)).toBe(false);
    expect(stripped.content).toEqual([
      { type: 'bulletList', content: [{ type: 'listItem', content: [p(text('một'))] }] },
      // The cell and row stay; normalisation gives the cell its paragraph back.
      { type: 'table', content: [{ type: 'tableRow', content: [{ type: 'tableCell', content: [] }] }] },
      { type: 'factBox', attrs: { title: 'Số liệu' }, content: [p(text('12'))] },
    ]);
  });

  it('keeps empty paragraphs that were empty before, and bodies without notes as they were', () => {
    const body: BodyDoc = { type: 'doc', content: [{ type: 'paragraph' }, p(text('  thụt lề  '))] };
    expect(stripEditorNotes(body)).toEqual(body);
    expect(hasEditorNotes(body)).toBe(false);
  });
});

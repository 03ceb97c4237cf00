import { describe, expect, it } from 'vitest';
import type { BodyDoc, DocNode } from '../../../../shared/domain/articleBody.ts';
import { keepLocalNotes } from './editorNotes.ts';

const p = (text: string, note?: string): DocNode => ({
  type: 'paragraph',
  content: [{ type: 'text', text }, ...(note === undefined ? [] : [{ type: 'text', text: note, marks: [{ type: 'editorNote' }] }])],
});
const noteOnly = (note: string): DocNode => ({ type: 'paragraph', content: [{ type: 'text', text: note, marks: [{ type: 'editorNote' }] }] });
const doc = (...content: DocNode[]): BodyDoc => ({ type: 'doc', content });

describe('keepLocalNotes', () => {
  it('keeps the laptop’s notes on blocks the site did not change, and note-only paragraphs in place', () => {
    const local = doc(p('Một.', ' [kiểm tra số liệu]'), noteOnly('Hỏi lại Sở'), p('Hai.'));
    const fromSite = doc(p('Một.'), p('Hai (biên tập).'), p('Ba.'));
    expect(keepLocalNotes(fromSite, local)).toEqual(doc(p('Một.', ' [kiểm tra số liệu]'), noteOnly('Hỏi lại Sở'), p('Hai (biên tập).'), p('Ba.')));
  });

  it('changes nothing when there are no notes', () => {
    const fromSite = doc(p('Một.'), p('Hai.'));
    expect(keepLocalNotes(fromSite, doc(p('Một.')))).toEqual(fromSite);
  });
});

import { Editor } from '@tiptap/react';
import StarterKit from '@tiptap/starter-kit';
import { afterEach, describe, expect, it } from 'vitest';
import type { BodyDoc, DocNode } from '../../../shared/domain/articleBody.ts';
import { CURRENT_MATCH_CLASS, FindReplace, MATCH_CLASS, findReplaceState, type SearchQuery } from './findReplace.ts';

const editors: Editor[] = [];

function editorWith(content: BodyDoc): Editor {
  const editor = new Editor({ extensions: [StarterKit, FindReplace], content, injectCSS: false });
  editors.push(editor);
  return editor;
}

afterEach(() => {
  for (const editor of editors.splice(0)) editor.destroy();
});

const text = (value: string, marks?: DocNode['marks']): DocNode => (marks === undefined ? { type: 'text', text: value } : { type: 'text', text: value, marks });
const paragraph = (...content: DocNode[]): DocNode => ({ type: 'paragraph', content });
const doc = (...content: DocNode[]): BodyDoc => ({ type: 'doc', content });
const query = (value: string, options: Partial<SearchQuery> = {}): SearchQuery => ({ text: value, matchCase: false, ignoreAccents: false, ...options });

/** The text of every match, as the reporter sees them highlighted. */
function matchedText(editor: Editor): string[] {
  return findReplaceState(editor.state).matches.map(({ from, to }) => editor.state.doc.textBetween(from, to));
}

const highlighted = (editor: Editor) => Array.from(editor.view.dom.querySelectorAll(`.${MATCH_CLASS}`)).map((element) => element.textContent);

describe('FindReplace extension', () => {
  it('highlights every match with decorations and leaves the document untouched', () => {
    const editor = editorWith(doc(paragraph(text('Hòa bình và hòa hợp.')), paragraph(text('Hoà giải.'))));
    const before = editor.getJSON();
    editor.commands.setSearchQuery(query('hòa'));
    expect(matchedText(editor)).toEqual(['Hòa', 'hòa']);
    expect(highlighted(editor)).toEqual(['Hòa', 'hòa']);
    expect(editor.view.dom.querySelectorAll(`.${CURRENT_MATCH_CLASS}`)).toHaveLength(1);
    expect(editor.getJSON()).toEqual(before);
  });

  it('ignores accents when asked: "hoa" finds "hòa" and "Hoà", "Đà" finds "Da" and "đa"', () => {
    const editor = editorWith(doc(paragraph(text('Hòa bình, Hoà giải, hoa hồng. Đà Nẵng, Da Nang, đa dạng.'))));
    editor.commands.setSearchQuery(query('hoa', { ignoreAccents: true }));
    expect(matchedText(editor)).toEqual(['Hòa', 'Hoà', 'hoa']);
    editor.commands.setSearchQuery(query('Đà', { ignoreAccents: true }));
    expect(matchedText(editor)).toEqual(['Đà', 'Da', 'đa', 'dạ']);
    editor.commands.setSearchQuery(query('hoa'));
    expect(matchedText(editor)).toEqual(['hoa']);
  });

  it('matches case when asked', () => {
    const editor = editorWith(doc(paragraph(text('Quảng Trị, quảng trường'))));
    editor.commands.setSearchQuery(query('quảng', { matchCase: true }));
    expect(matchedText(editor)).toEqual(['quảng']);
  });

  it('finds text across marks inside a block, but never across blocks or line breaks', () => {
    const editor = editorWith(
      doc(
        paragraph(text('Tỉnh Quảng '), text('Trị', [{ type: 'bold' }]), text(' phát triển')),
        paragraph(text('Quảng')),
        paragraph(text('Trị')),
        paragraph(text('Quảng'), { type: 'hardBreak' }, text('Trị')),
      ),
    );
    editor.commands.setSearchQuery(query('Quảng Trị'));
    expect(matchedText(editor)).toEqual(['Quảng Trị']);
    expect(highlighted(editor)).toEqual(['Quảng ', 'Trị']);
  });

  it('steps through matches with next and previous, wrapping, and selects the current one', () => {
    const editor = editorWith(doc(paragraph(text('một hai một ba một'))));
    editor.commands.setSearchQuery(query('một'));
    expect(findReplaceState(editor.state).current).toBe(0);
    editor.commands.findNext();
    expect(findReplaceState(editor.state).current).toBe(1);
    const { from, to } = editor.state.selection;
    expect(editor.state.doc.textBetween(from, to)).toBe('một');
    expect(from).toBe(findReplaceState(editor.state).matches[1]?.from);
    editor.commands.findNext();
    editor.commands.findNext();
    expect(findReplaceState(editor.state).current).toBe(0);
    editor.commands.findPrevious();
    expect(findReplaceState(editor.state).current).toBe(2);
  });

  it('starts from the match at or after the cursor', () => {
    const editor = editorWith(doc(paragraph(text('một hai một ba một'))));
    editor.commands.setTextSelection(8);
    editor.commands.setSearchQuery(query('một'));
    expect(findReplaceState(editor.state).current).toBe(1);
  });

  it('replaces the current match keeping its marks, then moves to the next', () => {
    const editor = editorWith(doc(paragraph(text('Hòa', [{ type: 'bold' }]), text(' và hòa'))));
    editor.commands.setSearchQuery(query('hòa'));
    editor.commands.replaceCurrent('Bình');
    expect(editor.getJSON().content?.[0]).toEqual(paragraph(text('Bình', [{ type: 'bold' }]), text(' và hòa')));
    expect(matchedText(editor)).toEqual(['hòa']);
    expect(findReplaceState(editor.state).current).toBe(0);
    const { from, to } = editor.state.selection;
    expect(editor.state.doc.textBetween(from, to)).toBe('hòa');
  });

  it('does not find its own replacement again when the replacement contains the query', () => {
    const editor = editorWith(doc(paragraph(text('hoa, hoa'))));
    editor.commands.setSearchQuery(query('hoa'));
    editor.commands.replaceCurrent('hoa hồng');
    expect(editor.getText()).toBe('hoa hồng, hoa');
    const { matches, current } = findReplaceState(editor.state);
    expect(matches[current]?.from).toBe(editor.getText().lastIndexOf('hoa') + 1);
  });

  it('replaces all in one transaction that a single undo brings back', () => {
    const editor = editorWith(doc(paragraph(text('Đà Nẵng và Da Nang')), paragraph(text('đa dạng'))));
    editor.commands.setSearchQuery(query('đà', { ignoreAccents: true }));
    expect(matchedText(editor)).toHaveLength(4);
    editor.commands.replaceAll('X');
    expect(editor.getText({ blockSeparator: '\n' })).toBe('X Nẵng và X Nang\nX Xng');
    expect(matchedText(editor)).toEqual([]);
    editor.commands.undo();
    expect(editor.getText({ blockSeparator: '\n' })).toBe('Đà Nẵng và Da Nang\nđa dạng');
    expect(matchedText(editor)).toHaveLength(4);
  });

  it('keeps the matches right while the reporter types elsewhere or inside a match', () => {
    const editor = editorWith(doc(paragraph(text('hòa một')), paragraph(text('hai hòa')), paragraph(text('ba hòa'))));
    editor.commands.setSearchQuery(query('hòa'));
    editor.commands.insertContentAt(1, 'Xin chào ');
    expect(matchedText(editor)).toEqual(['hòa', 'hòa', 'hòa']);
    // Typing "hòa" creates a fourth match; breaking one up removes it.
    editor.commands.insertContentAt(editor.state.doc.content.size - 1, ' hòa');
    expect(matchedText(editor)).toHaveLength(4);
    const second = findReplaceState(editor.state).matches[1];
    editor.commands.insertContentAt((second?.from ?? 0) + 1, '-');
    expect(matchedText(editor)).toEqual(['hòa', 'hòa', 'hòa']);
    // Deleting a whole paragraph.
    editor.commands.deleteRange({ from: 0, to: editor.state.doc.child(0).nodeSize });
    expect(matchedText(editor)).toEqual(['hòa', 'hòa']);
    // After every edit, the incremental result equals a fresh search.
    const incremental = findReplaceState(editor.state).matches;
    editor.commands.setSearchQuery(query('hòa'));
    expect(findReplaceState(editor.state).matches).toEqual(incremental);
  });

  it('finds a match made by joining two paragraphs, and loses one split in two', () => {
    const editor = editorWith(doc(paragraph(text('Thanh hò')), paragraph(text('a bình'))));
    editor.commands.setSearchQuery(query('hòa'));
    expect(matchedText(editor)).toEqual([]);
    editor.commands.setTextSelection(editor.state.doc.child(0).nodeSize + 1);
    editor.commands.joinBackward();
    expect(editor.getText()).toBe('Thanh hòa bình');
    expect(matchedText(editor)).toEqual(['hòa']);
    editor.commands.setTextSelection(9);
    editor.commands.splitBlock();
    expect(matchedText(editor)).toEqual([]);
  });

  it('does no work when no search is open', () => {
    const editor = editorWith(doc(paragraph(text('hòa'))));
    const idle = findReplaceState(editor.state);
    editor.commands.insertContent('bình ');
    expect(findReplaceState(editor.state)).toBe(idle);
  });

  it('clears the highlights', () => {
    const editor = editorWith(doc(paragraph(text('hòa'))));
    editor.commands.setSearchQuery(query('hòa'));
    editor.commands.clearSearch();
    expect(highlighted(editor)).toEqual([]);
    expect(editor.commands.findNext()).toBe(false);
    expect(editor.commands.replaceAll('x')).toBe(false);
  });
});

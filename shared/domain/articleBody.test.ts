import { describe, expect, it } from 'vitest';
import { bodyDocSchema, docFromPlainText, docToPlainText, MAX_DOC_DEPTH } from './articleBody.ts';

const lead = '(QTO) - Chiều nay 15/7/2020, Ban Tuyên giáo Tỉnh ủy tổ chức giao ban.';

describe('bodyDocSchema', () => {
  it('accepts an editor document and normalises its text to NFC', () => {
    const doc = docFromPlainText(lead.normalize('NFD'));
    const parsed = bodyDocSchema.parse(doc);
    expect(docToPlainText(parsed)).toBe(lead);
  });

  it('refuses unknown node types instead of dropping their text', () => {
    const result = bodyDocSchema.safeParse({ type: 'doc', content: [{ type: 'iframe', content: [] }] });
    expect(result.success).toBe(false);
  });

  it('refuses lone surrogates inside text nodes', () => {
    const doc = { type: 'doc', content: [{ type: 'paragraph', content: [{ type: 'text', text: 'a\uD83D' }] }] };
    const result = bodyDocSchema.safeParse(doc);
    expect(result.success).toBe(false);
    expect(result.error?.issues[0]?.path).toEqual(['content', 0, 'content', 0, 'text']);
  });

  it('refuses absurdly deep nesting', () => {
    let node: Record<string, unknown> = { type: 'paragraph' };
    for (let i = 0; i < MAX_DOC_DEPTH + 2; i++) node = { type: 'blockquote', content: [node] };
    expect(bodyDocSchema.safeParse({ type: 'doc', content: [node] }).success).toBe(false);
  });

  it('refuses what the newsroom schema does not allow: H1, script links, column widths', () => {
    const paragraph = (marks: unknown[]) => ({ type: 'paragraph', content: [{ type: 'text', text: 'x', marks }] });
    for (const content of [
      [{ type: 'heading', attrs: { level: 1 }, content: [{ type: 'text', text: 'x' }] }],
      [paragraph([{ type: 'link', attrs: { href: 'javascript:alert(1)' } }])],
      [{ type: 'table', content: [{ type: 'tableRow', content: [{ type: 'tableCell', attrs: { colwidth: [100] }, content: [{ type: 'paragraph' }] }] }] }],
    ]) {
      const result = bodyDocSchema.safeParse({ type: 'doc', content });
      expect(result.success).toBe(false);
      expect((result.error?.issues[0] as { params?: unknown } | undefined)?.params).toEqual({ reason: 'invalidDocument' });
    }
  });

  it('refuses something that is not a document', () => {
    expect(bodyDocSchema.safeParse('<p>html</p>').success).toBe(false);
    expect(bodyDocSchema.safeParse({ type: 'doc' }).success).toBe(false);
  });
});

describe('plain text round trip', () => {
  it('splits paragraphs on blank lines and keeps single newlines as breaks', () => {
    const doc = docFromPlainText('Đoạn một\ndòng hai\n\n\nĐoạn hai\r\n');
    expect(doc.content).toHaveLength(2);
    expect(doc.content[0]?.content?.map((node) => node.type)).toEqual(['text', 'hardBreak', 'text']);
    expect(docToPlainText(doc)).toBe('Đoạn một\ndòng hai\n\nĐoạn hai');
  });

  it('reads list items and quotes as separate blocks', () => {
    const doc = {
      type: 'doc',
      content: [
        { type: 'bulletList', content: [
          { type: 'listItem', content: [{ type: 'paragraph', content: [{ type: 'text', text: 'một' }] }] },
          { type: 'listItem', content: [{ type: 'paragraph', content: [{ type: 'text', text: 'hai' }] }] },
        ] },
      ],
    };
    expect(docToPlainText(doc)).toBe('một\n\nhai');
  });

  it("leaves editor's notes out unless asked, and reads a fact box's title as a block", () => {
    const doc = {
      type: 'doc',
      content: [
        { type: 'paragraph', content: [{ type: 'text', text: 'Giá tăng ' }, { type: 'text', text: '[kiểm tra]', marks: [{ type: 'editorNote' }] }] },
        { type: 'factBox', attrs: { title: 'Số liệu' }, content: [{ type: 'paragraph', content: [{ type: 'text', text: '12 xã' }] }] },
      ],
    };
    expect(docToPlainText(doc)).toBe('Giá tăng \n\nSố liệu\n\n12 xã');
    expect(docToPlainText(doc, { editorNotes: 'keep' })).toBe('Giá tăng [kiểm tra]\n\nSố liệu\n\n12 xã');
  });
});

import { describe, expect, it } from 'vitest';
import { bodyDocSchema, docFromPlainText, docToPlainText, MAX_DOC_DEPTH } from './document.ts';

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
});

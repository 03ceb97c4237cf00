import { describe, expect, it, vi } from 'vitest';
import { buildContextMenuTemplate, type EditContext } from './contextMenuTemplate.ts';

const context = (overrides: Partial<EditContext> = {}): EditContext => ({
  isEditable: true,
  selectionText: '',
  dictionarySuggestions: [],
  editFlags: { canCut: false, canCopy: false, canPaste: true, canSelectAll: true },
  ...overrides,
});

describe('buildContextMenuTemplate', () => {
  it('offers spelling suggestions first, which replace the misspelt word', () => {
    const replace = vi.fn();
    const template = buildContextMenuTemplate(
      context({ dictionarySuggestions: ['tuyên', 'tuyển', 'tuyến', 'tuyền', 'tuyện', 'tuyễn'] }),
      'vi',
      replace,
    );
    expect(template.slice(0, 6).map((item) => item.label ?? item.type)).toEqual([
      'tuyên',
      'tuyển',
      'tuyến',
      'tuyền',
      'tuyện',
      'separator',
    ]);
    (template[1]?.click as () => void)();
    expect(replace).toHaveBeenCalledWith('tuyển');
  });

  it('offers clipboard actions in an editable field, enabled as Chromium says', () => {
    const template = buildContextMenuTemplate(context(), 'vi', () => undefined);
    expect(template.map((item) => [item.label ?? item.type, item.enabled])).toEqual([
      ['Cắt', false],
      ['Sao chép', false],
      ['Dán', true],
      ['separator', undefined],
      ['Chọn tất cả', true],
    ]);
  });

  it('offers only Copy for selected text outside an editor, and nothing otherwise', () => {
    const copyOnly = buildContextMenuTemplate(
      context({ isEditable: false, selectionText: 'Đại Nam', editFlags: { canCut: false, canCopy: true, canPaste: false, canSelectAll: true } }),
      'en',
      () => undefined,
    );
    expect(copyOnly).toEqual([{ role: 'copy', label: 'Copy', enabled: true }]);
    expect(buildContextMenuTemplate(context({ isEditable: false }), 'vi', () => undefined)).toEqual([]);
  });
});

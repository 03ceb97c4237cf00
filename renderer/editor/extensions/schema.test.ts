import { Editor } from '@tiptap/react';
import type { AttributeSpec } from '@tiptap/pm/model';
import { afterEach, describe, expect, it } from 'vitest';
import { MARK_SPECS, NODE_SPECS } from '../../../shared/schema/index.ts';
import type { AttrSpecs } from '../../../shared/schema/index.ts';
import { newsroomExtensions } from './index.ts';

/**
 * The editor's schema is the shared one: same node and mark names, content expressions,
 * groups, allowed marks and attributes with the same defaults. If TipTap adds an
 * attribute in an upgrade, this fails before a stored document does.
 */

const editors: Editor[] = [];
const editor = () => {
  const created = new Editor({ extensions: newsroomExtensions(), injectCSS: false });
  editors.push(created);
  return created;
};

afterEach(() => {
  for (const created of editors.splice(0)) created.destroy();
});

const defaults = (attrs: Readonly<Record<string, AttributeSpec>> | undefined) =>
  Object.fromEntries(Object.entries(attrs ?? {}).map(([name, spec]) => [name, spec.default]));
const sharedDefaults = (attrs: AttrSpecs | undefined) => Object.fromEntries(Object.entries(attrs ?? {}).map(([name, spec]) => [name, spec.default]));

describe('the editor schema', () => {
  it('has exactly the shared node types, with the same content, groups, marks and attributes', () => {
    const { schema } = editor();
    expect(Object.keys(schema.nodes).sort()).toEqual(Object.keys(NODE_SPECS).sort());
    for (const [name, shared] of Object.entries(NODE_SPECS)) {
      const spec = schema.nodes[name]?.spec;
      const own = shared as { content?: string; group?: string; marks?: string; inline?: boolean; atom?: boolean; attrs?: AttrSpecs };
      expect({ name, content: spec?.content, group: spec?.group, marks: spec?.marks, inline: spec?.inline === true, atom: spec?.atom === true, attrs: defaults(spec?.attrs) }).toEqual({
        name,
        content: own.content,
        group: own.group,
        marks: own.marks,
        inline: own.inline === true,
        atom: own.atom === true,
        attrs: sharedDefaults(own.attrs),
      });
    }
  });

  it('has exactly the shared marks, with the same attributes and exclusions', () => {
    const { schema } = editor();
    expect(Object.keys(schema.marks).sort()).toEqual(Object.keys(MARK_SPECS).sort());
    for (const [name, shared] of Object.entries(MARK_SPECS)) {
      const spec = schema.marks[name]?.spec;
      const own = shared as { excludes?: string; attrs?: AttrSpecs };
      expect({ name, excludes: spec?.excludes, attrs: defaults(spec?.attrs) }).toEqual({ name, excludes: own.excludes, attrs: sharedDefaults(own.attrs) });
    }
  });

  it('gives prosemirror-tables the roles it looks for', () => {
    const { schema } = editor();
    expect(['table', 'tableRow', 'tableCell', 'tableHeader'].map((name) => schema.nodes[name]?.spec.tableRole)).toEqual(['table', 'row', 'cell', 'header_cell']);
  });
});

import { Extension } from '@tiptap/react';
import type { StarterKitOptions } from '@tiptap/starter-kit';
import { Plugin, PluginKey } from '@tiptap/pm/state';
import type { EditorState, Transaction } from '@tiptap/pm/state';
import { AddMarkStep, ReplaceAroundStep, ReplaceStep } from '@tiptap/pm/transform';
import type { Step } from '@tiptap/pm/transform';
import type { Mark as ProseMirrorMark } from '@tiptap/pm/model';
import { safeHref } from '../../../shared/schema/index.ts';

type LinkOptions = Exclude<StarterKitOptions['link'], false>;

const hasScheme = (url: string) => /^[a-z][a-z0-9+.-]*:/i.test(url.trim());

/**
 * StarterKit's link, configured for the newsroom: links are never followed in the editor
 * (Electron denies navigation anyway), and only http, https and mailto are accepted when
 * setting, pasting or autolinking. A URL typed without a scheme ("baoquangtri.vn") still
 * autolinks: linkify gives it `https://`. Anything that slips through (a pasted relative
 * link) is removed by `LinkGuard`, so the stored href always passes validation.
 */
export const LINK_OPTIONS: LinkOptions = {
  openOnClick: false,
  autolink: true,
  linkOnPaste: true,
  defaultProtocol: 'https',
  isAllowedUri: (url) => safeHref(url) !== undefined || !hasScheme(url),
  shouldAutoLink: (url) => !hasScheme(url) || safeHref(url) !== undefined,
};

/**
 * What the reporter typed in the link box, as an href, or undefined when it may not be a
 * link: a bare address gets `https://`, an e-mail address `mailto:`, and a scheme other
 * than http, https or mailto (`javascript:`, `data:`, `file:`) is refused.
 */
export function linkHrefFromInput(input: string): string | undefined {
  const value = input.trim();
  if (value === '' || /\s/.test(value)) return undefined;
  if (hasScheme(value)) return safeHref(value);
  if (/^[^@/]+@[^@/]+\.[^@/]+$/.test(value)) return `mailto:${value}`;
  if (/^[\p{L}\p{N}-]+(\.[\p{L}\p{N}-]+)+(?::\d+)?(?:[/?#].*)?$/u.test(value)) return `https://${value}`;
  return undefined;
}

const isUnsafeLink = (mark: ProseMirrorMark) => mark.type.name === 'link' && safeHref(mark.attrs.href) === undefined;

/** True when a step could have put an unsafe link into the document; only what it adds is looked at. */
function addsUnsafeLink(step: Step): boolean {
  if (step instanceof AddMarkStep) return isUnsafeLink(step.mark);
  if (step instanceof ReplaceStep || step instanceof ReplaceAroundStep) {
    let found = false;
    step.slice.content.descendants((node) => {
      if (node.marks.some(isUnsafeLink)) found = true;
      return !found;
    });
    return found;
  }
  return false;
}

function removeUnsafeLinks(state: EditorState): Transaction | null {
  let tr: Transaction | null = null;
  state.doc.descendants((node, pos) => {
    const unsafe = node.isText ? node.marks.find(isUnsafeLink) : undefined;
    if (unsafe !== undefined) tr = (tr ?? state.tr).removeMark(pos, pos + node.nodeSize, unsafe);
  });
  return tr;
}

/**
 * The last line of defence for links: after any change that added a link whose href is
 * not http, https or mailto, that link is removed and its text kept. Typing only inspects
 * the few characters it inserts, so nothing here grows with the document.
 */
export const LinkGuard = Extension.create({
  name: 'linkGuard',

  addProseMirrorPlugins() {
    return [
      new Plugin({
        key: new PluginKey('linkGuard'),
        appendTransaction: (transactions, _oldState, state) =>
          transactions.some((tr) => tr.steps.some(addsUnsafeLink)) ? removeUnsafeLinks(state) : null,
      }),
    ];
  },
});

import { Extension, type CommandProps, type Editor } from '@tiptap/react';
import { Plugin, PluginKey, TextSelection, type EditorState, type Transaction } from '@tiptap/pm/state';
import { Decoration, DecorationSet } from '@tiptap/pm/view';
import { compileQuery, matchAtOrAfter, remapMatches, searchDoc, type CompiledQuery, type Match, type SearchQuery } from './searchDoc.ts';
import './findReplace.css';

export type { Match, SearchQuery } from './searchDoc.ts';

/** Decoration classes; findReplace.css paints them. */
export const MATCH_CLASS = 'find-match';
export const CURRENT_MATCH_CLASS = 'find-match-current';

export interface FindReplaceState {
  query: SearchQuery;
  compiled: CompiledQuery | null;
  matches: readonly Match[];
  /** Index into `matches` of the highlighted one; -1 when there is none. */
  current: number;
  decorations: DecorationSet;
}

/** What a command tells the plugin: a new query, or a new current match (with the matches it already computed). */
interface FindMeta {
  query?: SearchQuery;
  current?: number;
  matches?: readonly Match[];
}

export const EMPTY_QUERY: SearchQuery = { text: '', matchCase: false, ignoreAccents: false };

export const findReplaceKey = new PluginKey<FindReplaceState>('findReplace');

/** Kept on the editor across panel openings: the reporter's choice of options. */
export interface FindReplaceStorage {
  lastOptions: Pick<SearchQuery, 'matchCase' | 'ignoreAccents'>;
}

declare module '@tiptap/core' {
  interface Storage {
    findReplace: FindReplaceStorage;
  }
  interface Commands<ReturnType> {
    findReplace: {
      /** Searches the body; an empty text clears the highlights. The match at or after the cursor becomes current. */
      setSearchQuery: (query: SearchQuery) => ReturnType;
      clearSearch: () => ReturnType;
      /** Selects and scrolls to the next match, wrapping at the end. */
      findNext: () => ReturnType;
      findPrevious: () => ReturnType;
      /** Replaces the current match and moves on to the next one. */
      replaceCurrent: (replacement: string) => ReturnType;
      /** Replaces every match in one transaction: one undo step brings them all back. */
      replaceAll: (replacement: string) => ReturnType;
    };
  }
}

function decorate(state: Pick<EditorState, 'doc'>, matches: readonly Match[], current: number): DecorationSet {
  if (matches.length === 0) return DecorationSet.empty;
  return DecorationSet.create(
    state.doc,
    matches.map((match, index) =>
      Decoration.inline(match.from, match.to, { class: index === current ? `${MATCH_CLASS} ${CURRENT_MATCH_CLASS}` : MATCH_CLASS }),
    ),
  );
}

const IDLE: FindReplaceState = { query: EMPTY_QUERY, compiled: null, matches: [], current: -1, decorations: DecorationSet.empty };

/** After an edit the current match is the one that survived, else the next after where it was. */
function currentAfter(previous: FindReplaceState, tr: Transaction, matches: readonly Match[]): number {
  const old = previous.matches[previous.current];
  if (old === undefined) return -1;
  const from = tr.mapping.map(old.from, 1);
  const same = matches.findIndex((match) => match.from === from && match.to - match.from === old.to - old.from);
  return same !== -1 ? same : matchAtOrAfter(matches, tr.mapping.map(old.to, 1));
}

function applyFind(tr: Transaction, previous: FindReplaceState, state: EditorState): FindReplaceState {
  const meta = tr.getMeta(findReplaceKey) as FindMeta | undefined;
  if (meta?.query !== undefined) {
    const compiled = compileQuery(meta.query);
    if (compiled === null) return { ...IDLE, query: meta.query };
    const matches = searchDoc(tr.doc, compiled);
    const current = matchAtOrAfter(matches, state.selection.from);
    return { query: meta.query, compiled, matches, current, decorations: decorate(state, matches, current) };
  }
  // No search open: nothing to do on the typing path, whatever the article's length.
  if (previous.compiled === null) return previous;
  if (!tr.docChanged && meta === undefined) return previous;
  const matches = meta?.matches ?? (tr.docChanged ? remapMatches(previous.matches, tr, previous.compiled) : previous.matches);
  const wanted = meta?.current ?? (tr.docChanged ? currentAfter(previous, tr, matches) : previous.current);
  const current = matches.length === 0 ? -1 : Math.min(Math.max(wanted, -1), matches.length - 1);
  return { ...previous, matches, current, decorations: decorate(state, matches, current) };
}

export function findReplaceState(state: EditorState): FindReplaceState {
  return findReplaceKey.getState(state) ?? IDLE;
}

/** The find state of a live editor, for the panel; IDLE before the editor exists. */
export function editorFindState(editor: Editor | null): FindReplaceState {
  return editor === null || editor.isDestroyed ? IDLE : findReplaceState(editor.state);
}

function selectMatch(tr: Transaction, match: Match): Transaction {
  return tr.setSelection(TextSelection.create(tr.doc, match.from, match.to)).scrollIntoView();
}

/**
 * Find and replace in the body: matches as inline decorations (nothing is written
 * into the document), commands for the panel (`FindReplacePanel.tsx`). Replacements
 * keep the marks where the match starts, as typing over a selection would.
 */
export const FindReplace = Extension.create<Record<string, never>, FindReplaceStorage>({
  name: 'findReplace',

  addStorage() {
    return { lastOptions: { matchCase: EMPTY_QUERY.matchCase, ignoreAccents: EMPTY_QUERY.ignoreAccents } };
  },

  addProseMirrorPlugins() {
    return [
      new Plugin<FindReplaceState>({
        key: findReplaceKey,
        state: {
          init: () => IDLE,
          apply: (tr, previous, _oldState, newState) => applyFind(tr, previous, newState),
        },
        props: {
          decorations: (state) => findReplaceKey.getState(state)?.decorations,
        },
      }),
    ];
  },

  addCommands() {
    const step = (direction: 1 | -1) => () => ({ state, tr, dispatch }: CommandProps) => {
      const { matches, current } = findReplaceState(state);
      if (matches.length === 0) return false;
      const index =
        current === -1
          ? matchAtOrAfter(matches, direction === 1 ? state.selection.to : state.selection.from)
          : (current + direction + matches.length) % matches.length;
      // From no current match, "previous" means the last one before the cursor.
      const target = current === -1 && direction === -1 ? (index - 1 + matches.length) % matches.length : index;
      const match = matches[target];
      if (match === undefined) return false;
      if (dispatch !== undefined) selectMatch(tr, match).setMeta(findReplaceKey, { current: target } satisfies FindMeta);
      return true;
    };

    return {
      setSearchQuery:
        (query) =>
        ({ tr, dispatch }) => {
          if (dispatch !== undefined) tr.setMeta(findReplaceKey, { query: { ...query, text: query.text.normalize('NFC') } } satisfies FindMeta);
          return true;
        },
      clearSearch:
        () =>
        ({ state, tr, dispatch }) => {
          if (dispatch !== undefined) tr.setMeta(findReplaceKey, { query: { ...findReplaceState(state).query, text: '' } } satisfies FindMeta);
          return true;
        },
      findNext: step(1),
      findPrevious: step(-1),
      replaceCurrent:
        (replacement) =>
        ({ state, tr, dispatch }) => {
          const find = findReplaceState(state);
          const match = find.matches[find.current];
          if (match === undefined || find.compiled === null) return false;
          if (dispatch === undefined) return true;
          const text = replacement.normalize('NFC');
          if (text === '') tr.delete(match.from, match.to);
          else tr.insertText(text, match.from, match.to);
          // The next match is computed here, once, so the selection can move to it in the same step.
          const matches = remapMatches(find.matches, tr, find.compiled);
          const current = matchAtOrAfter(matches, tr.mapping.map(match.to, 1));
          const next = matches[current];
          if (next !== undefined) selectMatch(tr, next);
          else tr.setSelection(TextSelection.create(tr.doc, tr.mapping.map(match.to, 1))).scrollIntoView();
          tr.setMeta(findReplaceKey, { matches, current } satisfies FindMeta);
          return true;
        },
      replaceAll:
        (replacement) =>
        ({ state, tr, dispatch }) => {
          const { matches } = findReplaceState(state);
          if (matches.length === 0) return false;
          if (dispatch === undefined) return true;
          const text = replacement.normalize('NFC');
          // Last to first, so the positions of the matches not yet replaced stay valid.
          for (const match of [...matches].reverse()) {
            if (text === '') tr.delete(match.from, match.to);
            else tr.insertText(text, match.from, match.to);
          }
          return true;
        },
    };
  },
});

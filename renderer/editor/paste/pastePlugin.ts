import { closeHistory } from '@tiptap/pm/history';
import { DOMParser as ProseMirrorParser, type Slice } from '@tiptap/pm/model';
import { Plugin, PluginKey, type EditorState, type Transaction } from '@tiptap/pm/state';
import type { EditorView } from '@tiptap/pm/view';
import { MAX_DOC_JSON_LENGTH } from '../../../shared/domain/articleBody.ts';
import { escapeText } from '../../../shared/publish/entities.ts';
import { cleanPastedHtml, cleanPastedText, type CleanPasteOptions, type CleanPasteResult, type CleanTextResult, type PasteReport } from '../../../shared/paste/index.ts';
import type { LegacyEncoding } from '../../../shared/text/legacyVietnamese.ts';
import { stripInvisible } from '../../../shared/text/typography.ts';
import type { PasteMessage, PasteNoticeStore } from './PasteNoticeStore.ts';

/**
 * The paste pipeline around ProseMirror's own: the DOM `paste` handler cleans first and
 * decides (too large, unreadable → the plain-text flavour or a message, never a half-paste
 * that deletes the selection), `transformPastedHTML`/`transformPastedText` hand ProseMirror
 * the clean result, and the plugin state remembers where an unsure TCVN3/VNI paste landed
 * so "Chuyển sang Unicode" can redo exactly that range. Any other edit withdraws the offer:
 * after it, the range may hold the reporter's own Unicode typing, which must not be converted.
 */

interface Source {
  kind: 'html' | 'text';
  data: string;
}

interface Offer {
  from: number;
  to: number;
  encoding: LegacyEncoding;
  source: Source;
}

interface PasteState {
  offer: Offer | null;
}

export const pasteHygieneKey = new PluginKey<PasteState>('pasteHygiene');

/** Set on the transaction that applies "Chuyển sang Unicode" (it is checked against the size limit like a paste). */
const CONVERSION = 'pasteHygieneConversion';

export interface PastePluginConfig {
  notices: PasteNoticeStore;
  /** Read at each paste, so a settings change applies to the open editor. */
  cleanOptions(): CleanPasteOptions;
}

type Prepared =
  | { kind: 'html'; input: string; result: Extract<CleanPasteResult, { status: 'ok' }> }
  | { kind: 'text'; input: string; result: Extract<CleanTextResult, { status: 'ok' }>; message?: PasteMessage };

const isPaste = (tr: Transaction) => tr.getMeta('paste') === true || tr.getMeta('uiEvent') === 'drop';

/** The span of the document a transaction wrote, in its final coordinates. */
function changedRange(tr: Transaction): { from: number; to: number } | null {
  let from = Number.POSITIVE_INFINITY;
  let to = Number.NEGATIVE_INFINITY;
  tr.mapping.maps.forEach((map, index) => {
    const rest = tr.mapping.slice(index + 1);
    map.forEach((_oldStart, _oldEnd, newStart, newEnd) => {
      from = Math.min(from, rest.map(newStart, -1));
      to = Math.max(to, rest.map(newEnd, 1));
    });
  });
  return from <= to ? { from, to } : null;
}

function messagesOf(report: PasteReport): PasteMessage[] {
  const messages: PasteMessage[] = [];
  if (report.legacy !== null) messages.push({ kind: 'legacyConverted', encoding: report.legacy.encoding });
  if (report.imagesUnavailable > 0) messages.push({ kind: 'imagesUnavailable', count: report.imagesUnavailable });
  if (report.tableRows !== null) messages.push({ kind: 'tableCut', ...report.tableRows });
  return messages;
}

/** Plain text as ProseMirror pastes it: a paragraph per line. */
function textToHtml(text: string): string {
  return text
    .split(/(?:\r\n?|\n)+/)
    .map((line) => `<p>${escapeText(line)}</p>`)
    .join('');
}

/** Parses in an inert document (no image loads, no scripts), as ProseMirror's own clipboard reader does. */
function parseSlice(view: EditorView, html: string, at: number): Slice {
  const body = new window.DOMParser().parseFromString(`<!doctype html><body>${html}`, 'text/html').body;
  const parser = view.someProp('clipboardParser') ?? view.someProp('domParser') ?? ProseMirrorParser.fromSchema(view.state.schema);
  return parser.parseSlice(body, { preserveWhitespace: false, context: view.state.doc.resolve(at) });
}

export function pastePlugin({ notices, cleanOptions }: PastePluginConfig): Plugin<PasteState> {
  /** The clean result of the paste being handled, from the DOM handler to the transform hooks. */
  let prepared: Prepared | null = null;
  /** An offer waiting for its paste transaction, which says where the text landed. */
  let pending: { encoding: LegacyEncoding; source: Source } | null = null;

  const refuse = (reason: Extract<PasteMessage, { kind: 'refused' }>['reason'], size: number) => {
    pending = null;
    notices.setMessages([{ kind: 'refused', reason, size }]);
  };

  const accepted = (messages: PasteMessage[], offer: PasteReport['legacyOffer'], source: Source) => {
    notices.setMessages(messages);
    pending = offer === null ? null : { encoding: offer.encoding, source };
  };

  function onPaste(view: EditorView, event: ClipboardEvent): boolean {
    prepared = null;
    pending = null;
    notices.setMessages([]);
    const data = event.clipboardData;
    if (data === null || view.composing) return false;
    const html = data.getData('text/html');
    const text = data.getData('text/plain');
    const options = cleanOptions();
    if (html !== '') {
      const result = cleanPastedHtml(html, options);
      if (result.status === 'ok') {
        prepared = { kind: 'html', input: html, result };
        return false;
      }
      event.preventDefault();
      const reason = result.status === 'unreadable' ? 'unreadable' : result.reason;
      const fallback = text === '' ? undefined : cleanPastedText(text, options);
      if (fallback?.status === 'ok' && fallback.text.trim() !== '') {
        prepared = { kind: 'text', input: text, result: fallback, message: { kind: 'asText', reason, size: html.length } };
        view.pasteText(text);
      } else refuse(reason, html.length);
      return true;
    }
    if (text === '') return false;
    const result = cleanPastedText(text, options);
    if (result.status !== 'ok') {
      event.preventDefault();
      refuse(result.status === 'unreadable' ? 'unreadable' : 'size', text.length);
      return true;
    }
    prepared = { kind: 'text', input: text, result };
    return false;
  }

  function transformHtml(html: string): string {
    const ready = prepared?.kind === 'html' && prepared.input === html ? prepared.result : undefined;
    prepared = null;
    // Without a DOM paste event (a drop, `view.pasteHTML`) the HTML is cleaned here.
    const result = ready ?? cleanPastedHtml(html, cleanOptions());
    if (result.status !== 'ok') {
      refuse(result.status === 'unreadable' ? 'unreadable' : result.reason, html.length);
      return '';
    }
    accepted(messagesOf(result.report), result.report.legacyOffer, { kind: 'html', data: html });
    return result.html;
  }

  function transformText(text: string, view: EditorView): string {
    // A code block keeps its text as typed: only what the document schema refuses goes.
    if (view.state.selection.$from.parent.type.spec.code === true) return stripInvisible(text).normalize('NFC');
    const ready = prepared?.kind === 'text' && prepared.input === text ? prepared : undefined;
    prepared = null;
    const result = ready?.result ?? cleanPastedText(text, cleanOptions());
    if (result.status !== 'ok') {
      refuse(result.status === 'unreadable' ? 'unreadable' : 'size', text.length);
      return '';
    }
    const messages: PasteMessage[] = ready?.message === undefined ? [] : [ready.message];
    if (result.legacy !== null) messages.push({ kind: 'legacyConverted', encoding: result.legacy.encoding });
    accepted(messages, result.legacyOffer, { kind: 'text', data: text });
    return result.text;
  }

  function convert(view: EditorView): void {
    const offer = pasteHygieneKey.getState(view.state)?.offer;
    if (offer === null || offer === undefined) return;
    const options = { ...cleanOptions(), legacy: offer.encoding };
    let html = '';
    if (offer.source.kind === 'html') {
      const result = cleanPastedHtml(offer.source.data, options);
      html = result.status === 'ok' ? result.html : '';
    } else {
      const result = cleanPastedText(offer.source.data, options);
      html = result.status === 'ok' ? textToHtml(result.text) : '';
    }
    // Its own undo step, however soon after the paste the button is pressed: undo gives back the text as pasted.
    const tr = closeHistory(view.state.tr).replaceRange(offer.from, offer.to, parseSlice(view, html, offer.from));
    view.dispatch(tr.setMeta(pasteHygieneKey, { offer: null }).setMeta(CONVERSION, true).scrollIntoView());
    if (pasteHygieneKey.getState(view.state)?.offer === null) notices.setMessages([{ kind: 'legacyConverted', encoding: offer.encoding }]);
    view.focus();
  }

  function keep(view: EditorView): void {
    view.dispatch(view.state.tr.setMeta(pasteHygieneKey, { offer: null }));
    view.focus();
  }

  return new Plugin<PasteState>({
    key: pasteHygieneKey,
    state: {
      init: (): PasteState => ({ offer: null }),
      apply(tr, value): PasteState {
        const meta = tr.getMeta(pasteHygieneKey) as PasteState | undefined;
        if (meta !== undefined) return meta;
        const { offer } = value;
        if (offer === null || !tr.docChanged) return value;
        // Other plugins' follow-ups to the paste (StarterKit's trailing paragraph) move the range; the reporter's edits withdraw it.
        if (tr.getMeta('appendedTransaction') !== undefined) return { offer: { ...offer, from: tr.mapping.map(offer.from, -1), to: tr.mapping.map(offer.to, 1) } };
        return { offer: null };
      },
    },
    props: {
      handleDOMEvents: { paste: onPaste },
      transformPastedHTML: transformHtml,
      transformPastedText: (text, _plain, view) => transformText(text, view),
    },
    // A paste that would make the body too long to save is refused whole, before it lands.
    filterTransaction(tr: Transaction, state: EditorState): boolean {
      if (!tr.docChanged || !(isPaste(tr) || tr.getMeta(CONVERSION) === true)) return true;
      const size = JSON.stringify(tr.doc.toJSON()).length;
      if (size <= MAX_DOC_JSON_LENGTH || size <= JSON.stringify(state.doc.toJSON()).length) return true;
      refuse('documentTooLong', size);
      return false;
    },
    appendTransaction(transactions, _oldState, newState) {
      const paste = transactions.find(isPaste);
      if (paste === undefined || pending === null) return null;
      const range = changedRange(paste);
      const offer = pending;
      pending = null;
      if (range === null) return null;
      // Later transactions in the batch (other plugins' appends) may have moved the range.
      const after = transactions.slice(transactions.indexOf(paste) + 1);
      const map = (pos: number, assoc: number) => after.reduce((at, tr) => tr.mapping.map(at, assoc), pos);
      return newState.tr.setMeta(pasteHygieneKey, { offer: { ...offer, from: map(range.from, -1), to: map(range.to, 1) } });
    },
    view(view) {
      notices.bind({ convert: () => convert(view), keep: () => keep(view) });
      return {
        update(current) {
          const offer = pasteHygieneKey.getState(current.state)?.offer ?? null;
          notices.setOffer(offer === null ? null : { encoding: offer.encoding });
        },
        destroy() {
          notices.bind(null);
          notices.setOffer(null);
        },
      };
    },
  });
}

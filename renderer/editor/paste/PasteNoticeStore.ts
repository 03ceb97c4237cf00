import type { LegacyEncoding } from '../../../shared/text/legacyVietnamese.ts';

/**
 * What the paste extension has to tell the reporter, as a tiny external store React reads
 * with `useSyncExternalStore`: the TCVN3/VNI offer (with what its two buttons do) and the
 * messages of the last paste. The extension writes, `PasteNotices` renders.
 */
export type PasteMessage =
  | { kind: 'legacyConverted'; encoding: LegacyEncoding }
  | { kind: 'imagesUnavailable'; count: number }
  | { kind: 'tableCut'; kept: number; total: number }
  /** The HTML could not be used; the plain-text flavour was pasted instead. `size` in characters. */
  | { kind: 'asText'; reason: 'size' | 'nesting' | 'unreadable'; size: number }
  /** Nothing was pasted; the document is untouched. */
  | { kind: 'refused'; reason: 'size' | 'nesting' | 'unreadable' | 'documentTooLong'; size: number };

export interface PasteNoticeSnapshot {
  /** Detection was unsure: "Chuyển sang Unicode" or "Giữ nguyên". */
  offer: { encoding: LegacyEncoding } | null;
  messages: readonly PasteMessage[];
}

interface OfferActions {
  convert(): void;
  keep(): void;
}

const EMPTY: PasteNoticeSnapshot = Object.freeze({ offer: null, messages: Object.freeze([]) });

export class PasteNoticeStore {
  private snapshot: PasteNoticeSnapshot = EMPTY;
  private readonly listeners = new Set<() => void>();
  private actions: OfferActions | null = null;

  readonly subscribe = (listener: () => void): (() => void) => {
    this.listeners.add(listener);
    return () => this.listeners.delete(listener);
  };

  readonly getSnapshot = (): PasteNoticeSnapshot => this.snapshot;

  /** "Chuyển sang Unicode": replaces the pasted text with its conversion. */
  readonly convert = (): void => this.actions?.convert();
  /** "Giữ nguyên": withdraws the offer, text unchanged. */
  readonly keep = (): void => this.actions?.keep();

  bind(actions: OfferActions | null): void {
    this.actions = actions;
  }

  setOffer(offer: PasteNoticeSnapshot['offer']): void {
    if (offer?.encoding === this.snapshot.offer?.encoding) return;
    this.update({ ...this.snapshot, offer });
  }

  setMessages(messages: readonly PasteMessage[]): void {
    if (messages.length === 0 && this.snapshot.messages.length === 0) return;
    this.update({ ...this.snapshot, messages });
  }

  dismiss(message: PasteMessage): void {
    this.update({ ...this.snapshot, messages: this.snapshot.messages.filter((item) => item !== message) });
  }

  private update(snapshot: PasteNoticeSnapshot): void {
    this.snapshot = snapshot;
    for (const listener of this.listeners) listener();
  }
}

import { isBlank } from '../publish/htmlTree.ts';
import { NO_MARKS, type Block, type Inline, type LegacyFont, type MarkSet } from './model.ts';

const BREAK: Inline = Object.freeze({ kind: 'break' });

/**
 * Collects what the reader finds into blocks: inline content piles up into the pending
 * paragraph until a block boundary (a `<div>`, a table, an image) flushes it. An
 * `inlineOnly` sink (a heading, a caption) never starts a paragraph: boundaries become
 * spaces, and blocks found inside (an image in a heading) wait in `deferred` to follow it.
 */
export class BlockSink {
  private readonly blocks: Block[] = [];
  private inlines: Inline[] = [];
  private readonly inlineOnly: boolean;

  constructor(inlineOnly = false) {
    this.inlineOnly = inlineOnly;
  }

  text(text: string, marks: MarkSet, font: LegacyFont | null): void {
    // Whitespace before any content is the source's indentation between tags.
    if (text === '' || (this.inlines.length === 0 && isBlank(text))) return;
    this.inlines.push({ kind: 'text', text, marks, font });
  }

  lineBreak(): void {
    this.inlines.push(BREAK);
  }

  /** A block boundary. */
  flush(): void {
    if (this.inlines.length === 0) return;
    if (this.inlineOnly) {
      this.inlines.push({ kind: 'text', text: ' ', marks: NO_MARKS, font: null });
      return;
    }
    this.blocks.push({ kind: 'paragraph', inlines: this.inlines });
    this.inlines = [];
  }

  block(block: Block): void {
    if (!this.inlineOnly) this.flush();
    this.blocks.push(block);
  }

  /** Everything read, the pending paragraph included (or, inline only, the blocks that follow). */
  finish(): Block[] {
    if (!this.inlineOnly) this.flush();
    return this.blocks;
  }

  /** The inline content of an `inlineOnly` sink. */
  get content(): Inline[] {
    return this.inlines;
  }
}

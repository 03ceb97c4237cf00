import { Extension } from '@tiptap/react';
import { DEFAULT_TYPOGRAPHY, type TypographyOptions } from '../../../shared/text/typography.ts';
import { PasteNoticeStore } from './PasteNoticeStore.ts';
import { pastePlugin } from './pastePlugin.ts';

export interface PasteHygieneOptions {
  /** The newsroom's typographic quotes and ellipsis setting, read at each paste (off by default). */
  typography: () => Readonly<TypographyOptions>;
  /**
   * `data:` photos in pasted HTML. The figure node only shows web URLs and local media,
   * so until pasted `data:` images are imported into the media store they are dropped
   * and counted ("Không dán được 1 ảnh…") rather than lost silently.
   */
  dataImages: 'keep' | 'drop';
}

export interface PasteHygieneStorage {
  /** Read by `<PasteNotices editor={editor} />`. */
  notices: PasteNoticeStore;
}

declare module '@tiptap/core' {
  interface Storage {
    pasteHygiene: PasteHygieneStorage;
  }
}

/**
 * Paste and drop hygiene for the article body: Word, LibreOffice, Google Docs and web HTML
 * cleaned to the article schema (shared/paste), text in NFC with tidy spaces, TCVN3/VNI
 * converted or offered, bad input refused with a message and the document untouched.
 */
export const PasteHygiene = Extension.create<PasteHygieneOptions, PasteHygieneStorage>({
  name: 'pasteHygiene',

  addOptions() {
    return { typography: () => DEFAULT_TYPOGRAPHY, dataImages: 'drop' };
  },

  addStorage() {
    return { notices: new PasteNoticeStore() };
  },

  addProseMirrorPlugins() {
    const { options, storage } = this;
    return [pastePlugin({ notices: storage.notices, cleanOptions: () => ({ typography: options.typography(), dataImages: options.dataImages }) })];
  },
});

/**
 * The editor page's own DOM, outside React's root. React listens for every event on the
 * element it renders into (its root, and each portal's container), so any element React
 * renders into above the body editor puts listeners for `keypress` and `input` on the way
 * of every typed character. ProseMirror reads typed text in a MutationObserver microtask,
 * and the browser runs microtasks after each listener it calls: with one such listener the
 * whole transaction runs inside the keystroke's events instead of after them. So the
 * elements that hold the body are plain DOM, and React fills the slots around it through
 * portals, siblings of the body, never its ancestors.
 */
export interface EditorLayer {
  /** The page's main landmark while an article is open. */
  root: HTMLElement;
  /** The article; labelled by the headline once the form has rendered it. */
  article: HTMLElement;
  /** Above the sheet: the headline for screen readers, the editor's toolbar, notices. */
  head: HTMLElement;
  /** In the sheet, before the body: title, sapo, the body's label, toolbar and panels. */
  sheetTop: HTMLElement;
  /** Where ProseMirror's element goes. */
  bodyHost: HTMLElement;
  /** In the sheet, after the body: the pen name. */
  sheetBottom: HTMLElement;
  /** Beside the sheet: the publishing side panel, then dialogs. */
  aside: HTMLElement;
}

function element<K extends keyof HTMLElementTagNameMap>(doc: Document, tag: K, className: string): HTMLElementTagNameMap[K] {
  const made = doc.createElement(tag);
  made.className = className;
  return made;
}

/** Builds the layer detached; `useEditorLayer` puts it in the page. */
export function createEditorLayer(doc: Document): EditorLayer {
  const root = element(doc, 'main', 'app-main editor-layer');
  const article = element(doc, 'article', 'editor');
  const head = element(doc, 'div', 'editor-slot editor-slot-head');
  const sheet = element(doc, 'div', 'editor-sheet');
  const sheetTop = element(doc, 'div', 'editor-slot editor-slot-sheet-top');
  const bodyHost = element(doc, 'div', 'body-editor-frame');
  const sheetBottom = element(doc, 'div', 'editor-slot editor-slot-sheet-bottom');
  const aside = element(doc, 'div', 'editor-slot editor-slot-aside');
  sheet.append(sheetTop, bodyHost, sheetBottom);
  article.append(head, sheet, aside);
  root.append(article);
  return { root, article, head, sheetTop, bodyHost, sheetBottom, aside };
}

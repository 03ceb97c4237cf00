import { useLayoutEffect, useState } from 'react';

/**
 * A modal dialog's portal target: a fresh element at the end of the page's body, there
 * while the dialog is mounted, with everything else on the page `inert` meanwhile (no
 * click, focus or screen-reader cursor reaches behind it, as with a native modal
 * `<dialog>`, which jsdom lacks). Never `document.body` itself: React listens for every
 * event on a portal's container for good, and on the body those listeners would sit above
 * the body editor's text (renderer/editor/layer/editorLayer.ts).
 */
export function useModalHost(className: string): HTMLElement {
  const [host] = useState(() => document.createElement('div'));
  useLayoutEffect(() => {
    host.className = className;
    document.body.append(host);
    const madeInert: Element[] = [];
    for (const sibling of Array.from(document.body.children)) {
      if (sibling === host || sibling.hasAttribute('inert')) continue;
      sibling.setAttribute('inert', '');
      madeInert.push(sibling);
    }
    return () => {
      for (const element of madeInert) element.removeAttribute('inert');
      host.remove();
    };
  }, [host, className]);
  return host;
}

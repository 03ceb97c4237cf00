import { useLayoutEffect, useState } from 'react';

/**
 * A fresh element at the end of the page's body, for a portal, there while the component
 * is mounted. Never `document.body` itself: React listens for every event on each portal's
 * container for good, and on the body those listeners would sit above the body editor's
 * text (see renderer/editor/layer/editorLayer.ts).
 */
export function useBodyHost(className: string): HTMLElement {
  const [host] = useState(() => document.createElement('div'));
  useLayoutEffect(() => {
    host.className = className;
    document.body.append(host);
    return () => host.remove();
  }, [host, className]);
  return host;
}

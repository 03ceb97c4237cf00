import { useLayoutEffect, useState } from 'react';
import { APP_ROOT_ID } from '../../src/appRoot.ts';
import { createEditorLayer, type EditorLayer } from './editorLayer.ts';

/**
 * The editor's layer (editorLayer.ts), in the page while the form is mounted: right after
 * React's root, so the reading and Tab order run header → editor as before. Outside the
 * app (component tests) it goes at the end of the body.
 */
export function useEditorLayer(labelledBy: string): EditorLayer {
  const [layer] = useState(() => createEditorLayer(document));
  useLayoutEffect(() => {
    const appRoot = document.getElementById(APP_ROOT_ID);
    if (appRoot?.parentElement === document.body) appRoot.after(layer.root);
    else document.body.append(layer.root);
    return () => layer.root.remove();
  }, [layer]);
  useLayoutEffect(() => layer.article.setAttribute('aria-labelledby', labelledBy), [layer, labelledBy]);
  return layer;
}

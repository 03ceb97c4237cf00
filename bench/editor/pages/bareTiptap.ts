import { Editor } from '@tiptap/core';
import StarterKit from '@tiptap/starter-kit';

/**
 * The baseline the issue names: TipTap 3 with StarterKit and nothing else (no React, no
 * toolbar, no counters), holding the same article, so the bench can say what our
 * extensions and React add on top of the editor we build on.
 */
const element = document.getElementById('editor');
const article = document.getElementById('article');
if (element === null || !(article instanceof HTMLTemplateElement)) throw new Error('page is missing #editor or #article');
// `?listener`: the same editor in a page that listens for `input` on the document, as any
// React root does (React delegates every event to its root). See editorSection.ts.
if (new URLSearchParams(window.location.search).has('listener')) document.addEventListener('input', () => undefined);
const editor = new Editor({ element, extensions: [StarterKit], content: article.innerHTML });
editor.view.dom.id = 'editable';

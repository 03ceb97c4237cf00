import type { DocNode } from '../../../shared/domain/articleBody.ts';
import { isMediaHash } from '../../src/mediaUrl.ts';

/** A photo of the body that can be the featured photo: it has a local copy, named by its hash. */
export interface FigureChoice {
  media: string;
  caption: string;
  credit: string;
}

const text = (value: unknown) => (typeof value === 'string' ? value : '');

/** The body's photos in reading order, each once (the same photo inserted twice is one choice). */
export function figureChoices(doc: DocNode): FigureChoice[] {
  const seen = new Set<string>();
  const out: FigureChoice[] = [];
  const walk = (node: DocNode) => {
    if (node.type === 'figure') {
      const media = node.attrs?.media;
      if (isMediaHash(media) && !seen.has(media)) {
        seen.add(media);
        out.push({ media, caption: text(node.attrs?.caption).trim(), credit: text(node.attrs?.credit).trim() });
      }
      return;
    }
    node.content?.forEach(walk);
  };
  walk(doc);
  return out;
}

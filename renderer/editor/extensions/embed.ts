import { Node } from '@tiptap/react';
import { NODE_SPECS, detectEmbedProvider, embedUrlFromIframe, isEmbedProvider, isHttpUrl } from '../../../shared/schema/index.ts';
import type { EmbedProvider } from '../../../shared/schema/index.ts';

declare module '@tiptap/core' {
  interface Commands<ReturnType> {
    embed: {
      /** Adds a YouTube, Facebook or TikTok post after the selection; false for any other URL. */
      insertEmbed: (url: string) => ReturnType;
    };
  }
}

export interface EmbedOptions {
  /** What the card calls each provider (translated by the editor). */
  labels: Readonly<Record<EmbedProvider, string>>;
}

export const EMBED_CARD_CLASS = 'embed-card';

/** The post URL a reporter gave, when it is one we embed: http(s), from a provider WordPress 6.1 embeds. */
export function embeddableUrl(input: string): { url: string; provider: Exclude<EmbedProvider, 'other'> } | undefined {
  const url = input.trim();
  if (!isHttpUrl(url)) return undefined;
  const provider = detectEmbedProvider(url);
  return provider === 'other' ? undefined : { url, provider };
}

function attrsFrom(url: string | null | undefined, provider?: string | null): { url: string; provider: EmbedProvider } | false {
  const value = url?.trim() ?? '';
  if (!isHttpUrl(value)) return false;
  return { url: value, provider: isEmbedProvider(provider) ? provider : detectEmbedProvider(value) };
}

/**
 * A social or video post by URL. In the editor it is a card (provider and URL) with no
 * iframe: nothing from YouTube, Facebook or TikTok loads while writing, offline or not,
 * and the CSP stays closed. The site turns the URL into the player (`core/embed`).
 */
export const Embed = Node.create<EmbedOptions>({
  name: 'embed',
  group: NODE_SPECS.embed.group,
  atom: true,
  selectable: true,
  draggable: true,

  addOptions() {
    return { labels: { youtube: 'YouTube', facebook: 'Facebook', tiktok: 'TikTok', other: 'Web' } };
  },

  addAttributes() {
    return {
      url: { default: NODE_SPECS.embed.attrs.url.default, rendered: false },
      provider: { default: NODE_SPECS.embed.attrs.provider.default, rendered: false },
    };
  },

  parseHTML() {
    return [
      // Our own card, copied and pasted.
      { tag: 'div[data-embed-url]', getAttrs: (element) => attrsFrom(element.getAttribute('data-embed-url'), element.getAttribute('data-provider')) },
      // WordPress's embed block, from a post copied off the site.
      {
        tag: 'figure.wp-block-embed',
        priority: 60,
        getAttrs: (element) => attrsFrom(element.querySelector('.wp-block-embed__wrapper')?.textContent),
      },
      // A YouTube player pasted from a web page: the video it plays, never the iframe.
      { tag: 'iframe[src]', getAttrs: (element) => attrsFrom(embedUrlFromIframe(element.getAttribute('src') ?? '')) },
    ];
  },

  renderHTML({ node }) {
    const url = typeof node.attrs.url === 'string' ? node.attrs.url : '';
    const provider: EmbedProvider = isEmbedProvider(node.attrs.provider) ? node.attrs.provider : 'other';
    return [
      'div',
      { class: `${EMBED_CARD_CLASS} ${EMBED_CARD_CLASS}-${provider}`, 'data-embed-url': url, 'data-provider': provider, contenteditable: 'false' },
      ['span', { class: `${EMBED_CARD_CLASS}-provider` }, this.options.labels[provider]],
      ['span', { class: `${EMBED_CARD_CLASS}-url` }, url],
    ];
  },

  addCommands() {
    return {
      insertEmbed:
        (input) =>
        ({ commands, state }) => {
          const attrs = embeddableUrl(input);
          if (attrs === undefined) return false;
          const { $to } = state.selection;
          // After the block the cursor is in, never splitting a paragraph in two.
          const position = $to.depth > 0 ? $to.after(1) : $to.pos;
          return commands.insertContentAt(position, { type: this.name, attrs });
        },
    };
  },
});

import type { ArticleFields } from '../domain/article.ts';
import type { DocMark, DocNode } from '../domain/articleBody.ts';
import { stripEditorNotes } from '../publish/index.ts';

const escapeText = (text: string) => text.replace(/([\\`*_[\]#<>|])/g, '\\$1');

function withMarks(text: string, marks: readonly DocMark[] = []): string {
  let out = escapeText(text);
  for (const mark of marks) {
    if (mark.type === 'bold') out = `**${out}**`;
    else if (mark.type === 'italic') out = `*${out}*`;
    else if (mark.type === 'strike') out = `~~${out}~~`;
    else if (mark.type === 'code') out = `\`${text}\``;
    else if (mark.type === 'link' && typeof mark.attrs?.href === 'string') out = `[${out}](${mark.attrs.href})`;
  }
  return out;
}

const inline = (node: DocNode): string =>
  (node.content ?? []).map((child) => (child.type === 'hardBreak' ? '  \n' : child.type === 'text' ? withMarks(child.text ?? '', child.marks) : inline(child))).join('');

function block(node: DocNode, photo: (hash: string) => string): string {
  switch (node.type) {
    case 'heading':
      return `${'#'.repeat(Number(node.attrs?.level ?? 2))} ${inline(node)}`;
    case 'bulletList':
    case 'orderedList':
      return (node.content ?? [])
        .map((item, index) => {
          const marker = node.type === 'bulletList' ? '-' : `${Number(node.attrs?.start ?? 1) + index}.`;
          const inner = (item.content ?? []).map((child) => block(child, photo)).join('\n\n');
          return `${marker} ${inner.replace(/\n/g, '\n   ')}`;
        })
        .join('\n');
    case 'blockquote':
    case 'factBox': {
      const title = node.type === 'factBox' && typeof node.attrs?.title === 'string' && node.attrs.title !== '' ? `**${escapeText(node.attrs.title)}**\n\n` : '';
      return `${title}${(node.content ?? []).map((child) => block(child, photo)).join('\n\n')}`.replace(/^/gm, '> ');
    }
    case 'pullQuote':
      return `> ${inline(node)}${typeof node.attrs?.citation === 'string' && node.attrs.citation !== '' ? `\n>\n> — ${escapeText(node.attrs.citation)}` : ''}`;
    case 'figure': {
      const caption = [node.attrs?.caption, node.attrs?.credit].filter((part) => typeof part === 'string' && part !== '').join(' — ');
      const src = typeof node.attrs?.media === 'string' ? photo(node.attrs.media) : String(node.attrs?.src ?? '');
      return `![${escapeText(String(node.attrs?.alt ?? ''))}](${src})${caption === '' ? '' : `\n*${escapeText(caption)}*`}`;
    }
    case 'embed':
      return String(node.attrs?.url ?? '');
    case 'horizontalRule':
      return '---';
    case 'codeBlock':
      return `\`\`\`\n${(node.content ?? []).map((child) => child.text ?? '').join('')}\n\`\`\``;
    case 'table': {
      const rows = (node.content ?? []).map((row) => `| ${(row.content ?? []).map((cell) => inline(cell.content?.[0] ?? cell).replace(/\|/g, '\\|')).join(' | ')} |`);
      const width = node.content?.[0]?.content?.length ?? 1;
      return [rows[0] ?? '', `|${' --- |'.repeat(width)}`, ...rows.slice(1)].join('\n');
    }
    default:
      return inline(node);
  }
}

/**
 * An article as Markdown: title as `#`, the sapo in bold, the body, the pen name last.
 * Editor's notes stay out, as on the site. Photos point to `photo(hash)`.
 */
export function articleToMarkdown(fields: ArticleFields, photo: (hash: string) => string): string {
  const body = stripEditorNotes(fields.body)
    .content.map((node) => block(node, photo))
    .filter((text) => text.trim() !== '');
  const parts = [`# ${escapeText(fields.title)}`];
  if (fields.sapo !== '') parts.push(`**${escapeText(fields.sapo)}**`);
  parts.push(...body);
  if (fields.byline !== '') parts.push(`*${escapeText(fields.byline)}*`);
  return `${parts.join('\n\n')}\n`;
}

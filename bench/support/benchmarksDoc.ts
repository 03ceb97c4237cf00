import fs from 'node:fs';

const PREAMBLE = `# Benchmarks

Figures measured on real code against real servers. They are not tests: nothing fails
because a number is slow; each script prints its figures and rewrites its own section.
One \`##\` section per area, owned by the script named in it: rewrite yours, leave the
others alone, and add a new area as a new section.
`;

/**
 * Replaces the `## <title>` section of the document (up to the next \`## \` heading) or
 * appends it; other sections are kept byte for byte.
 */
export function replaceSection(document: string, title: string, body: string): string {
  const source = document.trim() === '' ? PREAMBLE : document;
  const lines = source.split('\n');
  const heading = `## ${title}`;
  const start = lines.findIndex((line) => line.trimEnd() === heading);
  const section = `${heading}\n\n${body.trim()}\n`;
  if (start === -1) return `${source.trimEnd()}\n\n${section}`;
  const next = lines.findIndex((line, index) => index > start && line.startsWith('## '));
  const before = lines.slice(0, start).join('\n').trimEnd();
  const after = next === -1 ? '' : `\n${lines.slice(next).join('\n')}`;
  return `${before === '' ? '' : `${before}\n\n`}${section}${after}`;
}

export function writeSection(file: string, title: string, body: string): void {
  const current = fs.existsSync(file) ? fs.readFileSync(file, 'utf8') : '';
  fs.writeFileSync(file, replaceSection(current, title, body).trimEnd() + '\n');
}

import { existsSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { cleanPastedHtml } from './cleanPastedHtml.ts';

/**
 * The paste corpus: real-shaped clipboard HTML per source and case in tests/fixtures/paste,
 * each with its golden output (`.expected.html`) and what the editor is told (`.report.json`).
 * After a deliberate change: `UPDATE_PASTE_GOLDEN=1 npx vitest run --project unit shared/paste`,
 * then read the diff of the golden files before committing them.
 */
const DIR = new URL('../../tests/fixtures/paste/', import.meta.url);
const UPDATE = process.env.UPDATE_PASTE_GOLDEN === '1';
const TAGS = ['p', 'h2', 'h3', 'h4', 'ul', 'ol', 'li', 'blockquote', 'table', 'tbody', 'tr', 'th', 'td', 'figure', 'img', 'figcaption', 'hr', 'br', 'a', 'strong', 'em', 'u', 's', 'sub', 'sup'];
const ATTRIBUTES = ['href', 'src', 'alt', 'start', 'colspan', 'rowspan'];

const sources = readdirSync(DIR)
  .filter((name) => name.endsWith('.html') && !name.endsWith('.expected.html'))
  .sort();

function golden(name: string, actual: string): void {
  const file = new URL(name, DIR);
  if (UPDATE || !existsSync(file)) writeFileSync(file, actual);
  expect(actual).toBe(readFileSync(file, 'utf8'));
}

describe('paste corpus', () => {
  it('has a source for every case the issue names', () => {
    expect(sources.length).toBeGreaterThanOrEqual(11);
  });

  for (const source of sources) {
    const base = source.replace(/\.html$/, '');
    it(`${base} matches its golden output`, () => {
      const result = cleanPastedHtml(readFileSync(new URL(source, DIR), 'utf8'));
      if (result.status !== 'ok') throw new Error(`${source}: ${result.status}`);
      golden(`${base}.expected.html`, `${result.html}\n`);
      golden(`${base}.report.json`, `${JSON.stringify(result.report, null, 2)}\n`);
    });

    it(`${base} holds only the schema's tags and attributes, in NFC`, () => {
      const result = cleanPastedHtml(readFileSync(new URL(source, DIR), 'utf8'));
      if (result.status !== 'ok') throw new Error(`${source}: ${result.status}`);
      for (const [, tag = '', attrs = ''] of result.html.matchAll(/<([a-z0-9]+)([^>]*)>/g)) {
        expect(TAGS, tag).toContain(tag);
        for (const [, name = ''] of attrs.matchAll(/\s([a-z-]+)=/g)) expect(ATTRIBUTES, `${tag} ${name}`).toContain(name);
      }
      expect(result.html).toBe(result.html.normalize('NFC'));
    });

    it(`${base} is stable: cleaning the output again changes nothing`, () => {
      const once = cleanPastedHtml(readFileSync(new URL(source, DIR), 'utf8'));
      if (once.status !== 'ok') throw new Error(`${source}: ${once.status}`);
      const twice = cleanPastedHtml(once.html, { legacy: 'off' });
      expect(twice.status === 'ok' ? twice.html : twice.status).toBe(once.html);
    });
  }
});

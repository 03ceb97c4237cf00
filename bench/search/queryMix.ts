import { docToPlainText } from '../../shared/domain/articleBody.ts';
import { foldedKey } from '../../shared/search/searchKeys.ts';
import { corpusArticle } from '../../tests/fixtures/generated/corpus.ts';
import { pick, seededRandom } from '../../tests/support/random.ts';

export const QUERY_KINDS = [
  'accented words',
  'unaccented words',
  'accented phrase',
  'unaccented phrase',
  'a person’s name',
  'one common word',
  'words with -exclusion',
  'words + status filter',
] as const;
export type QueryKind = (typeof QUERY_KINDS)[number];

export interface BenchQuery {
  kind: QueryKind;
  query: string;
  status?: 'published';
}

const COMMON = ['tỉnh', 'huyện', 'người dân', 'xã', 'năm'];
const words = (text: string) => text.split(/[^\p{L}\p{N}]+/u).filter((word) => word.length > 1);
const unaccent = (text: string) => text.split(' ').map(foldedKey).join(' ');

/**
 * The queries a reporter types into their own archive, drawn from the corpus itself so
 * they find something: words of a headline, typed with or without accents; a phrase from a
 * body; a person's name; a word in every article; an exclusion; a status filter. The same
 * `count` queries, in the same order, for the same corpus size and seed.
 */
export function queryMix(corpusSize: number, count: number, seed = 5): BenchQuery[] {
  const random = seededRandom(seed);
  return Array.from({ length: count }, (_, index): BenchQuery => {
    const kind = QUERY_KINDS[index % QUERY_KINDS.length] as QueryKind;
    const article = corpusArticle(Math.floor(random() * corpusSize));
    const titleWords = words(article.title);
    const start = Math.floor(random() * Math.max(1, titleWords.length - 1));
    const two = titleWords.slice(start, start + 2).join(' ');
    const body = words(docToPlainText(article.body));
    const at = Math.floor(random() * Math.max(1, body.length - 3));
    const three = body.slice(at, at + 3).join(' ');
    const person = /(?:ông|Theo ông) ((?:\p{Lu}\p{Ll}+ ?){3})/u.exec(docToPlainText(article.body))?.[1]?.trim() ?? two;
    switch (kind) {
      case 'accented words':
        return { kind, query: two };
      case 'unaccented words':
        return { kind, query: unaccent(two) };
      case 'accented phrase':
        return { kind, query: `"${three}"` };
      case 'unaccented phrase':
        return { kind, query: `"${unaccent(three)}"` };
      case 'a person’s name':
        return { kind, query: person };
      case 'one common word':
        return { kind, query: pick(random, COMMON) };
      case 'words with -exclusion':
        return { kind, query: `${two} -${pick(random, ['lũ', 'bão', 'dịch'])}` };
      case 'words + status filter':
        return { kind, query: unaccent(two), status: 'published' };
    }
  });
}

import { ARTICLE_STATUSES, type ArticleStatus } from '../../shared/domain/article.ts';
import {
  GLOBAL_OPTIONS, problem, tokenize, UsageError, type GlobalOptions, type OptionName, type UsageProblem,
} from './tokenize.ts';

export type { GlobalOptions, UsageProblem } from './tokenize.ts';

export interface NewArticleOptions {
  title: string;
  sapo?: string;
  byline?: string;
  category?: string;
  tags?: string[];
  /** A path, or `-` for standard input. */
  bodyFile?: string;
}

export type Command =
  | { name: 'help' }
  | { name: 'list' }
  | { name: 'show'; id: string }
  | { name: 'new'; options: NewArticleOptions }
  /** The application password is never an argument: it is read from stdin when the command runs. */
  | { name: 'siteAdd'; url: string; username: string }
  | { name: 'siteList' }
  | { name: 'submit'; id: string }
  | { name: 'sync' }
  | { name: 'status'; id: string }
  | { name: 'search'; query: string; status?: ArticleStatus; limit: number }
  | { name: 'history'; id: string }
  | { name: 'restoreVersion'; id: string; revisionId: number }
  | { name: 'backup'; file: string }
  | { name: 'restore'; file: string }
  | { name: 'doctor' }
  | { name: 'reindex' }
  | { name: 'import'; files: string[] }
  | { name: 'export'; id: string; format: 'html' | 'md' | 'docx' | 'json'; output?: string };

/** Globals are returned even on failure, so the usage message can still honour `--lang`. */
export type ParsedArgs =
  | { ok: true; globals: GlobalOptions; command: Command }
  | { ok: false; globals: GlobalOptions; problem: UsageProblem };

const NEW_OPTIONS: readonly OptionName[] = ['title', 'sapo', 'byline', 'category', 'tags', 'body-file'];
const SITE_ADD_OPTIONS: readonly OptionName[] = ['user', 'app-password-stdin'];

function splitTags(value: string): string[] {
  return value
    .split(',')
    .map((tag) => tag.trim())
    .filter((tag) => tag !== '');
}

/** What follows the command word: its positionals, and the options it was given. */
class Rest {
  readonly options: Map<OptionName, string>;
  readonly args: string[];

  constructor(options: Map<OptionName, string>, args: string[]) {
    this.options = options;
    this.args = args;
  }

  /** Refuses options that belong to another command (`list --title x` is a mistake, not ignored). */
  onlyOptions(allowed: readonly OptionName[]): void {
    const stray = [...this.options.keys()].find((option) => !GLOBAL_OPTIONS.has(option) && !allowed.includes(option));
    if (stray !== undefined) throw new UsageError(problem('unknownOption', { option: `--${stray}` }));
  }

  required(index: number, name: string): string {
    const value = this.args[index];
    if (value === undefined) throw new UsageError(problem('missingArgument', { name }));
    return value;
  }

  noMoreThan(count: number): void {
    const extra = this.args[count];
    if (extra !== undefined) throw new UsageError(problem('unexpectedArgument', { argument: extra }));
  }

  option(name: OptionName): string {
    const value = this.options.get(name);
    if (value === undefined) throw new UsageError(problem('missingArgument', { name: `--${name}` }));
    return value;
  }
}

function idCommand(name: 'show' | 'submit' | 'status' | 'history', rest: Rest): Command {
  rest.onlyOptions([]);
  const id = rest.required(0, 'ID');
  rest.noMoreThan(1);
  return { name, id };
}

function newCommand(rest: Rest): Command {
  rest.onlyOptions(NEW_OPTIONS);
  rest.noMoreThan(0);
  const result: NewArticleOptions = { title: rest.option('title') };
  const { options } = rest;
  const sapo = options.get('sapo');
  const byline = options.get('byline');
  const category = options.get('category');
  const tags = options.get('tags');
  const bodyFile = options.get('body-file');
  if (sapo !== undefined) result.sapo = sapo;
  if (byline !== undefined) result.byline = byline;
  if (category !== undefined) result.category = category;
  if (tags !== undefined) result.tags = splitTags(tags);
  if (bodyFile !== undefined) result.bodyFile = bodyFile;
  return { name: 'new', options: result };
}

function siteCommand(rest: Rest): Command {
  const sub = rest.args[0];
  if (sub === undefined) throw new UsageError(problem('missingSubcommand', { command: 'site', choices: 'add, list' }));
  if (sub === 'list') {
    rest.onlyOptions([]);
    rest.noMoreThan(1);
    return { name: 'siteList' };
  }
  if (sub !== 'add') throw new UsageError(problem('unknownCommand', { command: `site ${sub}` }));
  rest.onlyOptions(SITE_ADD_OPTIONS);
  const url = rest.required(1, 'URL');
  // A stray word here is most likely the password itself: never print it back.
  if (rest.args[2] !== undefined) throw new UsageError(problem('unexpectedSecretArgument'));
  const username = rest.option('user');
  rest.option('app-password-stdin');
  return { name: 'siteAdd', url, username };
}

const isStatus = (value: string): value is ArticleStatus => (ARTICLE_STATUSES as readonly string[]).includes(value);

/** `search QUERY…`: the words may come as one quoted argument or several. */
function searchCommand(rest: Rest): Command {
  rest.onlyOptions(['status', 'limit']);
  const query = rest.args.join(' ');
  if (query.trim() === '') throw new UsageError(problem('missingArgument', { name: 'QUERY' }));
  const status = rest.options.get('status');
  if (status !== undefined && !isStatus(status)) throw new UsageError(problem('invalidValue', { option: '--status', value: status }));
  const limitText = rest.options.get('limit') ?? '20';
  const limit = Number(limitText);
  if (!Number.isInteger(limit) || limit < 1 || limit > 200) throw new UsageError(problem('invalidValue', { option: '--limit', value: limitText }));
  return status === undefined ? { name: 'search', query, limit } : { name: 'search', query, status, limit };
}

function buildCommand(options: Map<OptionName, string>, positionals: string[]): Command {
  if (options.has('help')) return { name: 'help' };
  const [name, ...args] = positionals;
  if (name === undefined) throw new UsageError(problem('missingCommand'));
  const rest = new Rest(options, args);
  switch (name) {
    case 'help':
      rest.noMoreThan(0);
      return { name: 'help' };
    case 'list':
    case 'sync':
      rest.onlyOptions([]);
      rest.noMoreThan(0);
      return { name };
    case 'show':
    case 'submit':
    case 'status':
      return idCommand(name, rest);
    case 'new':
      return newCommand(rest);
    case 'site':
      return siteCommand(rest);
    case 'search':
      return searchCommand(rest);
    case 'history':
      return idCommand('history', rest);
    case 'backup':
    case 'restore': {
      rest.onlyOptions([]);
      const file = rest.required(0, 'FILE');
      rest.noMoreThan(1);
      return { name, file };
    }
    case 'doctor':
    case 'reindex':
      rest.onlyOptions([]);
      rest.noMoreThan(0);
      return { name };
    case 'import': {
      rest.onlyOptions([]);
      rest.required(0, 'FILE');
      return { name: 'import', files: rest.args };
    }
    case 'export': {
      rest.onlyOptions(['format', 'output']);
      const id = rest.required(0, 'ID');
      rest.noMoreThan(1);
      const format = rest.option('format');
      if (format !== 'html' && format !== 'md' && format !== 'docx' && format !== 'json') {
        throw new UsageError(problem('invalidValue', { option: '--format', value: format }));
      }
      const output = rest.options.get('output');
      return output === undefined ? { name: 'export', id, format } : { name: 'export', id, format, output };
    }
    case 'restore-version': {
      rest.onlyOptions([]);
      const id = rest.required(0, 'ID');
      const revisionText = rest.required(1, 'REV');
      rest.noMoreThan(2);
      const revisionId = Number(revisionText);
      if (!Number.isInteger(revisionId) || revisionId <= 0) throw new UsageError(problem('invalidValue', { option: 'REV', value: revisionText }));
      return { name: 'restoreVersion', id, revisionId };
    }
    default:
      throw new UsageError(problem('unknownCommand', { command: name }));
  }
}

/** Pure: argv (without node and the script) in, a command or the first usage mistake out. */
export function parseArgs(argv: readonly string[]): ParsedArgs {
  const globals: GlobalOptions = { json: false };
  try {
    const { options, positionals } = tokenize(argv, globals);
    return { ok: true, globals, command: buildCommand(options, positionals) };
  } catch (error) {
    if (error instanceof UsageError) return { ok: false, globals, problem: error.problem };
    throw error;
  }
}

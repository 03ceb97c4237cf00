import { isLanguage, type Language } from '../../shared/i18n/languages.ts';

export interface GlobalOptions {
  data?: string;
  json: boolean;
  lang?: Language;
}

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
  | { name: 'new'; options: NewArticleOptions };

/** A usage mistake: `key` names a message under `cli.*`, `params` fill it in. */
export interface UsageProblem {
  key: 'unknownCommand' | 'unknownOption' | 'missingValue' | 'missingArgument' | 'invalidValue' | 'unexpectedArgument' | 'missingCommand';
  params: Record<string, string>;
}

/** Globals are returned even on failure, so the usage message can still honour `--lang`. */
export type ParsedArgs =
  | { ok: true; globals: GlobalOptions; command: Command }
  | { ok: false; globals: GlobalOptions; problem: UsageProblem };

type OptionName = 'data' | 'json' | 'lang' | 'help' | 'title' | 'sapo' | 'byline' | 'category' | 'tags' | 'body-file';

const TAKES_VALUE: Record<OptionName, boolean> = {
  data: true,
  json: false,
  lang: true,
  help: false,
  title: true,
  sapo: true,
  byline: true,
  category: true,
  tags: true,
  'body-file': true,
};

const NEW_OPTIONS: ReadonlySet<OptionName> = new Set(['title', 'sapo', 'byline', 'category', 'tags', 'body-file']);
/** Options where an empty value can only be a scripting mistake (`--data "$UNSET"`). */
const NON_EMPTY: ReadonlySet<OptionName> = new Set(['data', 'lang', 'body-file']);

function isOptionName(name: string): name is OptionName {
  return Object.hasOwn(TAKES_VALUE, name);
}

function problem(key: UsageProblem['key'], params: Record<string, string> = {}): UsageProblem {
  return { key, params };
}

class UsageError extends Error {
  readonly problem: UsageProblem;

  constructor(usage: UsageProblem) {
    super(usage.key);
    this.problem = usage;
  }
}

/**
 * Splits argv into options and positionals. Options may sit before or after the
 * command (`toasoan list --json` and `toasoan --json list` both work). A value is the
 * next argument unless that starts with `--`, so `--title --sapo x` reports the
 * missing title instead of a headline "--sapo"; `--title=--x` still allows one.
 * Values starting with a single dash (`-` for stdin, "-5 độ C") are fine.
 */
function tokenize(argv: readonly string[], globals: GlobalOptions): { options: Map<OptionName, string>; positionals: string[] } {
  const options = new Map<OptionName, string>();
  const positionals: string[] = [];
  for (let i = 0; i < argv.length; i += 1) {
    const arg = argv[i] ?? '';
    if (arg === '--') {
      positionals.push(...argv.slice(i + 1));
      break;
    }
    if (arg === '-h') {
      options.set('help', '');
      continue;
    }
    if (!arg.startsWith('--')) {
      if (arg.startsWith('-') && arg !== '-') throw new UsageError(problem('unknownOption', { option: arg }));
      positionals.push(arg);
      continue;
    }
    const eq = arg.indexOf('=');
    const name = eq === -1 ? arg.slice(2) : arg.slice(2, eq);
    if (!isOptionName(name)) throw new UsageError(problem('unknownOption', { option: arg }));
    const option = `--${name}`;
    let value = '';
    if (TAKES_VALUE[name]) {
      if (eq !== -1) value = arg.slice(eq + 1);
      else {
        const next = argv[i + 1];
        if (next === undefined || next.startsWith('--')) throw new UsageError(problem('missingValue', { option }));
        value = next;
        i += 1;
      }
      if (value === '' && NON_EMPTY.has(name)) throw new UsageError(problem('missingValue', { option }));
    } else if (eq !== -1) {
      throw new UsageError(problem('unknownOption', { option: arg }));
    }
    // Globals are applied as they are met so a later mistake is still reported in the right language.
    if (name === 'data') globals.data = value;
    else if (name === 'json') globals.json = true;
    else if (name === 'lang') {
      if (!isLanguage(value)) throw new UsageError(problem('invalidValue', { option, value }));
      globals.lang = value;
    }
    options.set(name, value);
  }
  return { options, positionals };
}

function splitTags(value: string): string[] {
  return value
    .split(',')
    .map((tag) => tag.trim())
    .filter((tag) => tag !== '');
}

function buildCommand(options: Map<OptionName, string>, positionals: string[]): Command {
  if (options.has('help')) return { name: 'help' };
  const [name, ...rest] = positionals;
  if (name === undefined) throw new UsageError(problem('missingCommand'));
  const expectArgs = (count: number): void => {
    const extra = rest[count];
    if (extra !== undefined) throw new UsageError(problem('unexpectedArgument', { argument: extra }));
  };
  const expectNoNewOptions = (): void => {
    const stray = [...options.keys()].find((option) => NEW_OPTIONS.has(option));
    if (stray !== undefined) throw new UsageError(problem('unknownOption', { option: `--${stray}` }));
  };
  switch (name) {
    case 'help':
      expectArgs(0);
      return { name: 'help' };
    case 'list':
      expectNoNewOptions();
      expectArgs(0);
      return { name: 'list' };
    case 'show': {
      expectNoNewOptions();
      const id = rest[0];
      if (id === undefined) throw new UsageError(problem('missingArgument', { name: 'ID' }));
      expectArgs(1);
      return { name: 'show', id };
    }
    case 'new': {
      expectArgs(0);
      const title = options.get('title');
      if (title === undefined) throw new UsageError(problem('missingArgument', { name: '--title' }));
      const result: NewArticleOptions = { title };
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

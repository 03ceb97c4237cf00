import { isLanguage, type Language } from '../../shared/i18n/languages.ts';

export interface GlobalOptions {
  data?: string;
  json: boolean;
  lang?: Language;
}

/** A usage mistake: `key` names a message under `cli.*`, `params` fill it in. */
export interface UsageProblem {
  key:
    | 'unknownCommand'
    | 'unknownOption'
    | 'missingValue'
    | 'missingArgument'
    | 'invalidValue'
    | 'unexpectedArgument'
    | 'missingCommand'
    | 'missingSubcommand'
    | 'passwordOnArgv'
    | 'unexpectedSecretArgument';
  params: Record<string, string>;
}

export type OptionName =
  | 'data' | 'json' | 'lang' | 'help'
  | 'title' | 'sapo' | 'byline' | 'category' | 'tags' | 'body-file'
  | 'user' | 'app-password-stdin'
  | 'status' | 'limit'
  | 'format' | 'output';

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
  user: true,
  'app-password-stdin': false,
  status: true,
  limit: true,
  format: true,
  output: true,
};

export const GLOBAL_OPTIONS: ReadonlySet<OptionName> = new Set(['data', 'json', 'lang', 'help']);

/** Options where an empty value can only be a scripting mistake (`--data "$UNSET"`). */
const NON_EMPTY: ReadonlySet<OptionName> = new Set(['data', 'lang', 'body-file', 'user', 'status', 'limit', 'format', 'output']);

/** The one-letter spellings a command line user expects (`export ID -o bai.docx`). */
const SHORT: Record<string, string> = { '-o': '--output' };

/**
 * Anything that looks like a password option. Its value would sit in shell
 * history and in every `ps` listing, so it is refused before it is even read,
 * and the refusal never repeats what was typed.
 */
const PASSWORD_ON_ARGV = /^(app-?)?pass(word)?(=|$)|^app-password-stdin=/;

function isOptionName(name: string): name is OptionName {
  return Object.hasOwn(TAKES_VALUE, name);
}

export function problem(key: UsageProblem['key'], params: Record<string, string> = {}): UsageProblem {
  return { key, params };
}

export class UsageError extends Error {
  readonly problem: UsageProblem;

  constructor(usage: UsageProblem) {
    super(usage.key);
    this.problem = usage;
  }
}

function applyGlobal(name: OptionName, option: string, value: string, globals: GlobalOptions): void {
  if (name === 'data') globals.data = value;
  else if (name === 'json') globals.json = true;
  else if (name === 'lang') {
    if (!isLanguage(value)) throw new UsageError(problem('invalidValue', { option, value }));
    globals.lang = value;
  }
}

/**
 * Splits argv into options and positionals. Options may sit before or after the
 * command (`toasoan list --json` and `toasoan --json list` both work). A value is the
 * next argument unless that starts with `--`, so `--title --sapo x` reports the
 * missing title instead of a headline "--sapo"; `--title=--x` still allows one.
 * Values starting with a single dash (`-` for stdin, "-5 độ C") are fine.
 * Globals are applied as they are met so a later mistake is still reported in the right language.
 */
export function tokenize(argv: readonly string[], globals: GlobalOptions): { options: Map<OptionName, string>; positionals: string[] } {
  const options = new Map<OptionName, string>();
  const positionals: string[] = [];
  for (let i = 0; i < argv.length; i += 1) {
    const given = argv[i] ?? '';
    const arg = SHORT[given] ?? given;
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
    if (PASSWORD_ON_ARGV.test(arg.slice(2))) throw new UsageError(problem('passwordOnArgv'));
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
    applyGlobal(name, option, value, globals);
    options.set(name, value);
  }
  return { options, positionals };
}

/**
 * ProseMirror content expressions (`paragraph block*`, `(tableCell | tableHeader)*`)
 * without ProseMirror: compiled to a RegExp over a node's child types written as
 * `type,type,…`. The grammar is ProseMirror's: names and groups, `( | )`, and the
 * quantifiers `* + ?` and `{n}`, `{n,}`, `{n,m}`. Node names are identifiers, so a
 * name can never be mistaken for regex syntax, and the child string is built only from
 * known type names.
 */

const TOKEN = /\s*([A-Za-z_][\w-]*|\d+|[()|*+?{},])/y;

function tokenize(expression: string): string[] {
  const tokens: string[] = [];
  TOKEN.lastIndex = 0;
  while (TOKEN.lastIndex < expression.length) {
    const start = TOKEN.lastIndex;
    const match = TOKEN.exec(expression);
    if (match === null) {
      if (expression.slice(start).trim() === '') break;
      throw new SyntaxError(`Bad content expression at ${start}: ${expression}`);
    }
    tokens.push(match[1] ?? '');
  }
  return tokens;
}

/** Node names by group, and each node's own name, as the expression can refer to either. */
export type TypesByName = ReadonlyMap<string, readonly string[]>;

class ExpressionParser {
  private index = 0;
  private readonly tokens: readonly string[];
  private readonly names: TypesByName;
  private readonly source: string;

  constructor(tokens: readonly string[], names: TypesByName, source: string) {
    this.tokens = tokens;
    this.names = names;
    this.source = source;
  }

  parse(): string {
    const pattern = this.choice();
    if (this.index < this.tokens.length) this.fail();
    return pattern;
  }

  private peek(): string | undefined {
    return this.tokens[this.index];
  }

  private fail(): never {
    throw new SyntaxError(`Bad content expression near token ${this.index}: ${this.source}`);
  }

  private choice(): string {
    const options = [this.sequence()];
    while (this.peek() === '|') {
      this.index++;
      options.push(this.sequence());
    }
    return options.length === 1 ? (options[0] ?? '') : `(?:${options.join('|')})`;
  }

  private sequence(): string {
    let pattern = '';
    while (this.index < this.tokens.length && this.peek() !== ')' && this.peek() !== '|') pattern += this.quantified();
    if (pattern === '') this.fail();
    return pattern;
  }

  private quantified(): string {
    let pattern = this.atom();
    for (;;) {
      const token = this.peek();
      if (token === '*' || token === '+' || token === '?') {
        this.index++;
        pattern = `(?:${pattern})${token}`;
      } else if (token === '{') {
        this.index++;
        const min = this.number();
        let max = String(min);
        if (this.peek() === ',') {
          this.index++;
          max = this.peek() === '}' ? '' : String(this.number());
        }
        if (this.tokens[this.index++] !== '}') this.fail();
        pattern = `(?:${pattern}){${min},${max}}`;
      } else return pattern;
    }
  }

  private number(): number {
    const token = this.tokens[this.index++] ?? '';
    if (!/^\d+$/.test(token)) this.fail();
    return Number(token);
  }

  private atom(): string {
    const token = this.tokens[this.index++];
    if (token === '(') {
      const inner = this.choice();
      if (this.tokens[this.index++] !== ')') this.fail();
      return `(?:${inner})`;
    }
    const types = token === undefined ? undefined : this.names.get(token);
    if (types === undefined || types.length === 0) this.fail();
    return `(?:${types.map((type) => `${type},`).join('|')})`;
  }
}

/** A matcher for one expression: true when the child types, in order, satisfy it. */
export function compileContentExpression(expression: string, names: TypesByName): (childTypes: readonly string[]) => boolean {
  const pattern = new RegExp(`^${new ExpressionParser(tokenize(expression), names, expression).parse()}$`);
  return (childTypes) => pattern.test(childTypes.map((type) => `${type},`).join(''));
}

import { describe, expect, it } from 'vitest';
import { parseArgs } from './parseArgs.ts';

describe('parseArgs', () => {
  it('reads globals before or after the command', () => {
    expect(parseArgs(['--data', '/lib', '--json', '--lang', 'en', 'list'])).toEqual({
      ok: true,
      globals: { data: '/lib', json: true, lang: 'en' },
      command: { name: 'list' },
    });
    expect(parseArgs(['list', '--json', '--data=/lib'])).toEqual({
      ok: true,
      globals: { data: '/lib', json: true },
      command: { name: 'list' },
    });
  });

  it('reads show ID', () => {
    expect(parseArgs(['show', 'abc'])).toMatchObject({ ok: true, command: { name: 'show', id: 'abc' } });
  });

  it('reads every new option, splitting and trimming tags', () => {
    const parsed = parseArgs([
      'new', '--title', 'Tiêu đề', '--sapo', 'Sapo', '--byline', 'Minh Đức', '--category', 'Thời sự',
      '--tags', ' a, b ,,c ', '--body-file', '-',
    ]);
    expect(parsed).toMatchObject({
      ok: true,
      command: {
        name: 'new',
        options: { title: 'Tiêu đề', sapo: 'Sapo', byline: 'Minh Đức', category: 'Thời sự', tags: ['a', 'b', 'c'], bodyFile: '-' },
      },
    });
  });

  it('accepts values that start with a single dash, and --opt=--value', () => {
    expect(parseArgs(['new', '--title', '-5 độ C'])).toMatchObject({ ok: true, command: { options: { title: '-5 độ C' } } });
    expect(parseArgs(['new', '--title=--x'])).toMatchObject({ ok: true, command: { options: { title: '--x' } } });
    expect(parseArgs(['new', '--title', ''])).toMatchObject({ ok: true, command: { options: { title: '' } } });
  });

  it('treats everything after -- as positional', () => {
    expect(parseArgs(['show', '--', '--odd'])).toMatchObject({ ok: true, command: { name: 'show', id: '--odd' } });
  });

  it('gives help for --help, -h and help, whatever else is there', () => {
    for (const argv of [['--help'], ['-h'], ['help'], ['list', '--help'], ['bogus', '-h']]) {
      expect(parseArgs(argv)).toMatchObject({ ok: true, command: { name: 'help' } });
    }
  });

  it.each([
    [[], 'missingCommand', {}],
    [['lst'], 'unknownCommand', { command: 'lst' }],
    [['list', '--verbose'], 'unknownOption', { option: '--verbose' }],
    [['list', '-v'], 'unknownOption', { option: '-v' }],
    [['list', '--json=yes'], 'unknownOption', { option: '--json=yes' }],
    [['list', '--title', 'x'], 'unknownOption', { option: '--title' }],
    [['list', 'extra'], 'unexpectedArgument', { argument: 'extra' }],
    [['show'], 'missingArgument', { name: 'ID' }],
    [['show', 'a', 'b'], 'unexpectedArgument', { argument: 'b' }],
    [['new'], 'missingArgument', { name: '--title' }],
    [['new', '--title'], 'missingValue', { option: '--title' }],
    [['new', '--title', '--sapo', 'x'], 'missingValue', { option: '--title' }],
    [['new', '--title', 'T', 'extra'], 'unexpectedArgument', { argument: 'extra' }],
    [['new', '--title', 'T', '--body-file', ''], 'missingValue', { option: '--body-file' }],
    [['--data', '', 'list'], 'missingValue', { option: '--data' }],
    [['--lang', 'fr', 'list'], 'invalidValue', { option: '--lang', value: 'fr' }],
  ])('refuses %j with %s', (argv, key, params) => {
    expect(parseArgs(argv)).toMatchObject({ ok: false, problem: { key, params } });
  });

  it('keeps the globals read before a mistake, so it is reported in the chosen language', () => {
    expect(parseArgs(['--lang', 'en', '--data', '/lib', 'lst'])).toMatchObject({
      ok: false,
      globals: { lang: 'en', data: '/lib' },
      problem: { key: 'unknownCommand' },
    });
  });
});

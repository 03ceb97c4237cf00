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
    [['site'], 'missingSubcommand', { command: 'site', choices: 'add, list' }],
    [['site', 'remove'], 'unknownCommand', { command: 'site remove' }],
    [['site', 'list', 'x'], 'unexpectedArgument', { argument: 'x' }],
    [['site', 'list', '--user', 'u'], 'unknownOption', { option: '--user' }],
    [['site', 'add', '--user', 'u', '--app-password-stdin'], 'missingArgument', { name: 'URL' }],
    [['site', 'add', 'https://bao.vn', '--app-password-stdin'], 'missingArgument', { name: '--user' }],
    [['site', 'add', 'https://bao.vn', '--user', 'u'], 'missingArgument', { name: '--app-password-stdin' }],
    [['site', 'add', 'https://bao.vn', '--user', '', '--app-password-stdin'], 'missingValue', { option: '--user' }],
    [['site', 'add', 'https://bao.vn', '--title', 'T', '--user', 'u', '--app-password-stdin'], 'unknownOption', { option: '--title' }],
    [['list', '--user', 'u'], 'unknownOption', { option: '--user' }],
    [['new', '--title', 'T', '--app-password-stdin'], 'unknownOption', { option: '--app-password-stdin' }],
    [['submit'], 'missingArgument', { name: 'ID' }],
    [['status', 'a', 'b'], 'unexpectedArgument', { argument: 'b' }],
    [['sync', 'now'], 'unexpectedArgument', { argument: 'now' }],
    [['sync', '--title', 'T'], 'unknownOption', { option: '--title' }],
  ])('refuses %j with %s', (argv, key, params) => {
    expect(parseArgs(argv)).toMatchObject({ ok: false, problem: { key, params } });
  });

  it('reads the site, submit, sync and status commands', () => {
    expect(parseArgs(['site', 'add', 'https://bao.vn', '--user', 'phongvien', '--app-password-stdin', '--json'])).toEqual({
      ok: true,
      globals: { json: true },
      command: { name: 'siteAdd', url: 'https://bao.vn', username: 'phongvien' },
    });
    expect(parseArgs(['--app-password-stdin', '--user=pv', 'site', 'add', 'bao.vn'])).toMatchObject({
      ok: true, command: { name: 'siteAdd', url: 'bao.vn', username: 'pv' },
    });
    expect(parseArgs(['site', 'list'])).toMatchObject({ ok: true, command: { name: 'siteList' } });
    expect(parseArgs(['submit', 'abc'])).toMatchObject({ ok: true, command: { name: 'submit', id: 'abc' } });
    expect(parseArgs(['sync', '--json'])).toMatchObject({ ok: true, globals: { json: true }, command: { name: 'sync' } });
    expect(parseArgs(['status', 'abc'])).toMatchObject({ ok: true, command: { name: 'status', id: 'abc' } });
  });

  it.each([
    ['--app-password', 'bí-mật'],
    ['--app-password=bí-mật'],
    ['--password', 'bí-mật'],
    ['--apppassword=bí-mật'],
    ['--pass', 'bí-mật'],
    ['--app-password-stdin=bí-mật'],
  ])('refuses a password on the command line (%s) without repeating it', (...option) => {
    const parsed = parseArgs(['site', 'add', 'https://bao.vn', '--user', 'pv', ...option]);
    expect(parsed).toMatchObject({ ok: false, problem: { key: 'passwordOnArgv', params: {} } });
    expect(JSON.stringify(parsed)).not.toContain('bí-mật');
  });

  it('never repeats a stray word after the site URL: it is probably the password', () => {
    const parsed = parseArgs(['site', 'add', 'https://bao.vn', '--user', 'pv', 'abcd efgh ijkl']);
    expect(parsed).toMatchObject({ ok: false, problem: { key: 'unexpectedSecretArgument', params: {} } });
    expect(JSON.stringify(parsed)).not.toContain('abcd');
  });

  it('keeps the globals read before a mistake, so it is reported in the chosen language', () => {
    expect(parseArgs(['--lang', 'en', '--data', '/lib', 'lst'])).toMatchObject({
      ok: false,
      globals: { lang: 'en', data: '/lib' },
      problem: { key: 'unknownCommand' },
    });
  });
});

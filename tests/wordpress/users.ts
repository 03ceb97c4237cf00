import path from 'node:path';
import { lastJsonLine, PHP_SCRIPTS, phpString } from './phpCli.ts';
import type { WordPressSite, WordPressUser } from './startWordPress.ts';

export function basicAuthHeader(login: string, appPassword: string): string {
  return `Basic ${Buffer.from(`${login}:${appPassword}`).toString('base64')}`;
}

/**
 * One more user with an application password, beyond the four every site has:
 * e.g. a second contributor to show one cannot see another's work.
 * `role` is a WordPress role name ('contributor', 'author', 'editor', 'administrator').
 */
export async function createUser(site: WordPressSite, login: string, role: string, displayName = login): Promise<WordPressUser> {
  const output = await site.php(
    [
      `require_once ${phpString(path.join(PHP_SCRIPTS, 'lib.php'))};`,
      `toasoan_test_answer(toasoan_test_create_user(${phpString(login)}, ${phpString(role)}, ${phpString(displayName)}));`,
    ].join('\n'),
  );
  const user = lastJsonLine<Omit<WordPressUser, 'authHeader'>>(output);
  return { ...user, authHeader: basicAuthHeader(user.login, user.appPassword) };
}

import { describe, expect, it } from 'vitest';
import { authCallbackParams } from './authCallback.ts';

describe('authCallbackParams', () => {
  it('reads the callback from a URL or from a second instance argv', () => {
    const url = 'toasoan://auth?state=abc&site_url=https%3A%2F%2Fbao.vn&user_login=pv&password=xxxx+yyyy';
    expect(authCallbackParams(url)?.get('user_login')).toBe('pv');
    expect(authCallbackParams(['/usr/bin/toasoan', '--flag', url])?.get('state')).toBe('abc');
  });

  it('ignores everything else', () => {
    expect(authCallbackParams(['/usr/bin/toasoan', 'toasoan://other?x=1'])).toBeUndefined();
    expect(authCallbackParams('https://evil.example/?toasoan://auth')).toBeUndefined();
  });
});

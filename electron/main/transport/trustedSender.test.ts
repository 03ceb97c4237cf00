import { describe, expect, it } from 'vitest';
import { isTrustedSender, trustedSenderCheck, type SenderFrame } from './trustedSender.ts';

const top = (url: string): SenderFrame => ({ url, parent: null });
const child = (url: string): SenderFrame => ({ url, parent: top('app://toasoan/index.html') });

describe('isTrustedSender', () => {
  it('trusts the top frame of our own page, whatever the path or hash', () => {
    expect(isTrustedSender(top('app://toasoan/index.html'))).toBe(true);
    expect(isTrustedSender(top('app://toasoan/index.html#/bai/00000000-0000-4000-8000-000000000001'))).toBe(true);
  });

  it('refuses a destroyed or navigated-away frame', () => {
    expect(isTrustedSender(null)).toBe(false);
    expect(isTrustedSender(undefined)).toBe(false);
  });

  it('refuses a subframe even when it is on our origin', () => {
    expect(isTrustedSender(child('app://toasoan/index.html'))).toBe(false);
  });

  it('refuses other origins and look-alikes', () => {
    for (const url of [
      'https://example.com/',
      'file:///etc/passwd',
      'app://evil/index.html',
      'app://toasoan.evil/index.html',
      'app://toasoan:8080/index.html',
      'app://user@toasoan/index.html',
      'about:blank',
      'data:text/html,hi',
      '',
    ]) {
      expect(isTrustedSender(top(url)), url).toBe(false);
    }
  });

  it('trusts the dev server only when it is named, and only its exact origin', () => {
    expect(isTrustedSender(top('http://localhost:5173/'))).toBe(false);
    const check = trustedSenderCheck('http://localhost:5173');
    expect(check(top('http://localhost:5173/#/thung-rac'))).toBe(true);
    expect(check(top('http://localhost:5174/'))).toBe(false);
    expect(check(top('https://localhost:5173/'))).toBe(false);
    expect(check(child('http://localhost:5173/'))).toBe(false);
    expect(check(top('app://toasoan/index.html'))).toBe(true);
  });
});

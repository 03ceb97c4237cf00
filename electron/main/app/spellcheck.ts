import type { Session } from 'electron';

/**
 * Chromium's Hunspell checker (Linux, Windows) follows the OS locale, so on an
 * English-locale laptop every Vietnamese word would be underlined. Articles are
 * written in Vietnamese whatever the interface language. macOS uses its own
 * checker and detects the language itself (the call is a no-op there).
 * The dictionary is fetched from Chromium's CDN once, when first online.
 */
export function preferVietnameseSpellChecking(session: Session): void {
  if (session.availableSpellCheckerLanguages.includes('vi')) session.setSpellCheckerLanguages(['vi']);
}

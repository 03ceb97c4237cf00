import type { Session } from 'electron';

/**
 * The editor needs no web permission: no camera, microphone, location,
 * notifications from the page, MIDI, HID, serial or USB. Both handlers are set
 * because Chromium asks two ways: a request (prompt) and a silent check.
 * Copy and paste go through the menu roles and editing commands, which are not
 * permission-gated; `navigator.clipboard` is, and stays off.
 */
export function denyAllPermissions(session: Session): void {
  session.setPermissionRequestHandler((_contents, _permission, callback) => callback(false));
  session.setPermissionCheckHandler(() => false);
  session.setDevicePermissionHandler(() => false);
}

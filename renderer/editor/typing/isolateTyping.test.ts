import { afterEach, describe, expect, it } from 'vitest';
import { isolateTyping } from './isolateTyping.ts';

function setup() {
  const outer = document.createElement('div');
  const frame = document.createElement('div');
  const editable = document.createElement('div');
  frame.append(editable);
  outer.append(frame);
  document.body.append(outer);
  const seen: string[] = [];
  for (const type of ['keydown', 'keyup', 'keypress', 'input', 'beforeinput', 'textInput', 'compositionstart', 'paste']) {
    outer.addEventListener(type, (event) => seen.push(`${type}:${(event as KeyboardEvent).key ?? ''}`));
  }
  const stop = isolateTyping(frame);
  return { outer, editable, seen, stop };
}

afterEach(() => document.body.replaceChildren());

describe('isolateTyping', () => {
  it('keeps the events of a typed character inside the editor frame', () => {
    const { editable, seen } = setup();
    editable.dispatchEvent(new KeyboardEvent('keydown', { key: 'ư', bubbles: true }));
    editable.dispatchEvent(new KeyboardEvent('keypress', { key: 'ư', bubbles: true }));
    editable.dispatchEvent(new InputEvent('beforeinput', { data: 'ư', bubbles: true }));
    editable.dispatchEvent(new InputEvent('input', { data: 'ư', bubbles: true }));
    editable.dispatchEvent(new KeyboardEvent('keyup', { key: 'ư', bubbles: true }));
    expect(seen).toEqual([]);
  });

  it('lets shortcuts, keys without a character, composition and paste through', () => {
    const { editable, seen } = setup();
    editable.dispatchEvent(new KeyboardEvent('keydown', { key: 'f', ctrlKey: true, bubbles: true }));
    editable.dispatchEvent(new KeyboardEvent('keydown', { key: 'Escape', bubbles: true }));
    editable.dispatchEvent(new KeyboardEvent('keydown', { key: 'F1', bubbles: true }));
    editable.dispatchEvent(new KeyboardEvent('keydown', { key: 'a', isComposing: true, bubbles: true }));
    editable.dispatchEvent(new CompositionEvent('compositionstart', { bubbles: true }));
    editable.dispatchEvent(new Event('paste', { bubbles: true }));
    expect(seen).toEqual(['keydown:f', 'keydown:Escape', 'keydown:F1', 'keydown:a', 'compositionstart:', 'paste:']);
  });

  it('stops nothing once cleaned up', () => {
    const { editable, seen, stop } = setup();
    stop();
    editable.dispatchEvent(new KeyboardEvent('keydown', { key: 'a', bubbles: true }));
    editable.dispatchEvent(new InputEvent('input', { data: 'a', bubbles: true }));
    expect(seen).toEqual(['keydown:a', 'input:']);
  });
});

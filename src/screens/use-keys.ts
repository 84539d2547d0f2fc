/**
 * Ink's useInput, one key at a time. Ink hands over plain text that arrives in one chunk as a
 * single input ("jj\r" when keys come faster than reads, as over a slow SSH link, or a paste):
 * here such a chunk is split into its keys, so no keystroke is lost or misread.
 * An error in a handler reaches the app's error boundary (error-boundary.tsx).
 */
import { useInput, type Key } from 'ink';
import { useState } from 'react';
import type { KeyLike } from '../keymap.js';

type Handler = (input: string, key: KeyLike) => void;

const NONE: KeyLike = {};

/** The keys of a chunk of plain text: Enter, Tab, Backspace and Ctrl+letter decoded. */
export function splitChunk(chunk: string): [string, KeyLike][] {
  return [...chunk].map((ch): [string, KeyLike] => {
    if (ch === '\r' || ch === '\n') return ['', { return: true }];
    if (ch === '\t') return ['', { tab: true }];
    if (ch === '\u007F' || ch === '\b') return ['', { backspace: true }];
    const code = ch.charCodeAt(0);
    if (code >= 1 && code <= 26) return [String.fromCharCode(code + 96), { ctrl: true }];
    return [ch, NONE];
  });
}

export function useKeys(handler: Handler, options: { isActive?: boolean } = {}): void {
  // An error thrown while handling a key would escape React (input comes from a stream event):
  // it is thrown again while rendering, where the app's error boundary catches it.
  const [, rethrow] = useState<undefined>();
  useInput((input: string, key: Key) => {
    try {
      dispatchKeys(handler, input, key);
    } catch (e) {
      rethrow(() => {
        throw e;
      });
    }
  }, options);
}

function dispatchKeys(handler: Handler, input: string, key: Key): void {
  const special =
    key.ctrl ||
    key.meta ||
    key.escape ||
    key.upArrow ||
    key.downArrow ||
    key.leftArrow ||
    key.rightArrow ||
    key.pageUp ||
    key.pageDown ||
    key.tab ||
    key.backspace ||
    key.delete ||
    key.return;
  if (input.length > 1 && !special) {
    for (const [ch, k] of splitChunk(input)) handler(ch, k);
    return;
  }
  handler(input, key);
}

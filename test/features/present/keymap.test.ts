import { describe, expect, it } from 'vitest';
import { intentFor, keymap, type KeyPress } from '../../../src/features/present/keymap';

const press = (key: string, extra: Partial<KeyPress> = {}): KeyPress => ({
  key,
  shiftKey: false,
  ctrlKey: false,
  metaKey: false,
  altKey: false,
  focus: 'other',
  ...extra,
});
const commandOf = (key: string, extra: Partial<KeyPress> = {}) => intentFor(press(key, extra), false)?.command ?? null;

describe('keymap', () => {
  it.each([
    ['ArrowRight', 'next'], ['ArrowDown', 'next'], [' ', 'next'], ['PageDown', 'next'], ['n', 'next'], ['N', 'next'],
    ['ArrowLeft', 'prev'], ['ArrowUp', 'prev'], ['PageUp', 'prev'], ['p', 'prev'], ['P', 'prev'], ['Backspace', 'prev'],
    ['Home', 'first'], ['End', 'last'], ['f', 'fullscreen'], ['F', 'fullscreen'], ['s', 'notes'], ['S', 'notes'],
    ['b', 'blackout'], ['B', 'blackout'], ['.', 'blackout'], ['Escape', 'overview'], ['o', 'overview'], ['O', 'overview'],
    ['?', 'help'],
  ])('%j → %s', (key, command) => {
    expect(commandOf(key)).toBe(command);
  });

  it('Shift+Space goes back', () => {
    expect(commandOf(' ', { shiftKey: true })).toBe('prev');
  });

  it('digits collect a slide number; Enter jumps only once one is typed', () => {
    expect(intentFor(press('7'), false)).toEqual({ command: 'jump', digit: '7' });
    expect(intentFor(press('Enter'), false)).toBeNull();
    expect(intentFor(press('Enter'), true)).toEqual({ command: 'jump', digit: null });
  });

  it('leaves keys alone while typing, with Ctrl/Meta/Alt, and unknown keys', () => {
    expect(commandOf('ArrowRight', { focus: 'text' })).toBeNull();
    expect(commandOf('p', { ctrlKey: true })).toBeNull();
    expect(commandOf('f', { metaKey: true })).toBeNull();
    expect(commandOf('ArrowLeft', { altKey: true })).toBeNull();
    expect(commandOf('x')).toBeNull();
    expect(commandOf('Tab')).toBeNull();
  });

  it('lets Space press a focused button, but arrows still turn slides', () => {
    expect(commandOf(' ', { focus: 'control' })).toBeNull();
    expect(commandOf('ArrowRight', { focus: 'control' })).toBe('next');
  });

  it('binds every key once and covers every command', () => {
    const keys = keymap.flatMap((binding) => [...binding.keys]);
    expect(new Set(keys).size).toBe(keys.length);
    expect(keymap.map((b) => b.command)).toEqual(['next', 'prev', 'first', 'last', 'jump', 'fullscreen', 'notes', 'blackout', 'overview', 'help']);
  });
});

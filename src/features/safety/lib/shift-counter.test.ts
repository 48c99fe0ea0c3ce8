import { describe, expect, it } from 'vitest';
import { countKey, NO_PRESSES, pressShift, PRESSES_TO_EXIT, type KeyEvent, type ShiftCount } from './shift-counter.ts';

const presses = (times: number[]) => times.reduce<ShiftCount>((count, t) => pressShift(count, t), NO_PRESSES);
const shift: KeyEvent = { type: 'keydown', key: 'Shift' };
const key = (k: string): KeyEvent => ({ type: 'keydown', key: k });
/** The keydowns a keyboard sends for a text typed with Shift for each capital, 100 ms apart. */
const typed = (text: string): KeyEvent[] => [...text].flatMap((ch) => (ch !== ch.toLowerCase() ? [shift, key(ch)] : [key(ch)]));
const run = (events: KeyEvent[], step = 100) => events.reduce<ShiftCount>((count, e, i) => countKey(count, e, i * step), NO_PRESSES);
/** The most presses counted at any point of a sequence. */
const peak = (events: KeyEvent[], step = 100) => {
  let count = NO_PRESSES;
  let most = 0;
  events.forEach((e, i) => {
    count = countKey(count, e, i * step);
    most = Math.max(most, count.presses);
  });
  return most;
};

describe('pressShift', () => {
  it.each([
    [[1000], 1],
    [[1000, 1200, 1400], 3],
    [[1000, 3000, 5900], 3],
    [[1000, 3000, 6100], 1],
    [[1000, 7000, 7200], 2],
  ])('presses at %j count %i', (times, expected) => expect(presses(times).presses).toBe(expected));
});

describe('countKey', () => {
  it('counts three Shift presses in a row', () => expect(run([shift, shift, shift]).presses).toBe(PRESSES_TO_EXIT));

  it.each(['Luật Bình Đẳng Giới', 'LÊ CHÂN', 'Nguyễn Thị Hoa', 'HN', 'Ủy Ban Nhân Dân Phường Lê Chân'])(
    'typing "%s" with Shift for each capital never reaches the exit',
    (text) => expect(peak(typed(text))).toBeLessThan(PRESSES_TO_EXIT),
  );

  it('any key between Shift presses starts the count again', () => {
    expect(run([shift, shift, key('a'), shift]).presses).toBe(1);
    expect(run([shift, key('Backspace'), shift, shift]).presses).toBe(2);
  });

  it('an input method composing Vietnamese resets the count', () => {
    expect(run([shift, shift, { type: 'composition' }, shift]).presses).toBe(1);
    expect(run([shift, shift, { type: 'keydown', key: 'Shift', composing: true }]).presses).toBe(0);
    expect(run([shift, shift, key('Process'), shift]).presses).toBe(1);
    expect(run([shift, shift, key('Unidentified'), shift]).presses).toBe(1);
  });

  it('a held Shift counts once', () => {
    const held: KeyEvent = { type: 'keydown', key: 'Shift', repeat: true };
    expect(run([shift, held, held, held]).presses).toBe(1);
  });

  it('three presses spread over more than the window do not exit', () => expect(run([shift, shift, shift], 3000).presses).toBeLessThan(PRESSES_TO_EXIT));
});

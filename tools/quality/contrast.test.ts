import { describe, expect, it } from 'vitest';
import { contrastRatio, isStrongRed, luminance, parseColour } from './contrast.ts';

describe('parseColour', () => {
  it.each([
    ['rgb(179, 38, 30)', [179, 38, 30]],
    ['rgba(255, 180, 171, 1)', [255, 180, 171]],
    ['#b3261e', [179, 38, 30]],
  ])('%s', (css, rgb) => expect(parseColour(css)).toEqual(rgb));
  it('names a colour it cannot read', () => expect(() => parseColour('oklch(0.5 0.2 30)')).toThrow(/oklch/));
});

describe('contrastRatio', () => {
  it('is 21 for black on white and 1 for a colour on itself', () => {
    expect(contrastRatio([0, 0, 0], [255, 255, 255])).toBeCloseTo(21, 5);
    expect(contrastRatio([179, 38, 30], [179, 38, 30])).toBe(1);
  });
  it('matches published WCAG figures', () => {
    // #767676 on white is the classic 4.54:1 grey.
    expect(contrastRatio(parseColour('#767676'), [255, 255, 255])).toBeCloseTo(4.54, 2);
    expect(luminance([255, 255, 255])).toBeCloseTo(1, 5);
  });
});

describe('isStrongRed', () => {
  it.each([
    ['#b3261e', true],
    ['#c62828', true],
    ['#ffb4ab', false], // pale salmon
    ['#5b2a86', false], // purple
    ['#e65100', false], // orange
    ['#ff0000', false], // white text on it is below 4.5:1
  ])('%s → %s', (hex, strong) => expect(isStrongRed(parseColour(hex))).toBe(strong));
});

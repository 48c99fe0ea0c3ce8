import { describe, expect, it } from 'vitest';
import { dangerLead, emergencyLines, emergencyPhrase } from './emergency.ts';

const box = [
  { phone: '113', name: 'Công an', note: 'Miễn phí, 24/7' },
  { phone: '111', name: 'Bảo vệ trẻ em' },
];

describe('emergencyLines', () => {
  it('links each number by its digits and labels it with who answers, then the note', () => {
    expect(emergencyLines(box)).toEqual([
      { href: 'tel:113', display: '113', label: 'Công an · Miễn phí, 24/7' },
      { href: 'tel:111', display: '111', label: 'Bảo vệ trẻ em' },
    ]);
  });

  it('dials a number written with +84 and dots by its national digits, shown as staff grouped it', () => {
    expect(emergencyLines([{ phone: '1800 1233', name: 'Trợ giúp pháp lý' }])[0]).toMatchObject({ href: 'tel:18001233', display: '1800 1233' });
  });

  it('refuses a number that is not a phone number, naming the file', () => {
    expect(() => emergencyLines([{ phone: '11a', name: 'Sai' }])).toThrow(/content\/ward\.yaml › emergency/);
  });
});

describe('the phrases built from the box', () => {
  it('tells a person in danger to call the first number', () => {
    expect(dangerLead(emergencyLines(box))).toBe('Nếu bạn đang gặp nguy hiểm, gọi 113');
  });

  it('names every number, joined as Vietnamese lists are', () => {
    expect(emergencyPhrase(emergencyLines(box))).toBe('113 hoặc 111');
    expect(emergencyPhrase(emergencyLines(box.slice(0, 1)))).toBe('113');
  });

  it('refuses an empty box instead of printing "gọi "', () => {
    expect(() => dangerLead([])).toThrow(/ít nhất một số/);
  });
});

import { describe, expect, it } from 'vitest';
import { isPhoneLine, normalisePhone, parseVietnamesePhone, phoneLines, phoneLink, retiredReplacement } from './phone.ts';

describe('parseVietnamesePhone', () => {
  it.each([
    ['113', '113', '113'],
    ['111', '111', '111'],
    [' 115 ', '115', '115'],
    ['1800 1233', '18001233', '1800 1233'],
    ['1900 969 680', '1900969680', '1900 969 680'],
    ['1900969680', '1900969680', '1900 969680'],
    ['0912.345.678', '0912345678', '0912 345 678'],
    ['024 3123 4567', '02431234567', '024 3123 4567'],
    ['+84 912 345 678', '0912345678', '0912 345 678'],
  ])('accepts %s as tel:%s shown "%s"', (value, digits, display) => {
    expect(parseVietnamesePhone(value)).toEqual({ ok: true, digits, display });
  });

  it.each(['116', '12345', '0912 345', 'gọi 113', '', '+1 212 555 0100'])('rejects %j with a message', (value) => {
    const result = parseVietnamesePhone(value);
    expect(result.ok).toBe(false);
    if (!result.ok) expect(result.message).toMatch(/số điện thoại/);
  });
});

describe('phoneLink', () => {
  it.each([
    ['113', 'tel:113', '113'],
    ['1800 1233', 'tel:18001233', '1800 1233'],
    ['1900 969 680', 'tel:1900969680', '1900 969 680'],
    ['+84 1800.1233', 'tel:18001233', '1800 1233'],
  ])('%s → %s, shown %s', (value, href, display) => expect(phoneLink(value)).toMatchObject({ href, display }));

  it('throws on an invalid number rather than printing a broken link', () => expect(() => phoneLink('abc')).toThrow());
});

describe('phoneLines', () => {
  const a = {
    name: 'A',
    contacts: [
      { kind: 'dien-thoai', value: '113' },
      { kind: 'web', value: 'https://a.vn' },
      { kind: 'dien-thoai', value: 'không có' },
    ],
  };
  const b = {
    name: 'B',
    contacts: [
      { kind: 'zalo', value: '0912 345 678' },
      { kind: 'dien-thoai', value: '1800 1233' },
    ],
  };
  it('lists the valid phone lines of the services in order, with their service and contact', () =>
    expect(phoneLines([a, b]).map((l) => [l.service.name, l.contact.value, l.href])).toEqual([
      ['A', '113', 'tel:113'],
      ['B', '1800 1233', 'tel:18001233'],
    ]));
  it('knows a phone line from other contacts', () => expect([a.contacts, b.contacts].flat().map(isPhoneLine)).toEqual([true, false, true, false, true]));
});

describe('retiredReplacement', () => {
  it.each([
    ['1800 1567', '111'],
    ['18001567', '111'],
    ['+84 1800 1567', '111'],
    ['0084 1800 1567', '111'],
    ['1800.1567', '111'],
    ['1800-1567', '111'],
    ['(1800) 1567', '111'],
    ['1800\u200B1567', '111'],
    ['1800\u00A01567', '111'],
    ['1800 1233', undefined],
  ])('%s → %s', (value, replacement) => expect(retiredReplacement(value)).toBe(replacement));
});

describe('normalisePhone', () => {
  it.each([
    ['+84 912 345 678', '0912345678'],
    ['0084 912.345.678', '0912345678'],
    ['+84 1900 969 680', '1900969680'],
    ['(024) 3123-4567', '02431234567'],
    ['1\u200B1\u200B1', '111'],
  ])('%j → %s', (value, national) => expect(normalisePhone(value)).toBe(national));
});

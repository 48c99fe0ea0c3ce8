import { describe, expect, it } from 'vitest';
import { legacyFilterTarget } from './service-filter.ts';

const needs = ['bao-luc-gia-dinh', 'mua-ban-nguoi'];
const scopes = ['quoc-gia', 'phuong'];

describe('legacyFilterTarget', () => {
  it.each([
    ['?nhu-cau=mua-ban-nguoi', '/ho-tro/nhu-cau/mua-ban-nguoi/'],
    ['?pham-vi=phuong&nhu-cau=bao-luc-gia-dinh', '/ho-tro/nhu-cau/bao-luc-gia-dinh/'],
    ['?pham-vi=phuong', '/ho-tro/#pham-vi-phuong'],
    ['?nhu-cau=khong-co', null],
    ['', null],
  ])('%s → %s', (search, expected) => expect(legacyFilterTarget(search, needs, scopes)).toBe(expected));
});

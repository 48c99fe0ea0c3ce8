import { describe, expect, it } from 'vitest';
import { groupByScope, groupByTopic } from './services.ts';

const police = { id: '113', topics: ['khan-cap', 'bao-luc-gia-dinh'], scope: 'quoc-gia' };
const child = { id: '111', topics: ['mua-ban-nguoi'], scope: 'quoc-gia' };
const ward = { id: 'ubnd', topics: ['bao-luc-gia-dinh'], scope: 'phuong' };
const trafficking = { id: '111', topics: ['xam-hai-tre-em', 'mua-ban-nguoi'], scope: 'quoc-gia' };

describe('groupByTopic', () => {
  it('keeps topic order, lists a service under each of its needs and drops empty needs', () => {
    const groups = groupByTopic([police, child, ward], ['khan-cap', 'y-te', 'bao-luc-gia-dinh', 'mua-ban-nguoi']);
    expect(groups.map((g) => [g.topic, g.services.map((s) => s.id)])).toEqual([
      ['khan-cap', ['113']],
      ['bao-luc-gia-dinh', ['ubnd', '113']],
      ['mua-ban-nguoi', ['111']],
    ]);
  });

  it('puts first the services whose main purpose is the need, keeping the given order otherwise', () => {
    const policeAlsoTrafficking = { ...police, topics: ['khan-cap', 'bao-luc-gia-dinh', 'mua-ban-nguoi'] };
    const groups = groupByTopic([policeAlsoTrafficking, trafficking, child], ['mua-ban-nguoi']);
    expect(groups[0]!.services.map((s) => s.topics.indexOf('mua-ban-nguoi'))).toEqual([0, 1, 2]);
  });
});

describe('groupByScope', () => {
  it('keeps every scope, even an empty one', () => {
    expect(groupByScope([police, child], ['quoc-gia', 'phuong']).map((g) => [g.scope, g.services.length])).toEqual([
      ['quoc-gia', 2],
      ['phuong', 0],
    ]);
  });
});

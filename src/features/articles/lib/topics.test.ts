import { describe, expect, it } from 'vitest';
import { topicCounts } from './topics.ts';

describe('topicCounts', () => {
  it.each([
    [[], []],
    [
      [['y-te'], ['y-te', 'gia-dinh']],
      [
        ['y-te', 2],
        ['gia-dinh', 1],
      ],
    ],
  ])('%j', (topics, counts) => expect([...topicCounts(topics.map((t) => ({ data: { topics: t } })))]).toEqual(counts));
});

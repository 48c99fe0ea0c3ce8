import { describe, expect, it } from 'vitest';
import type { Topic } from '../../../schemas/service.ts';
import { violenceHelp } from './violence-help.ts';

const service = (id: string, topics: Topic[]) => ({ id, topics });

describe('violenceHelp', () => {
  it('keeps lines for violence, abuse or trafficking and leaves out emergency lines for other dangers', () => {
    const all = [
      service('113', ['khan-cap', 'bao-luc-gia-dinh']),
      service('111', ['xam-hai-tre-em', 'mua-ban-nguoi']),
      service('112', ['khan-cap']),
      service('114', ['khan-cap']),
      service('115', ['khan-cap', 'y-te']),
      service('phap-ly', ['tro-giup-phap-ly']),
    ];
    expect(violenceHelp(all).map((s) => s.id)).toEqual(['113', '111']);
  });
});

import { describe, expect, it } from 'vitest';
import { helpLines } from './help-lines.ts';

const phone = (value: string, note?: string) => ({ kind: 'dien-thoai', value, note });
const services = [
  { name: 'Công an', topics: ['khan-cap', 'bao-luc-gia-dinh'], contacts: [phone('113')] },
  { name: 'Cứu hỏa', topics: ['khan-cap'], contacts: [phone('114')] },
  { name: 'Nháp', topics: ['bao-luc-gioi'], draft: true, contacts: [phone('0225 123 4567')] },
  { name: 'Đường dây', topics: ['bao-luc-gioi'], contacts: [phone('1900 969 680', 'Hỗ trợ phụ nữ'), { kind: 'web', value: 'https://example.org' }] },
];

describe('helpLines', () => {
  it('keeps the published phone lines that help with violence, abuse or legal aid, in the given order', () => {
    expect(helpLines(services).map((l) => [l.service.name, l.display, l.digits])).toEqual([
      ['Công an', '113', '113'],
      ['Đường dây', '1900 969 680', '1900969680'],
    ]);
  });
  it('takes other topics when asked', () => expect(helpLines(services, ['khan-cap']).map((l) => l.display)).toEqual(['113', '114']));
});

import { describe, expect, it } from 'vitest';
import { CALL_TERMS, NEED_TERMS, needRecords, needUrl, numberForms, serviceCallTerms, serviceHelpTerms, serviceNumbers } from './help.ts';

const labels = { 'noi-tam-lanh': 'Nơi tạm lánh', 'tro-giup-phap-ly': 'Trợ giúp pháp lý', 'y-te': 'Y tế' };
const phone = (value: string) => ({ kind: 'dien-thoai', value });
const shelter = { name: 'Đường dây A', topics: ['noi-tam-lanh'], contacts: [phone('1900 969 680'), { kind: 'web', value: 'https://a.vn' }] };
const legal = { name: 'Trợ giúp B', topics: ['tro-giup-phap-ly'], contacts: [phone('1800 1233')] };
const office = { name: 'Văn phòng C', topics: ['tro-giup-phap-ly'], contacts: [{ kind: 'dia-chi', value: 'Số 1' }] };

describe('numberForms', () => {
  it.each([
    ['1900 969 680', ['1900 969 680', '1900969680']],
    ['111', ['111']],
    ['0225.3842.000', ['0225.3842.000', '02253842000']],
  ])('%s', (value, forms) => expect(numberForms(value)).toEqual(forms));
});

describe('serviceCallTerms', () => {
  it('a phone line is found by what people call one', () => expect(serviceCallTerms(shelter)).toBe(CALL_TERMS.join(', ')));
  it('a service without a phone is not called a hotline', () => expect(serviceCallTerms(office)).toBe(''));
});

describe('serviceNumbers', () => {
  it('holds its phone numbers, also written together, and no other contact', () => expect(serviceNumbers(shelter)).toBe('1900 969 680, 1900969680'));
});

describe('serviceHelpTerms', () => {
  const terms = serviceHelpTerms(shelter, labels);
  it('calls a phone line what people call one, with its numbers', () => {
    for (const word of [...CALL_TERMS, '1900 969 680', '1900969680']) expect(terms).toContain(word);
    expect(terms).not.toContain('https://a.vn');
  });
  it('names each need with its label and what readers call it', () => {
    expect(terms).toContain('Nơi tạm lánh');
    for (const word of NEED_TERMS['noi-tam-lanh'] ?? []) expect(terms).toContain(word);
  });
  it('a service without a phone is not called a hotline', () => expect(serviceHelpTerms(office, labels)).not.toContain('hotline'));
});

describe('needRecords', () => {
  const records = needRecords([shelter, legal, office], ['noi-tam-lanh', 'tro-giup-phap-ly', 'y-te'], labels, 'Danh bạ nơi hỗ trợ');
  it('one record per need that has a service, in the order of the needs', () =>
    expect(records.map((r) => r.url)).toEqual([needUrl('noi-tam-lanh'), needUrl('tro-giup-phap-ly')]));
  it('titled with the need, listing its services and their numbers in plain sentences', () => {
    expect(records[1]).toEqual({
      url: '/ho-tro/?nhu-cau=tro-giup-phap-ly#nhu-cau-tro-giup-phap-ly',
      title: 'Trợ giúp pháp lý: danh bạ nơi hỗ trợ',
      content: `Trợ giúp pháp lý (${NEED_TERMS['tro-giup-phap-ly']?.join(', ')}). Trợ giúp B, gọi 1800 1233. Văn phòng C.`,
      help: ['Trợ giúp pháp lý', ...(NEED_TERMS['tro-giup-phap-ly'] ?? [])].join(', '),
    });
  });
  it('every need of the directory has words readers use for it', async () => {
    const { TOPICS } = await import('../../schemas/service.ts');
    for (const topic of TOPICS) expect(NEED_TERMS[topic]?.length, topic).toBeGreaterThan(0);
  });
});

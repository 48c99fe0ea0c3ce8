import { describe, expect, it } from 'vitest';
import { CALL_TERMS, NEED_TERMS, needHelpTerms, numberForms, serviceCallTerms, serviceHelpTerms, serviceNumbers } from './help.ts';

const labels = { 'noi-tam-lanh': 'Nơi tạm lánh', 'tro-giup-phap-ly': 'Trợ giúp pháp lý', 'y-te': 'Y tế' };
const phone = (value: string) => ({ kind: 'dien-thoai', value });
const shelter = { name: 'Đường dây A', topics: ['noi-tam-lanh'], contacts: [phone('1900 969 680'), { kind: 'web', value: 'https://a.vn' }] };
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

describe('needHelpTerms', () => {
  it('a need page is found by its label and what readers call it', () =>
    expect(needHelpTerms('tro-giup-phap-ly', labels)).toBe(['Trợ giúp pháp lý', ...(NEED_TERMS['tro-giup-phap-ly'] ?? [])].join(', ')));
  it('every need of the directory has words readers use for it', async () => {
    const { TOPICS } = await import('../../../schemas/service.ts');
    for (const topic of TOPICS) expect(NEED_TERMS[topic]?.length, topic).toBeGreaterThan(0);
  });
});

import { describe, expect, it } from 'vitest';
import { isPlaceholderSiteUrl, placeholderSiteUrlProblem, SAMPLE_MARK } from './site-url.ts';

describe('isPlaceholderSiteUrl', () => {
  it.each([
    'https://binhdanggioi.lechan.example',
    'https://example.com/',
    'https://www.example.org',
    'http://lechan.test',
    'https://site.invalid',
    'http://localhost:4321',
    'https://127.0.0.1',
    'ftp://lechan.gov.vn',
    'không phải địa chỉ',
    '',
    null,
    undefined,
  ])('%s is a placeholder', (url) => expect(isPlaceholderSiteUrl(url)).toBe(true));

  it.each(['https://lechan.haiphong.gov.vn', 'https://binhdanggioi.lechan.gov.vn/', 'https://examples.vn'])('%s is real', (url) => {
    expect(isPlaceholderSiteUrl(url)).toBe(false);
  });
});

describe('placeholderSiteUrlProblem', () => {
  it('names the file, the field and the mark printed meanwhile', () => {
    const message = placeholderSiteUrlProblem('https://binhdanggioi.lechan.example');
    expect(message).toContain('content/ward.yaml › siteUrl');
    expect(message).toContain(SAMPLE_MARK);
  });
  it('says nothing for a real address', () => expect(placeholderSiteUrlProblem('https://lechan.gov.vn')).toBeNull());
});

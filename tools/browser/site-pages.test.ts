import { describe, expect, it } from 'vitest';
import { builtPages } from './site-pages.ts';

describe('builtPages', () => {
  it('lists the home page, nested pages and the 404 as reader URLs', () => {
    const pages = builtPages();
    expect(pages).toContain('/');
    expect(pages).toContain('/ke-hoach/trach-nhiem/');
    expect(pages).toContain('/404.html');
  });
});

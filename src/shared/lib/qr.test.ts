import QRCode from 'qrcode';
import { describe, expect, it } from 'vitest';
import { qrSvg } from './qr.ts';

describe('qrSvg', () => {
  it('makes an SVG with no inline style, for the strict CSP', async () => {
    const svg = await qrSvg('https://example.org/ho-tro/');
    expect(svg).toMatch(/^<svg [^>]*viewBox="0 0 \d+ \d+"/);
    expect(svg).not.toMatch(/style=/);
  });

  it('encodes exactly the URL given (same modules as the library makes for it)', async () => {
    const url = 'https://example.org/ho-tro/';
    const modules = QRCode.create(url, { errorCorrectionLevel: 'M' }).modules.size;
    expect(await qrSvg(url)).toContain(`viewBox="0 0 ${modules + 4} ${modules + 4}"`);
  });
});

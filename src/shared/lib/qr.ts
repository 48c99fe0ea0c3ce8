import QRCode from 'qrcode';

/** An SVG QR code for a URL, made at build time; the caller labels it for screen readers. */
export async function qrSvg(url: string): Promise<string> {
  const svg = await QRCode.toString(url, { type: 'svg', errorCorrectionLevel: 'M', margin: 2, color: { dark: '#000000', light: '#ffffff' } });
  return svg.replace('<svg ', '<svg aria-hidden="true" focusable="false" class="qr" ');
}

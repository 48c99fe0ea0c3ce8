// The production nginx configuration (deploy/site.conf), served on loopback by tools/browser/serve.ts:
// every kind of response carries the security headers and the right caching, and text is gzipped.
import { existsSync, readdirSync, statSync } from 'node:fs';
import { get, type IncomingHttpHeaders } from 'node:http';
import { describe, expect, inject, it } from 'vitest';

const baseUrl = inject('baseUrl');

interface RawResponse {
  status: number;
  headers: IncomingHttpHeaders;
  body: Buffer;
}

/** One request without any decoding, so the test sees exactly what nginx sent. */
function request(path: string, headers: Record<string, string> = {}): Promise<RawResponse> {
  return new Promise((resolve, reject) => {
    get(`${baseUrl}${path}`, { headers }, (res) => {
      const chunks: Buffer[] = [];
      res.on('data', (chunk: Buffer) => chunks.push(chunk));
      res.on('end', () => resolve({ status: res.statusCode ?? 0, headers: res.headers, body: Buffer.concat(chunks) }));
    }).on('error', reject);
  });
}

const firstAsset = (ext: string) => readdirSync('dist/_astro').find((name) => name.endsWith(ext));
const serviceWorkerFiles = existsSync('dist') ? readdirSync('dist').filter((name) => name === 'sw.js' || /^workbox-.+\.js$/.test(name)) : [];

function expectSecurityHeaders(headers: IncomingHttpHeaders) {
  const csp = String(headers['content-security-policy']);
  expect(csp).toContain("default-src 'self'");
  expect(csp).toMatch(/script-src 'self'/);
  expect(csp).not.toContain("'unsafe-inline'");
  expect(csp).not.toContain("'unsafe-eval'");
  expect(csp).toContain("frame-ancestors 'none'");
  expect(csp).toContain("object-src 'none'");
  expect(headers['strict-transport-security']).toMatch(/^max-age=\d{8,}/);
  expect(headers['x-content-type-options']).toBe('nosniff');
  expect(headers['referrer-policy']).toBe('no-referrer');
  for (const feature of ['camera', 'microphone', 'geolocation']) expect(headers['permissions-policy']).toContain(`${feature}=()`);
  expect(headers['cross-origin-opener-policy']).toBe('same-origin');
  expect(headers.server).toBe('nginx');
}

describe('nginx with deploy/site.conf', () => {
  it('serves an HTML page with the security headers and a short cache', async () => {
    const res = await request('/ke-hoach/');
    expect(res.status).toBe(200);
    expect(res.headers['content-type']).toBe('text/html; charset=utf-8');
    expectSecurityHeaders(res.headers);
    expect(res.headers['cache-control']).toBe('public, max-age=300, must-revalidate');
  });

  it('serves a hashed asset with the security headers and a year-long immutable cache', async () => {
    const css = firstAsset('.css');
    expect(css).toBeDefined();
    const res = await request(`/_astro/${css}`);
    expect(res.status).toBe(200);
    expect(res.headers['content-type']).toBe('text/css; charset=utf-8');
    expectSecurityHeaders(res.headers);
    expect(res.headers['cache-control']).toBe('public, max-age=31536000, immutable');
  });

  it.each(['/khong-co-trang-nay/', '/_astro/khong-co.js'])('answers %s with 404 and the Vietnamese page, headers included', async (path) => {
    const res = await request(path);
    expect(res.status).toBe(404);
    expect(res.body.toString('utf8')).toContain('Không tìm thấy trang này');
    expectSecurityHeaders(res.headers);
    expect(res.headers['cache-control']).toBe('public, max-age=300, must-revalidate');
  });

  it('redirects a page address without its slash, relative to the host the reader used', async () => {
    const res = await request('/ke-hoach');
    expect(res.status).toBe(301);
    expect(res.headers.location).toBe('/ke-hoach/');
    expectSecurityHeaders(res.headers);
  });

  it.runIf(serviceWorkerFiles.length > 0).each(serviceWorkerFiles)('serves the service-worker file %s checked on every visit', async (name) => {
    const res = await request(`/${name}`);
    expect(res.status).toBe(200);
    expect(res.headers['content-type']).toBe('application/javascript; charset=utf-8');
    expectSecurityHeaders(res.headers);
    expect(res.headers['cache-control']).toBe('no-cache');
  });

  it('sends the precompressed .gz written by the build, byte for byte', async () => {
    const res = await request('/ke-hoach/', { 'accept-encoding': 'gzip' });
    expect(res.headers['content-encoding']).toBe('gzip');
    expect(res.headers.vary).toBe('Accept-Encoding');
    expect(res.body.length).toBe(statSync('dist/ke-hoach/index.html.gz').size);
  });

  it('sends plain text to clients that do not accept gzip', async () => {
    const plain = await request('/ke-hoach/');
    expect(plain.headers['content-encoding']).toBeUndefined();
    expect(plain.body.length).toBe(statSync('dist/ke-hoach/index.html').size);
  });

  // Old shared links to the filtered directory, for readers without JavaScript: every need the build has a page for.
  const needs = existsSync('dist/ho-tro/nhu-cau')
    ? readdirSync('dist/ho-tro/nhu-cau').filter((name) => statSync(`dist/ho-tro/nhu-cau/${name}`).isDirectory())
    : [];
  it.runIf(needs.length > 0).each(needs)("redirects an old link /ho-tro/?nhu-cau=%s to that need's page, which exists", async (need) => {
    for (const query of [`nhu-cau=${need}`, `pham-vi=phuong&nhu-cau=${need}&x=1`]) {
      const res = await request(`/ho-tro/?${query}`);
      expect(res.status).toBe(301);
      expect(res.headers.location).toBe(`/ho-tro/nhu-cau/${need}/`);
      expectSecurityHeaders(res.headers);
    }
    expect((await request(`/ho-tro/nhu-cau/${need}/`)).status).toBe(200);
  });

  it.each(['', '?nhu-cau=', '?nhu-cau=Bao-Luc', '?nhu-cau=..%2Fadmin', '?nhu-cau=-y-te', '?nhu-cau=y--te', '?xnhu-cau=y-te', '?pham-vi=phuong'])(
    'shows the whole directory for /ho-tro/%s, no redirect to a made-up address',
    async (query) => {
      const res = await request(`/ho-tro/${query}`);
      expect(res.status).toBe(200);
      expect(res.headers.location).toBeUndefined();
      expect(res.body.toString('utf8')).toContain('data-first-paint');
    },
  );
});

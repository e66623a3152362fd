import { mkdtempSync, writeFileSync } from 'node:fs';
import { request } from 'node:http';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { gunzipSync } from 'node:zlib';
import { describe, expect, it } from 'vitest';
import { serveStatic } from '../../scripts/lib/browser.ts';

/**
 * The static server the browser tests and benchmarks use: it must answer as docs/HOSTING.md has a
 * production host answer, or what they measure is not what readers get.
 */
const dir = mkdtempSync(join(tmpdir(), 'static-'));
const page = `<!doctype html><title>t</title>${'<p>进度</p>'.repeat(200)}`;
writeFileSync(join(dir, 'index.html'), page);
writeFileSync(join(dir, '404.html'), 'missing');
writeFileSync(join(dir, 'chunk.pf_index'), Buffer.from([0x1f, 0x8b, 1, 2, 3]));

/** GET with gzip accepted, as a browser asks. */
function get(url: string): Promise<{ status: number; encoding?: string; body: Buffer }> {
  return new Promise((resolve, reject) => {
    request(url, { headers: { 'Accept-Encoding': 'gzip, deflate, br' } }, (response) => {
      const chunks: Buffer[] = [];
      response.on('data', (c: Buffer) => chunks.push(c)).on('end', () => resolve({ status: response.statusCode ?? 0, encoding: response.headers['content-encoding'], body: Buffer.concat(chunks) }));
    })
      .on('error', reject)
      .end();
  });
}

describe('serveStatic', () => {
  it('sends text gzip-compressed when asked to, as a production host does, and Pagefind’s own files as they are', async () => {
    const server = await serveStatic(dir, {}, { gzip: true });
    const html = await get(`${server.url}/`);
    const chunk = await get(`${server.url}/chunk.pf_index`);
    const missing = await get(`${server.url}/nothing/`);
    await server.close();
    expect([html.status, html.encoding]).toEqual([200, 'gzip']);
    expect(gunzipSync(html.body).toString()).toBe(page);
    expect(html.body.length).toBeLessThan(page.length / 10);
    expect([chunk.encoding, [...chunk.body]]).toEqual([undefined, [0x1f, 0x8b, 1, 2, 3]]);
    expect([missing.status, gunzipSync(missing.body).toString()]).toEqual([404, 'missing']);
  });

  it('sends files as they are by default', async () => {
    const server = await serveStatic(dir);
    const html = await get(`${server.url}/`);
    await server.close();
    expect([html.encoding, html.body.toString()]).toEqual([undefined, page]);
  });
});

import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { DataDownloads } from '../../../server/http/data-downloads';

/** A small export folder, written by the test, so the serving is checked apart from the export's content. */
const PLACES_CSV = 'id,name_en\r\nntt,East Nusa Tenggara\r\n';
let dir: string;
let downloads: DataDownloads;
beforeAll(() => {
  dir = mkdtempSync(join(tmpdir(), 'downloads-'));
  mkdirSync(join(dir, 'csv'));
  writeFileSync(
    join(dir, 'datapackage.json'),
    JSON.stringify({ version: '1.2.0+abc', created: '2026-12-02T00:00:00Z' }),
  );
  writeFileSync(join(dir, 'csv', 'places.csv'), PLACES_CSV);
  writeFileSync(join(dir, 'README.md'), '# Data\n');
  writeFileSync(join(dir, 'notes.txt'), 'not a download');
  downloads = DataDownloads.fromDirectory(dir);
});
afterAll(() => rmSync(dir, { recursive: true, force: true }));

const get = (path: string, headers: { ifNoneMatch?: string; accept?: string } = {}) =>
  downloads.respond({ method: 'GET', path, ...headers });

describe('the downloads at /data/', () => {
  it('lists every file with its stable URL, media type, size and ETag, and the dataset version', () => {
    const answer = get('/data/');
    expect(answer.status).toBe(200);
    const listing = JSON.parse(String(answer.body));
    expect(listing.dataset).toEqual({ version: '1.2.0+abc', date: '2026-12-02' });
    expect(listing.files.map((f: any) => f.url)).toEqual([
      '/data/README.md',
      '/data/csv/places.csv',
      '/data/datapackage.json',
    ]);
    expect(listing.files[1]).toMatchObject({
      mediaType: 'text/csv; charset=utf-8',
      bytes: Buffer.byteLength(PLACES_CSV),
      etag: expect.stringMatching(/^"[\w-]+"$/),
    });
  });

  it('serves a file with its content type and ETag, and 304 when the client has it', () => {
    const answer = get('/data/csv/places.csv');
    expect(answer.status).toBe(200);
    expect(answer.headers['content-type']).toBe('text/csv; charset=utf-8');
    expect(String(answer.body)).toContain('ntt,East Nusa Tenggara');
    const etag = answer.headers.etag;
    expect(get('/data/csv/places.csv', { ifNoneMatch: etag })).toMatchObject({ status: 304, body: '' });
    expect(get('/data/csv/places.csv', { ifNoneMatch: `"other", W/${etag}` }).status).toBe(304);
    expect(get('/data/csv/places.csv', { ifNoneMatch: '"other"' }).status).toBe(200);
    expect(get('/data/README.md').headers.etag).not.toBe(etag);
  });

  it('answers HEAD without a body, other methods with 405, and unknown or escaping paths with 404', () => {
    expect(downloads.respond({ method: 'HEAD', path: '/data/README.md' })).toMatchObject({ status: 200, body: '' });
    const post = downloads.respond({ method: 'POST', path: '/data/README.md' });
    expect(post.status).toBe(405);
    expect(post.headers.allow).toBe('GET, HEAD');
    for (const path of ['/data/nothing.csv', '/data/notes.txt', '/data/../package.json', '/data/%E0%A4%A']) {
      const answer = get(path);
      expect({ path, status: answer.status, code: JSON.parse(String(answer.body)).errors[0].extensions.code }).toEqual({
        path,
        status: 404,
        code: 'NOT_FOUND',
      });
    }
  });

  it('gives browsers a page of links, escaped', () => {
    const answer = get('/data/', { accept: 'text/html,application/xhtml+xml' });
    expect(answer.headers['content-type']).toBe('text/html; charset=utf-8');
    expect(String(answer.body)).toContain('<a href="/data/csv/places.csv">csv/places.csv</a>');
    expect(String(answer.body)).toContain('Dataset 1.2.0+abc (2026-12-02)');
  });

  it('says how to build the downloads when there are none', () => {
    const empty = DataDownloads.fromDirectory(join(dir, 'missing'));
    expect(JSON.parse(String(empty.respond({ method: 'GET', path: '/data/' }).body))).toEqual({
      dataset: null,
      files: [],
      message: expect.stringContaining('npm run export'),
    });
  });
});

import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { buildExport } from '../../seed/export/build-export';
import { writeExportFolder } from '../../seed/export/write-export';
import { readRelease } from '../../seed/release';
import { memoryStoreWithRealDataset } from '../support/real-dataset';
import { startTestHttpServer, TestHttpServer } from '../support/test-api';

describe('the downloads over HTTP', () => {
  let dir: string;
  let server: TestHttpServer;
  let version: string;
  beforeAll(async () => {
    dir = mkdtempSync(join(tmpdir(), 'export-http-'));
    const store = memoryStoreWithRealDataset();
    const built = buildExport(await store.readDataset(), readRelease(), null);
    version = built.description.version;
    writeExportFolder(join(dir, 'exports'), built.files);
    server = await startTestHttpServer(store, { exportDir: join(dir, 'exports') });
  });
  afterAll(async () => {
    await server.stop();
    rmSync(dir, { recursive: true, force: true });
  });

  it('lists the package at /data/ with the dataset version', async () => {
    const res = await fetch(`${server.url}/data/`);
    expect(res.status).toBe(200);
    const listing: any = await res.json();
    expect(listing.dataset.version).toBe(version);
    expect(listing.files.map((f: any) => f.url)).toEqual(
      expect.arrayContaining(['/data/datapackage.json', '/data/csv/organizations.csv', '/data/hsds/services.json']),
    );
  });

  it('serves a CSV with its content type and ETag, then 304 for the same ETag', async () => {
    const first = await fetch(`${server.url}/data/csv/organizations.csv`);
    expect(first.status).toBe(200);
    expect(first.headers.get('content-type')).toBe('text/csv; charset=utf-8');
    expect((await first.text()).split('\r\n')[0]).toMatch(/^id,kind,level,name_id,name_en,/);
    const again = await fetch(`${server.url}/data/csv/organizations.csv`, {
      headers: { 'if-none-match': first.headers.get('etag')! },
    });
    expect(again.status).toBe(304);
  });

  it('redirects /data to /data/ and answers an unknown file with 404 NOT_FOUND', async () => {
    const redirect = await fetch(`${server.url}/data`, { redirect: 'manual' });
    expect([redirect.status, redirect.headers.get('location')]).toEqual([301, '/data/']);
    const missing = await fetch(`${server.url}/data/secrets.csv`);
    expect(missing.status).toBe(404);
    expect(((await missing.json()) as any).errors[0].extensions.code).toBe('NOT_FOUND');
  });
});

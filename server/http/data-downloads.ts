import { existsSync, readdirSync, readFileSync, statSync } from 'node:fs';
import { extname, join, relative, sep } from 'node:path';
import { ERROR_CODES } from '../knowledge/errors';
import { entityTagOf, isNotModified } from './entity-tags';

/** Where the bulk downloads are served; every file has the stable URL /data/<path in the export>. */
export const DATA_DOWNLOADS_PATH = '/data/';

const MEDIA_TYPES: Record<string, string> = {
  '.csv': 'text/csv; charset=utf-8',
  '.json': 'application/json; charset=utf-8',
  '.md': 'text/markdown; charset=utf-8',
};

export interface DownloadFile {
  /** Path inside the export, with forward slashes: csv/organizations.csv. */
  path: string;
  mediaType: string;
  bytes: Buffer;
  /** Strong validator: a hash of the bytes, so it changes exactly when the file does. */
  etag: string;
}

export interface DownloadRequest {
  method: string;
  /** The URL path, starting with /data/. */
  path: string;
  ifNoneMatch?: string;
  accept?: string;
}

export interface DownloadResponse {
  status: number;
  headers: Record<string, string>;
  body: Buffer | string;
}

const errorBody = (message: string, code: string) => JSON.stringify({ errors: [{ message, extensions: { code } }] });

function listFiles(dir: string): string[] {
  return readdirSync(dir).flatMap((name) => {
    const path = join(dir, name);
    return statSync(path).isDirectory() ? listFiles(path) : [path];
  });
}

/**
 * The bulk downloads written by `npm run export`, served read-only from memory. Framework-neutral: an HTTP edge hands
 * it the method, path and two headers and writes back what it answers. Files are read once, at start-up, so a request
 * never touches the disk and no path from a URL ever reaches the file system.
 */
export class DataDownloads {
  private readonly byPath: Map<string, DownloadFile>;

  constructor(
    files: DownloadFile[],
    private readonly dataset: { version?: string; date?: string } | null,
  ) {
    this.byPath = new Map(files.map((f) => [f.path, f]));
  }

  /** Loads every file of an export folder; a missing folder gives an empty listing that says how to build one. */
  static fromDirectory(dir: string): DataDownloads {
    if (!existsSync(dir)) return new DataDownloads([], null);
    const files = listFiles(dir)
      .map((file) => relative(dir, file).split(sep).join('/'))
      .filter((path) => MEDIA_TYPES[extname(path)] !== undefined)
      .sort()
      .map((path): DownloadFile => {
        const bytes = readFileSync(join(dir, path));
        return { path, mediaType: MEDIA_TYPES[extname(path)], bytes, etag: entityTagOf(bytes) };
      });
    const manifest = files.find((f) => f.path === 'datapackage.json');
    const dataset = manifest
      ? (JSON.parse(manifest.bytes.toString('utf8')) as { version?: string; created?: string })
      : null;
    return new DataDownloads(files, dataset && { version: dataset.version, date: dataset.created?.slice(0, 10) });
  }

  get files(): readonly DownloadFile[] {
    return [...this.byPath.values()];
  }

  respond(request: DownloadRequest): DownloadResponse {
    if (request.method !== 'GET' && request.method !== 'HEAD') {
      return {
        status: 405,
        headers: { allow: 'GET, HEAD', 'content-type': MEDIA_TYPES['.json'] },
        body: errorBody(
          `${request.method} is not allowed here: the downloads are read with GET`,
          ERROR_CODES.METHOD_NOT_ALLOWED,
        ),
      };
    }
    const path = toFilePath(request.path);
    if (path === '') return this.listing(request);
    const file = path === null ? undefined : this.byPath.get(path);
    if (!file) {
      return {
        status: 404,
        headers: { 'content-type': MEDIA_TYPES['.json'] },
        body: errorBody(`no download ${request.path}; ${DATA_DOWNLOADS_PATH} lists them all`, ERROR_CODES.NOT_FOUND),
      };
    }
    const headers = { etag: file.etag, 'cache-control': 'public, max-age=300, must-revalidate' };
    if (isNotModified(request.ifNoneMatch, file.etag)) return { status: 304, headers, body: '' };
    return {
      status: 200,
      headers: { ...headers, 'content-type': file.mediaType, 'content-length': String(file.bytes.length) },
      body: request.method === 'HEAD' ? '' : file.bytes,
    };
  }

  private listing(request: DownloadRequest): DownloadResponse {
    const files = this.files.map((f) => ({
      path: f.path,
      url: `${DATA_DOWNLOADS_PATH}${f.path}`,
      mediaType: f.mediaType,
      bytes: f.bytes.length,
      etag: f.etag,
    }));
    const hint = files.length === 0 ? 'no export has been written; run "npm run export" and restart the server' : null;
    const wantsHtml = (request.accept ?? '').includes('text/html');
    const body = wantsHtml
      ? toHtmlListing(files, this.dataset, hint)
      : JSON.stringify({ dataset: this.dataset, files, ...(hint ? { message: hint } : {}) }, null, 2);
    return {
      status: 200,
      headers: {
        'content-type': wantsHtml ? 'text/html; charset=utf-8' : MEDIA_TYPES['.json'],
        'cache-control': 'no-cache',
        vary: 'accept',
      },
      body: request.method === 'HEAD' ? '' : body,
    };
  }
}

/** The path inside the export a URL names; a malformed escape names nothing. */
function toFilePath(urlPath: string): string | null {
  try {
    return decodeURIComponent(urlPath.slice(DATA_DOWNLOADS_PATH.length));
  } catch {
    return null;
  }
}

const escapeHtml = (text: string) =>
  text.replace(/[&<>"']/g, (c) => ({ '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;', "'": '&#39;' })[c] ?? c);

function toHtmlListing(
  files: { path: string; url: string; bytes: number }[],
  dataset: { version?: string; date?: string } | null,
  hint: string | null,
): string {
  const title = dataset?.version ? `Dataset ${dataset.version} (${dataset.date ?? 'date not stated'})` : 'Downloads';
  const rows = files
    .map(
      (f) =>
        `<li><a href="${escapeHtml(f.url)}">${escapeHtml(f.path)}</a> (${f.bytes.toLocaleString('en')} bytes)</li>`,
    )
    .join('\n');
  return `<!doctype html>
<html lang="en"><head><meta charset="utf-8"><meta name="viewport" content="width=device-width, initial-scale=1">
<title>NTT anti-trafficking knowledge base: downloads</title></head>
<body><h1>${escapeHtml(title)}</h1>
<p>Start with <a href="${DATA_DOWNLOADS_PATH}README.md">README.md</a>: what each file holds, the licence and how to cite.</p>
${hint ? `<p>${escapeHtml(hint)}</p>` : `<ul>\n${rows}\n</ul>`}
</body></html>
`;
}

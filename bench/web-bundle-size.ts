/**
 * `npm run bench:web`: prints the web app's first-load JavaScript (the scripts index.html loads and preloads) raw and
 * gzip-compressed, and the largest lazily loaded chunks. A figure to compare with the 300 KB compressed budget, not a
 * pass or fail; run `npm run build:web` first.
 */
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { gzipSync } from 'node:zlib';

const DIST = join(__dirname, '..', 'client', 'web', 'dist');
const kb = (bytes: number) => `${(bytes / 1024).toFixed(1)} KB`;

const sizeOf = (file: string) => {
  const content = readFileSync(join(DIST, file));
  return { raw: content.length, gzip: gzipSync(content, { level: 9 }).length };
};

const html = readFileSync(join(DIST, 'index.html'), 'utf8');
const firstLoad = [...html.matchAll(/(?:src|href)="\/(assets\/[^"]+\.js)"/g)].map((match) => match[1]);
let raw = 0;
let gzip = 0;
for (const file of firstLoad) {
  const size = sizeOf(file);
  raw += size.raw;
  gzip += size.gzip;
  console.log(`first load  ${file.padEnd(48)} ${kb(size.raw).padStart(10)} raw ${kb(size.gzip).padStart(10)} gzip`);
}
console.log(`first load total: ${kb(raw)} raw, ${kb(gzip)} gzip (budget 300 KB gzip)`);

const lazy = readdirSync(join(DIST, 'assets'))
  .filter((file) => file.endsWith('.js') && !firstLoad.includes(`assets/${file}`))
  .map((file) => ({ file, ...sizeOf(join('assets', file)) }))
  .sort((a, b) => b.gzip - a.gzip);
const lazyGzip = lazy.reduce((sum, chunk) => sum + chunk.gzip, 0);
console.log(`lazy chunks (query explorer and its editor): ${lazy.length} files, ${kb(lazyGzip)} gzip; largest:`);
for (const chunk of lazy.slice(0, 3)) console.log(`  ${chunk.file.padEnd(46)} ${kb(chunk.gzip).padStart(10)} gzip`);

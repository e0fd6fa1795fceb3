import { mkdirSync, readdirSync, rmSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { dump } from 'js-yaml';
import { RECORD_KINDS, RecordKind } from '../../seed/schema/kinds';
import { readDataFiles } from '../../seed/validation/data-files';
import { DEFAULT_DATA_DIR } from '../../seed/paths';

/**
 * A synthetic dataset `factor` times the real one, for benchmarks only. The real dataset is kept whole; beside it the
 * generator adds synthetic provinces, each a copy of NTT's subgraph (its places, regencies, districts and villages,
 * the organisations and task forces serving them, their instruments, memberships, mandates on the real step
 * vocabulary, referral paths, partnerships and gaps) under new ids `syn-<n>-<id>` and names starting "SYNTHETIC".
 * References to records outside NTT (national laws and agencies, steps, sources) are kept, so every copy is as
 * connected to the nation as NTT is. Sources are copied unchanged and mean nothing for a copy: the folder's README
 * says so, and the names say so to anyone who sees one.
 */

type Raw = Record<string, unknown>;
type RecordsByKind = Map<RecordKind, Raw[]>;

export const SYNTHETIC_MARK = 'SYNTHETIC';
const ROOT_PROVINCE = 'ntt';

const idOf = (r: Raw) => r.id as string;
const asList = (v: unknown): string[] => (Array.isArray(v) ? (v as string[]) : []);

function readRecords(dataDir: string): RecordsByKind {
  const { records, problems } = readDataFiles(dataDir);
  if (problems.length > 0) throw new Error(`the dataset in ${dataDir} does not read: ${problems[0].message}`);
  const byKind: RecordsByKind = new Map();
  for (const record of records) {
    const list = byKind.get(record.kind) ?? [];
    list.push(record.value as Raw);
    byKind.set(record.kind, list);
  }
  return byKind;
}

/** Ids of the province and every record that belongs to it (and so is copied for each synthetic province). */
function provinceSubgraph(byKind: RecordsByKind): Set<string> {
  const ids = new Set<string>([ROOT_PROVINCE]);
  const places = byKind.get('places') ?? [];
  let grew = true;
  while (grew) {
    grew = false;
    for (const p of places) {
      if (!ids.has(idOf(p)) && (ids.has(p.parent as string) || ids.has(p.island as string))) {
        ids.add(idOf(p));
        grew = true;
      }
    }
  }
  const organizations = byKind.get('organizations') ?? [];
  for (const o of organizations) if (ids.has(o.area as string) && o.level !== 'national') ids.add(idOf(o));
  for (const o of organizations) if (ids.has(o.parent as string)) ids.add(idOf(o));
  for (const i of byKind.get('instruments') ?? []) {
    if (!ids.has(i.issuer as string)) continue;
    ids.add(idOf(i));
    for (const a of (i.articles as Raw[] | undefined) ?? []) ids.add(idOf(a));
  }
  const belongs: [RecordKind, (r: Raw) => boolean][] = [
    ['memberships', (r) => ids.has(r.member as string)],
    ['mandates', (r) => ids.has(r.organization as string)],
    ['referralPaths', (r) => ids.has(r.area as string)],
    ['partnerships', (r) => asList(r.parties).some((p) => ids.has(p))],
    ['gaps', (r) => ids.has(r.area as string)],
  ];
  for (const [kind, belongsToProvince] of belongs) {
    for (const r of byKind.get(kind) ?? []) if (belongsToProvince(r)) ids.add(idOf(r));
  }
  return ids;
}

/** Kinds that relate organisations and places: a copy of one is kept only if it relates synthetic ones alone. */
const RELATIONS: RecordKind[] = ['memberships', 'mandates', 'partnerships', 'referralPaths', 'gaps'];

/** Whether any string in the value is one of the ids. */
const mentionsAny = (value: unknown, ids: Set<string>): boolean =>
  typeof value === 'string'
    ? ids.has(value)
    : Array.isArray(value)
      ? value.some((v) => mentionsAny(v, ids))
      : value !== null && typeof value === 'object' && Object.values(value).some((v) => mentionsAny(v, ids));

/** A copy of a record with every id of the subgraph renamed and its names marked synthetic. */
function copyRecord(value: unknown, rename: (id: string) => string | undefined, copy: number): unknown {
  if (typeof value === 'string') return rename(value) ?? value;
  if (Array.isArray(value)) return value.map((v) => copyRecord(v, rename, copy));
  if (value !== null && typeof value === 'object') {
    const out: Raw = {};
    for (const [k, v] of Object.entries(value as Raw)) {
      if (k === 'name' && v !== null && typeof v === 'object') {
        out[k] = Object.fromEntries(
          Object.entries(v as Raw).map(([lang, text]) => [lang, `${SYNTHETIC_MARK} ${copy} ${String(text)}`]),
        );
      } else if (k === 'aliases') {
        out[k] = asList(v).map((alias) => `${SYNTHETIC_MARK} ${copy} ${alias}`);
      } else out[k] = copyRecord(v, rename, copy);
    }
    return out;
  }
  return value;
}

export interface ScaledDatasetSummary {
  factor: number;
  copies: number;
  records: number;
  realRecords: number;
}

/** Writes the real dataset plus enough synthetic provinces to reach about `factor` times its records. */
export function writeScaledDataset(factor: number, outDir: string, dataDir = DEFAULT_DATA_DIR): ScaledDatasetSummary {
  const byKind = readRecords(dataDir);
  const subgraph = provinceSubgraph(byKind);
  const realRecords = [...byKind.values()].reduce((n, list) => n + list.length, 0);
  // A copied mandate, membership or partnership naming a real organisation or place would add to the answers about
  // it, and the benchmark asks about real ones: it measures a bigger graph, not bigger answers.
  const realActors = new Set(
    [...(byKind.get('places') ?? []), ...(byKind.get('organizations') ?? [])]
      .map(idOf)
      .filter((id) => !subgraph.has(id)),
  );
  const isCopied = (kind: RecordKind, r: Raw) =>
    subgraph.has(idOf(r)) && (!RELATIONS.includes(kind) || !mentionsAny(r, realActors));
  const perCopy = [...byKind.entries()].reduce(
    (n, [kind, list]) => n + list.filter((r) => isCopied(kind, r)).length,
    0,
  );
  const copies = Math.max(0, Math.round(((factor - 1) * realRecords) / perCopy));

  rmSync(outDir, { recursive: true, force: true });
  for (const [kind, { folder }] of Object.entries(RECORD_KINDS) as [RecordKind, { folder: string }][]) {
    const real = byKind.get(kind) ?? [];
    const synthetic: Raw[] = [];
    for (let copy = 1; copy <= copies; copy++) {
      const prefix = `syn-${copy}-`;
      const rename = (id: string) => (subgraph.has(id) ? prefix + id : undefined);
      for (const r of real) if (isCopied(kind, r)) synthetic.push(copyRecord(r, rename, copy) as Raw);
    }
    mkdirSync(join(outDir, folder), { recursive: true });
    writeFileSync(join(outDir, folder, 'real.yaml'), dump(real, { lineWidth: -1, noRefs: true }));
    // JSON, which the dataset reader also takes: YAML parsing was half of the start-up time at 100x.
    if (synthetic.length > 0) writeFileSync(join(outDir, folder, 'synthetic.json'), JSON.stringify(synthetic));
  }
  writeFileSync(
    join(outDir, 'README.md'),
    `# ${SYNTHETIC_MARK} dataset, ${factor}x\n\nGenerated by \`bench/scale\` for benchmarks: the real dataset plus ${copies} synthetic copies of NTT's subgraph (ids \`syn-<n>-…\`, names starting "${SYNTHETIC_MARK}"). The copies' sources are the originals' and do not support them. Not facts: never publish or load into a store that serves users.\n`,
  );
  const records = realRecords + copies * perCopy;
  return { factor, copies, records, realRecords };
}

/** Whether a folder already holds a generated dataset (the benchmark reuses it rather than writing it again). */
export function hasDataset(dir: string): boolean {
  try {
    return readdirSync(join(dir, 'places')).length > 0;
  } catch {
    return false;
  }
}

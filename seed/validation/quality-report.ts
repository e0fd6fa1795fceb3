import { factRecordsOf, RECORD_KINDS, RecordKind } from '../schema/kinds';

/** The record kinds whose records carry a basis of their own. */
const FACT_KINDS = [
  'places',
  'organizations',
  'instruments',
  'memberships',
  'mandates',
  'referralPaths',
  'partnerships',
  'gaps',
  'statistics',
  'knownUnknowns',
  'findings',
] as const satisfies readonly RecordKind[];
import type { Problem } from './problem';
import type { ValidationResult } from './validate-dataset';

export interface QualityReport {
  ok: boolean;
  counts: Record<RecordKind | 'articles' | 'taskForces' | 'subTaskForces' | 'citations', number>;
  factsPerSource: Record<string, number>;
  basis: { stated: number; inferred: number };
  /** Stated and inferred facts per record kind; nested facts (duties, articles, path steps) count under their own name. */
  basisByKind: Record<string, { stated: number; inferred: number }>;
  disagreements: { id: string; subject: string; field: string; variants: number }[];
  quoteCheck: ValidationResult['quoteCheck'];
  unresolvedReferences: number;
  problemsByCode: Record<string, number>;
  problems: Problem[];
}

/** Counts, provenance and problems of a validated dataset, for people (text) and machines (JSON). */
export function buildQualityReport(result: ValidationResult): QualityReport {
  const { dataset, problems, citations } = result;
  const counts = Object.fromEntries(
    (Object.keys(RECORD_KINDS) as RecordKind[]).map((k) => [k, dataset[k].length]),
  ) as QualityReport['counts'];
  counts.articles = dataset.instruments.reduce((n, i) => n + (i.articles?.length ?? 0), 0);
  counts.taskForces = dataset.organizations.filter((o) => o.kind === 'task-force').length;
  counts.subTaskForces = dataset.organizations.filter((o) => o.kind === 'sub-task-force').length;
  counts.citations = citations.length;

  const factsPerSource: Record<string, number> = {};
  for (const s of dataset.sources) factsPerSource[s.file] = 0;
  const factsSeen = new Set<string>();
  for (const c of citations) {
    const key = `${c.source}|${c.recordId}`;
    if (factsSeen.has(key)) continue;
    factsSeen.add(key);
    factsPerSource[c.source] = (factsPerSource[c.source] ?? 0) + 1;
  }

  const basis = { stated: 0, inferred: 0 };
  for (const f of factRecordsOf(dataset)) basis[f.basis]++;
  const basisByKind: QualityReport['basisByKind'] = {};
  const tally = (kind: string, b: 'stated' | 'inferred') => {
    basisByKind[kind] ??= { stated: 0, inferred: 0 };
    basisByKind[kind][b]++;
  };
  for (const kind of FACT_KINDS) for (const r of dataset[kind]) tally(kind, r.basis);
  for (const o of dataset.organizations) for (const d of o.duties ?? []) tally('duties', d.basis);
  for (const i of dataset.instruments) for (const a of i.articles ?? []) tally('articles', a.basis);
  for (const p of dataset.referralPaths) for (const s of p.steps) tally('referralPathSteps', s.basis);

  const problemsByCode: Record<string, number> = {};
  for (const p of problems) problemsByCode[p.code] = (problemsByCode[p.code] ?? 0) + 1;

  return {
    ok: problems.length === 0,
    counts,
    factsPerSource,
    basis,
    basisByKind,
    disagreements: dataset.disagreements.map((d) => ({
      id: d.id,
      subject: d.subject,
      field: d.field,
      variants: d.variants.length,
    })),
    quoteCheck: result.quoteCheck,
    unresolvedReferences: problemsByCode.UNRESOLVED_REFERENCE ?? 0,
    problemsByCode,
    problems,
  };
}

/** The report as text for a terminal. */
export function formatQualityReport(report: QualityReport): string {
  const lines: string[] = ['Dataset quality report', '', 'Records per kind:'];
  for (const [kind, n] of Object.entries(report.counts)) lines.push(`  ${kind.padEnd(16)} ${n}`);
  lines.push('', 'Facts citing each source:');
  for (const [file, n] of Object.entries(report.factsPerSource)) lines.push(`  ${file}  ${n}`);
  lines.push('', `Stated facts: ${report.basis.stated}   inferred facts: ${report.basis.inferred}`);
  lines.push('', 'Stated / inferred per kind:');
  for (const [kind, n] of Object.entries(report.basisByKind)) {
    const share = Math.round((100 * n.inferred) / Math.max(1, n.stated + n.inferred));
    lines.push(
      `  ${kind.padEnd(18)} ${String(n.stated).padStart(4)} stated  ${String(n.inferred).padStart(4)} inferred  (${share}% inferred)`,
    );
  }
  lines.push('', `Disagreements between sources kept: ${report.disagreements.length}`);
  for (const d of report.disagreements) lines.push(`  ${d.id}: ${d.subject} / ${d.field} (${d.variants} variants)`);
  lines.push('');
  lines.push(
    report.quoteCheck.performed
      ? `Quote check: ${report.quoteCheck.checked} quotes checked against ${report.quoteCheck.sourcesDir}`
      : 'Quote check: SKIPPED — the source papers were not found (set SOURCES_DIR or place them at ../shared/sources)',
  );
  lines.push(`Unresolved references: ${report.unresolvedReferences}`);
  lines.push('', report.ok ? 'No problems.' : `${report.problems.length} problem(s):`);
  for (const p of report.problems) {
    const where = [p.file, p.recordId, p.field].filter(Boolean).join(' › ');
    lines.push(`  [${p.code}] ${where}: ${p.message}`);
  }
  return lines.join('\n');
}

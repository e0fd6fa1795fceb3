import type { Language } from '../../api/api-client';
import type { FindingsData, FindingsVariables, KnownUnknownsData, KnownUnknownsVariables } from '../../api/operations';
import { formatNextPage, formatRef, formatSources, indent, NOT_STATED, pickText, toWords } from './citation.format';

/** Text views of known unknowns and findings. Pure functions. */

const describeFilter = (variables: { region?: string | null; about?: string | null; step?: string | null }) =>
  [
    variables.region ? ` in or around "${variables.region}"` : '',
    variables.about ? ` about "${variables.about}"` : '',
    variables.step ? ` on step "${variables.step}"` : '',
  ].join('');

export function formatKnownUnknowns(
  data: KnownUnknownsData,
  variables: KnownUnknownsVariables,
  language: Language,
): string[] {
  const { nodes, pageInfo } = data.knownUnknowns;
  const lines = [`Not stated in the sources${describeFilter(variables)}: ${nodes.length}`];
  for (const k of nodes) {
    lines.push(
      '',
      `${pickText(k.question, language) ?? k.label} (${k.id})`,
      ...indent([
        `kind: ${toWords(k.kind)}`,
        `place: ${formatRef(k.region)}`,
        `about: ${k.about.length > 0 ? k.about.map(formatRef).join(', ') : NOT_STATED}`,
        `what the sources say: ${pickText(k.known, language) ?? NOT_STATED}`,
        ...(k.note ? [`note: ${k.note}`] : []),
        ...formatSources(k.sources),
      ]),
    );
  }
  return [...lines, ...formatNextPage(pageInfo)];
}

const formatPeriodOf = (from: string | null, to: string | null) =>
  from && to ? (from === to ? from : `${from} to ${to}`) : from ? `from ${from}` : to ? `until ${to}` : NOT_STATED;

export function formatFindings(data: FindingsData, variables: FindingsVariables, language: Language): string[] {
  const { nodes, pageInfo } = data.findings;
  const lines = [`Findings${describeFilter(variables)}: ${nodes.length}`];
  for (const f of nodes) {
    lines.push(
      '',
      `[${toWords(f.kind)}] ${pickText(f.statement, language) ?? f.label} (${f.id})`,
      ...indent([
        `place: ${formatRef(f.region)}; period: ${formatPeriodOf(f.periodFrom, f.periodTo)}`,
        ...(f.about.length > 0 ? [`about: ${f.about.map(formatRef).join(', ')}`] : []),
        ...(f.steps.length > 0 ? [`steps: ${f.steps.map((s) => s.id).join(', ')}`] : []),
        ...(f.note ? [`note: ${f.note}`] : []),
        ...formatSources(f.sources),
      ]),
    );
  }
  return [...lines, ...formatNextPage(pageInfo)];
}

import type { Language } from '../../api/api-client';
import type { GapsData, InstrumentData, StatisticsData } from '../../api/operations';
import {
  formatLegalBasis,
  formatNextPage,
  formatNote,
  formatPeriod,
  formatRef,
  formatSources,
  indent,
  NOT_STATED,
  pickText,
  toWords,
} from './citation.format';

/** Text views of a law with its articles, of statistics and of documented gaps. Pure functions. */

type InstrumentRecord = InstrumentData['instrument'];

function formatInstrumentHead(instrument: InstrumentRecord, language: Language): string[] {
  const otherTitle = language === 'id' ? instrument.title.english : instrument.title.indonesian;
  return [
    formatRef(instrument),
    ...indent([
      ...(otherTitle && otherTitle !== instrument.label ? [`title: ${otherTitle}`] : []),
      ...(instrument.titleVariants.length > 0 ? [`also cited as: ${instrument.titleVariants.join('; ')}`] : []),
      `kind: ${toWords(instrument.kind)}, number: ${instrument.number ?? NOT_STATED}, year: ${instrument.year ?? NOT_STATED}`,
      `issued by: ${instrument.issuer ? formatRef(instrument.issuer) : (instrument.issuerText ?? NOT_STATED)}`,
      `applies in: ${formatRef(instrument.jurisdiction)}`,
      `status: ${instrument.status ? toWords(instrument.status) : NOT_STATED}`,
      formatPeriod(instrument.validFrom, instrument.validTo),
      `about: ${pickText(instrument.summary, language) ?? NOT_STATED}`,
      ...formatNote(instrument.note),
      ...formatSources(instrument.sources),
    ]),
  ];
}

/** An instrument: what it is, its articles and penalties, its relations, what it establishes and mandates. */
export function formatInstrument(data: InstrumentData, language: Language): string[] {
  const instrument = data.instrument;
  const lines = formatInstrumentHead(instrument, language);
  lines.push('', `Articles (${instrument.articles.length}):`);
  if (instrument.articles.length === 0) lines.push(`- ${NOT_STATED}`);
  for (const article of instrument.articles) {
    lines.push(
      `- Art. ${article.number} [${article.id}]: ${pickText(article.summary, language) ?? ''}`,
      ...indent([...formatNote(article.note), ...formatSources(article.sources)]),
    );
  }
  lines.push('', `Penalties (${instrument.penalties.length}):`);
  if (instrument.penalties.length === 0) lines.push(`- ${NOT_STATED}`);
  for (const penalty of instrument.penalties) {
    const article = penalty.article ? ` (Art. ${penalty.article.number})` : '';
    lines.push(`- ${pickText(penalty.text, language) ?? ''}${article}`, ...indent(formatSources(penalty.sources)));
  }
  if (instrument.relations.length > 0) {
    lines.push('', `Relations (${instrument.relations.length}):`);
    for (const relation of instrument.relations) {
      lines.push(
        `- ${formatRef(relation.from)} ${toWords(relation.type)} ${formatRef(relation.to)}`,
        ...indent(formatNote(relation.note)),
      );
    }
  }
  if (instrument.establishes.length > 0) {
    lines.push(
      '',
      `Establishes (${instrument.establishes.length}):`,
      ...instrument.establishes.map((o) => `- ${formatRef(o)}`),
    );
  }
  lines.push('', `Mandates resting on it (${instrument.mandatesGranted.length}):`);
  if (instrument.mandatesGranted.length === 0) lines.push('- none in the dataset');
  for (const mandate of instrument.mandatesGranted) {
    lines.push(
      `- ${formatRef(mandate.organization)}: ${toWords(mandate.role)}, ${formatRef(mandate.step)}`,
      ...indent([formatLegalBasis(mandate.legalBasis), ...formatNote(mandate.note)]),
    );
  }
  return lines;
}

const periodOf = (s: StatisticsData['statistics']['nodes'][number]): string =>
  s.year !== null
    ? String(s.year)
    : s.periodFrom || s.periodTo
      ? `${s.periodFrom ?? '?'} to ${s.periodTo ?? '?'}`
      : `period ${NOT_STATED}`;

export function formatStatistics(data: StatisticsData): string[] {
  const { nodes, pageInfo } = data.statistics;
  const lines = [`Statistics: ${nodes.length}${pageInfo.hasNextPage ? ' (more with --after)' : ''}`];
  for (const s of nodes) {
    lines.push(
      '',
      `${s.label} [${s.id}]`,
      ...indent([
        `value: ${s.valueAsPrinted ?? s.value} ${s.unit}, ${periodOf(s)}, ${formatRef(s.region)}`,
        `reported by: ${s.reportedBy ? formatRef(s.reportedBy) : NOT_STATED}`,
        ...formatNote(s.note),
        ...formatSources(s.sources),
      ]),
    );
  }
  return [...lines, ...formatNextPage(pageInfo)];
}

export function formatGaps(data: GapsData): string[] {
  const { nodes, pageInfo } = data.gaps;
  const lines = [`Documented gaps: ${nodes.length}`];
  for (const gap of nodes) {
    const steps = gap.steps.map(formatRef).join(', ');
    const organizations = gap.organizations.map(formatRef).join(', ');
    lines.push(
      '',
      `- ${toWords(gap.kind)} in ${formatRef(gap.region)} [${gap.id}]: ${gap.label}`,
      ...indent([
        ...(steps ? [`steps: ${steps}`] : []),
        ...(organizations ? [`concerns: ${organizations}`] : []),
        `observed: ${gap.asOf ?? NOT_STATED}`,
        ...formatNote(gap.note),
        ...formatSources(gap.sources),
      ]),
    );
  }
  return [...lines, ...formatNextPage(pageInfo)];
}

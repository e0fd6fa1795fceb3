import type {
  LegalBasisData,
  MandateSummary,
  Post,
  ResponsibilitiesData,
  ResponsibilitiesVariables,
  ResponsibilityItem,
} from '../../api/operations';
import {
  formatLegalBasis,
  formatNextPage,
  formatNote,
  formatOutsideAsOf,
  formatPeriod,
  formatRef,
  formatScope,
  formatSources,
  indent,
  toWords,
} from './citation.format';

/** Text views of who is responsible (responsibilities, mandates, an organisation's legal basis). Pure functions. */

/** `Kepala Dinas Sosial Kab.TTU (Head of …), koordinator in Sub-Task Force … (id)` */
export function formatPost(post: Post): string {
  const printed = post.post.indonesian ?? post.post.english ?? toWords(post.position);
  const english = post.post.english && post.post.english !== printed ? ` (${post.post.english})` : '';
  return `${printed}${english}, ${toWords(post.position)} in ${formatRef(post.group)}`;
}

/** One organisation's responsibility: who, role and scope, step, post, legal basis, dates, one source per line. */
export function formatResponsibility(item: ResponsibilityItem): string[] {
  return [
    formatRef(item.organization),
    ...indent([
      `role: ${toWords(item.role)}`,
      formatScope(item.scope, item.region),
      `step: ${formatRef(item.step)}`,
      ...(item.membership ? [`post: ${formatPost(item.membership)}`] : []),
      formatLegalBasis(item.legalBasis),
      formatPeriod(item.validFrom, item.validTo),
      ...formatSources(item.sources),
    ]),
  ];
}

export function formatResponsibilities(data: ResponsibilitiesData, variables: ResponsibilitiesVariables): string[] {
  const { nodes, asOf, pageInfo, outsideAsOf } = data.responsibilities;
  const header = `Responsible for step "${variables.step}" in "${variables.region}" on ${asOf}: ${nodes.length}`;
  const outside = formatOutsideAsOf(outsideAsOf);
  if (nodes.length === 0) return [header, ...outside, 'nobody, according to the sources'];
  return [
    header,
    ...outside,
    ...nodes.flatMap((item) => ['', ...formatResponsibility(item)]),
    ...formatNextPage(pageInfo),
  ];
}

/** One mandate of a known organisation: step, place, role, post, legal basis, dates, sources. */
export function formatMandate(mandate: MandateSummary): string[] {
  return [
    `${formatRef(mandate.step)} in ${formatRef(mandate.region)}`,
    ...indent([
      `role: ${toWords(mandate.role)}`,
      ...(mandate.membership ? [`post: ${formatPost(mandate.membership)}`] : []),
      formatLegalBasis(mandate.legalBasis),
      formatPeriod(mandate.validFrom, mandate.validTo),
      ...formatNote(mandate.note),
      ...formatSources(mandate.sources),
    ]),
  ];
}

export function formatLegalBasisReport(data: LegalBasisData): string[] {
  const { organization, mandates, instruments, notStated } = data.legalBasis;
  const lines = [
    `Legal basis of ${formatRef(organization)}: ${mandates.length} mandates, ${notStated.length} with no legal basis stated in the sources`,
    ...mandates.flatMap((mandate) => ['', ...formatMandate(mandate)]),
  ];
  if (instruments.length > 0) {
    lines.push(
      '',
      `Instruments (${instruments.length}):`,
      ...instruments.map((instrument) => `- ${formatRef(instrument)}`),
    );
  }
  return lines;
}

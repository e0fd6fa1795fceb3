import type { Language } from '../../api/api-client';
import type { ReferralPathData, ReferralPathsData, ReferralPathsVariables, ReferralStep } from '../../api/operations';
import {
  formatLegalBasis,
  formatNextPage,
  formatPeriod,
  formatRef,
  formatSources,
  indent,
  pickText,
} from './citation.format';

/** Text views of referral paths. Pure functions. */

export function formatReferralPaths(data: ReferralPathsData, variables: ReferralPathsVariables): string[] {
  const { nodes, pageInfo } = data.referralPaths;
  const where = [
    variables.region ? ` in "${variables.region}"` : '',
    variables.step ? ` through step "${variables.step}"` : '',
  ].join('');
  const lines = [`Referral paths${where}: ${nodes.length}`];
  for (const path of nodes) {
    lines.push(
      '',
      formatRef(path),
      ...indent([
        `place: ${formatRef(path.region)}`,
        formatPeriod(path.validFrom, path.validTo),
        `steps: ${path.steps.map((step) => `${step.order}. ${step.step.id}`).join(' -> ')}`,
      ]),
    );
  }
  return [...lines, ...formatNextPage(pageInfo)];
}

function formatReferralStep(step: ReferralStep, language: Language): string[] {
  const handover = pickText(step.handover, language);
  return [
    `${step.order}. ${formatRef(step.step)}`,
    ...indent(
      [
        `who: ${step.actors.length > 0 ? step.actors.map(formatRef).join(', ') : 'not stated in the sources'}`,
        ...(pickText(step.description, language) ? [`what: ${pickText(step.description, language)}`] : []),
        ...(handover ? [`handover: ${handover}`] : []),
        formatLegalBasis(step.legalBasis),
        ...formatSources(step.sources),
      ],
      3,
    ),
  ];
}

export function formatReferralPath(data: ReferralPathData, language: Language): string[] {
  const path = data.referralPath;
  const description = pickText(path.description, language);
  return [
    formatRef(path),
    ...indent([
      `place: ${formatRef(path.region)}`,
      formatPeriod(path.validFrom, path.validTo),
      formatLegalBasis(path.legalBasis),
      ...(description ? [`about: ${description}`] : []),
      ...formatSources(path.sources),
    ]),
    '',
    `Steps (${path.steps.length}):`,
    ...path.steps.flatMap((step) => formatReferralStep(step, language)),
  ];
}

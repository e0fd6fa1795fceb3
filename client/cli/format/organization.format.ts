import type { Language } from '../../api/api-client';
import type { OrganizationData, TaskForceData, TaskForceMember } from '../../api/operations';
import {
  formatLegalBasis,
  formatNote,
  formatPeriod,
  formatRef,
  formatSources,
  indent,
  pickText,
  toWords,
} from './citation.format';
import { formatMandate, formatPost } from './responsibility.format';

/** Text views of an organisation and of a task force. Pure functions. */

export function formatOrganization(data: OrganizationData, language: Language): string[] {
  const org = data.organization;
  const otherName = language === 'id' ? org.name.english : org.name.indonesian;
  const lines = [
    formatRef(org),
    ...indent([
      ...(otherName && otherName !== org.label ? [`name: ${otherName}`] : []),
      ...(org.acronyms.length > 0 ? [`acronyms: ${org.acronyms.join(', ')}`] : []),
      `kind: ${toWords(org.kind)}, level: ${toWords(org.level)}`,
      ...(org.area ? [`serves: ${formatRef(org.area)}`] : []),
      ...(org.parent ? [`part of: ${formatRef(org.parent)}`] : []),
      ...(org.founded ? [`founded: ${org.founded}`] : []),
      formatLegalBasis(org.establishedBy ? [org.establishedBy] : [], 'established by'),
      ...(pickText(org.description, language) ? [`about: ${pickText(org.description, language)}`] : []),
      ...formatNote(org.note),
      ...formatSources(org.sources),
    ]),
  ];
  if (org.memberships.length > 0) {
    lines.push('', `Posts (${org.memberships.length}):`);
    for (const post of org.memberships)
      lines.push(`- ${formatPost(post)}`, ...indent([formatPeriod(post.validFrom, post.validTo)]));
  }
  lines.push('', `Mandates (${org.mandates.length}):`);
  for (const mandate of org.mandates) lines.push('', ...formatMandate(mandate));
  return lines;
}

function formatMember(member: TaskForceMember, language: Language): string[] {
  const post = pickText(member.post, language);
  return [
    `- ${toWords(member.position)}: ${formatRef(member.member)}${post ? `, ${post}` : ''}`,
    ...indent([
      formatLegalBasis(member.legalBasis ? [member.legalBasis] : []),
      formatPeriod(member.validFrom, member.validTo),
      ...formatSources(member.sources),
    ]),
  ];
}

export function formatTaskForce(data: TaskForceData, language: Language): string[] {
  const taskForce = data.taskForce;
  const lines = [
    formatRef(taskForce),
    ...indent([
      `kind: ${toWords(taskForce.kind)}`,
      ...(taskForce.area ? [`serves: ${formatRef(taskForce.area)}`] : []),
      ...(taskForce.parent ? [`part of: ${formatRef(taskForce.parent)}`] : []),
      formatPeriod(taskForce.validFrom, taskForce.validTo),
      ...(taskForce.succeeds ? [`succeeds: ${formatRef(taskForce.succeeds)}`] : []),
      formatLegalBasis(taskForce.establishedBy ? [taskForce.establishedBy] : [], 'established by'),
      ...formatNote(taskForce.note),
      ...formatSources(taskForce.sources),
    ]),
  ];
  if (taskForce.subTaskForces.length > 0) {
    lines.push('', `Sub-task forces (${taskForce.subTaskForces.length}):`);
    lines.push(...taskForce.subTaskForces.map((sub) => `- ${formatRef(sub)}`));
  }
  lines.push(
    '',
    `Members (${taskForce.members.length}):`,
    ...taskForce.members.flatMap((member) => formatMember(member, language)),
  );
  if (taskForce.duties.length > 0) {
    lines.push('', `Duties (${taskForce.duties.length}):`);
    for (const duty of taskForce.duties) {
      const steps = duty.steps.map((step) => step.id).join(', ');
      lines.push(
        `${duty.code}. ${pickText(duty.text, language) ?? ''}`,
        ...indent([...(steps ? [`steps: ${steps}`] : []), ...formatSources(duty.sources)]),
      );
    }
  }
  return lines;
}

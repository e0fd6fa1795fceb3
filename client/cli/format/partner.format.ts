import type { ExistingPartner, PartnersData } from '../../api/operations';
import { formatPeriod, formatRef, formatSources, indent, toWords } from './citation.format';

/** Text view of an organisation's partners and candidate partners. Pure functions. */

/** The API lists a partnership once per partner; the text shows it once, with all its partners. */
function groupByPartnership(
  existing: readonly ExistingPartner[],
): Array<{ partnership: ExistingPartner['partnership']; partners: string[] }> {
  const groups = new Map<string, { partnership: ExistingPartner['partnership']; partners: string[] }>();
  for (const { organization, partnership } of existing) {
    const group = groups.get(partnership.id) ?? { partnership, partners: [] };
    group.partners.push(formatRef(organization));
    groups.set(partnership.id, group);
  }
  return [...groups.values()];
}

export function formatPartners(data: PartnersData): string[] {
  const { organization, existing, candidates } = data.partners;
  const area = organization.area ? `, serving ${formatRef(organization.area)}` : '';
  const lines = [
    `Partners of ${formatRef(organization)}${area}`,
    '',
    `Existing partnerships (${existing.length} partners):`,
  ];
  for (const { partnership, partners } of groupByPartnership(existing)) {
    lines.push(
      `- ${toWords(partnership.kind)} [${partnership.id}]: ${partnership.label}`,
      ...indent([
        `with: ${partners.join(', ')}`,
        `steps: ${partnership.steps.map((step) => step.id).join(', ')}`,
        ...(partnership.region ? [`place: ${formatRef(partnership.region)}`] : []),
        formatPeriod(partnership.validFrom, partnership.validTo),
        ...formatSources(partnership.sources),
      ]),
    );
  }
  lines.push('', `Candidate partners (${candidates.length}):`);
  for (const candidate of candidates) lines.push(`- ${formatRef(candidate.organization)}: ${candidate.reason}`);
  return lines;
}

import type { Dataset, Mandate, Organization } from '../../server/knowledge/model';
import { isValidOn } from '../../server/knowledge/dates';
import { toHsdsId } from './name-based-uuid';

/**
 * The organisations and the services they give as Open Referral HSDS 3 objects. A service is one organisation's work
 * on one step of the vocabulary (all its mandates on that step), in the areas those mandates cover. The dataset holds
 * no phone numbers, e-mail addresses or opening hours, so no contacts, phones or schedules are given: nothing is
 * invented to fill a field. Ids are UUIDs derived from our ids (name-based-uuid.ts); hsds/ids.csv maps them back.
 */

type Localized = { id?: string; en?: string } | undefined;
const either = (text: Localized) => text?.en ?? text?.id;

export interface HsdsExport {
  organizations: HsdsOrganization[];
  services: HsdsService[];
  /** HSDS UUID -> our kind and id. */
  ids: { uuid: string; kind: string; id: string }[];
}

export interface HsdsOrganization {
  id: string;
  name: string;
  alternate_name?: string;
  description: string;
  year_incorporated?: number;
  parent_organization_id?: string;
}

export interface HsdsServiceArea {
  id: string;
  service_id: string;
  name: string;
  description: string;
}

export interface HsdsService {
  id: string;
  organization_id: string;
  name: string;
  alternate_name?: string;
  description: string;
  status: 'active' | 'inactive';
  service_areas: HsdsServiceArea[];
  organization: HsdsOrganization;
}

function toOrganization(o: Organization): HsdsOrganization {
  const name = o.name.id ?? o.name.en ?? o.id;
  const alternate = o.name.en && o.name.en !== name ? o.name.en : o.acronyms?.[0];
  const described = either(o.description);
  return {
    id: toHsdsId('organization', o.id),
    name,
    ...(alternate ? { alternate_name: alternate } : {}),
    description:
      described ?? `A ${o.kind.replace(/-/g, ' ')} at ${o.level} level. What it does is not stated in the sources.`,
    ...(o.founded ? { year_incorporated: Number(o.founded.slice(0, 4)) } : {}),
    ...(o.parent ? { parent_organization_id: toHsdsId('organization', o.parent) } : {}),
  };
}

export function toHsds(dataset: Dataset, asOf: string): HsdsExport {
  const organizations = new Map(dataset.organizations.map((o) => [o.id, toOrganization(o)]));
  const placeName = new Map(dataset.places.map((p) => [p.id, p]));
  const steps = new Map(dataset.steps.map((s) => [s.id, s]));
  const instruments = new Map(dataset.instruments.map((i) => [i.id, i]));
  const legalBasisLabel = (b: { instrument: string; article?: string }) => {
    const instrument = instruments.get(b.instrument);
    const article = instrument?.articles?.find((a) => a.id === b.article);
    return `${either(instrument?.title) ?? b.instrument}${article ? `, Art. ${article.number}` : ''}`;
  };
  const groups = new Map<string, Mandate[]>();
  for (const m of dataset.mandates) {
    const key = `${m.organization}/${m.step}`;
    groups.set(key, [...(groups.get(key) ?? []), m]);
  }
  const services = [...groups.entries()]
    .sort(([a], [b]) => (a < b ? -1 : 1))
    .map(([key, mandates]): HsdsService => {
      const [organizationId, stepId] = [mandates[0].organization, mandates[0].step];
      const organization = organizations.get(organizationId)!;
      const step = steps.get(stepId);
      const id = toHsdsId('service', key);
      const areas = [...new Set(mandates.map((m) => m.area))].sort();
      return {
        id,
        organization_id: organization.id,
        name: `${step?.label.en ?? stepId}: ${organization.alternate_name ?? organization.name}`,
        ...(step ? { alternate_name: `${step.label.id}: ${organization.name}` } : {}),
        description: mandates.map((m) => describeMandate(m, placeName, legalBasisLabel)).join('\n\n'),
        status: mandates.some((m) => isValidOn(asOf, m.validFrom, m.validTo)) ? 'active' : 'inactive',
        service_areas: areas.map((area) => {
          const place = placeName.get(area);
          return {
            id: toHsdsId('service-area', `${key}/${area}`),
            service_id: id,
            name: either(place?.name) ?? area,
            description: `${place?.kind ?? 'place'} "${area}" in the dataset${place?.name.id ? ` (${place.name.id})` : ''}`,
          };
        }),
        organization,
      };
    });
  const ids = [
    ...dataset.organizations.map((o) => ({ uuid: toHsdsId('organization', o.id), kind: 'organization', id: o.id })),
    ...[...groups.keys()].sort().map((key) => ({ uuid: toHsdsId('service', key), kind: 'service', id: key })),
  ];
  return { organizations: [...organizations.values()], services, ids };
}

function describeMandate(
  m: Mandate,
  places: Map<string, { name: Localized }>,
  legalBasisLabel: (b: { instrument: string; article?: string }) => string,
): string {
  const where = either(places.get(m.area)?.name) ?? m.area;
  const when = m.validFrom || m.validTo ? ` (${m.validFrom ?? '…'} to ${m.validTo ?? 'open'})` : '';
  const basis = (m.legalBasis ?? []).map(legalBasisLabel).join('; ');
  return (
    `${m.role} in ${where}${when}: ${either(m.description)}` +
    (basis ? ` Legal basis: ${basis}.` : ' Legal basis: not stated in the sources.') +
    ` [mandate ${m.id}, ${m.basis}]`
  );
}

import type { Dataset, Membership, Organization } from '../../server/knowledge/model';

/**
 * Task forces, sub-task forces and alliances with their posts and memberships, shaped as Popolo
 * (popoloproject.com): organizations, posts, memberships, with ISO dates as precise as the sources give them. Every
 * member is an organisation (an office), never a person, so a membership names its member as
 * `{ "@type": "Organization", "id": … }` and carries no person_id. Each membership holds one post, as in the decrees.
 * Popolo's `sources` are links (URLs) and ours are lines of papers, so the citations of every organisation, post and
 * membership are in csv/citations.csv under the same ids.
 */

type Localized = { id?: string; en?: string } | undefined;

export interface PopoloExport {
  organizations: object[];
  posts: object[];
  memberships: object[];
}

const withoutEmpty = <T extends object>(o: T): T =>
  Object.fromEntries(
    Object.entries(o).filter(([, v]) => v !== undefined && !(Array.isArray(v) && v.length === 0)),
  ) as T;

const otherNames = (name: Localized, aliases: string[] = [], acronyms: string[] = []) => [
  ...(name?.en && name.id ? [{ name: name.en, note: 'English name' }] : []),
  ...acronyms.map((a) => ({ name: a, note: 'acronym' })),
  ...aliases.map((a) => ({ name: a, note: 'variant found in the sources' })),
];

function toPopoloOrganization(o: Organization) {
  return withoutEmpty({
    id: o.id,
    name: o.name.id ?? o.name.en,
    other_names: otherNames(o.name, o.aliases, o.acronyms),
    classification: o.kind,
    parent_id: o.parent,
    area_id: o.area,
    founding_date: o.validFrom ?? o.founded,
    dissolution_date: o.validTo,
  });
}

const postIdOf = (m: Membership) => `${m.id}/post`;

export function toPopolo(dataset: Dataset): PopoloExport {
  const byId = new Map(dataset.organizations.map((o) => [o.id, o]));
  const included = new Set<string>();
  const include = (id: string | undefined) => {
    for (let current = id; current && !included.has(current); current = byId.get(current)?.parent)
      included.add(current);
  };
  dataset.memberships.forEach((m) => {
    include(m.of);
    include(m.member);
  });
  dataset.organizations
    .filter((o) => o.kind === 'task-force' || o.kind === 'sub-task-force')
    .forEach((o) => include(o.id));

  const posts = dataset.memberships.map((m) =>
    withoutEmpty({
      id: postIdOf(m),
      label: m.post.id ?? m.post.en,
      other_label: m.post.en && m.post.id ? [{ name: m.post.en, note: 'English' }] : [],
      role: m.position,
      organization_id: m.of,
      start_date: m.validFrom,
      end_date: m.validTo,
    }),
  );
  const memberships = dataset.memberships.map((m) =>
    withoutEmpty({
      id: m.id,
      label: m.post.en ?? m.post.id,
      role: m.position,
      member: { '@type': 'Organization', id: m.member },
      organization_id: m.of,
      post_id: postIdOf(m),
      start_date: m.validFrom,
      end_date: m.validTo,
    }),
  );
  return {
    organizations: dataset.organizations.filter((o) => included.has(o.id)).map(toPopoloOrganization),
    posts,
    memberships,
  };
}

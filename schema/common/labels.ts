import type {
  Article,
  Disagreement,
  EntityKind,
  Finding,
  KnownUnknown,
  Gap,
  Instrument,
  Mandate,
  Membership,
  Organization,
  Partnership,
  Place,
  ReferralPath,
  Statistic,
  Step,
} from '../../server/knowledge/model';
import type { Language } from './enums';
import { pickRequired } from './localized';

/**
 * How each kind of entity is labelled: the one rule per kind that the entity's own `label` field and the search hits
 * both use, so a name never reads one way in a list and another way in search.
 */
export const LABEL_OF = {
  organization: (o: Organization, lang: Language) => pickRequired(o.name, lang, o.id),
  taskForce: (o: Organization, lang: Language) => pickRequired(o.name, lang, o.id),
  instrument: (i: Instrument, lang: Language) => pickRequired(i.title, lang, i.id),
  article: (a: Article, lang: Language) => (lang === 'id' ? `Pasal ${a.number}` : `Article ${a.number}`),
  place: (p: Place, lang: Language) => pickRequired(p.name, lang, p.id),
  step: (s: Step, lang: Language) => s.label[lang],
  membership: (m: Membership, lang: Language) => pickRequired(m.post, lang, m.id),
  mandate: (m: Mandate, lang: Language) => pickRequired(m.description, lang, m.id),
  referralPath: (p: ReferralPath, lang: Language) => pickRequired(p.name, lang, p.id),
  partnership: (p: Partnership, lang: Language) => pickRequired(p.description, lang, p.id),
  gap: (g: Gap, lang: Language) => pickRequired(g.description, lang, g.id),
  statistic: (s: Statistic, lang: Language) => pickRequired(s.indicator, lang, s.id),
  disagreement: (d: Disagreement) => `${d.subject}: ${d.field}`,
  knownUnknown: (k: KnownUnknown, lang: Language) => pickRequired(k.question, lang, k.id),
  finding: (f: Finding, lang: Language) => pickRequired(f.statement, lang, f.id),
} satisfies Record<EntityKind, (record: never, lang: Language) => string>;

/** The label of any record of the given kind. */
export const labelOf = (kind: EntityKind, record: unknown, lang: Language): string =>
  (LABEL_OF[kind] as (r: unknown, l: Language) => string)(record, lang);

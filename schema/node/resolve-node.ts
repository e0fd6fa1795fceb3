import type { EntityKind } from '../../server/knowledge/model';
import type { RequestContext } from '../common/context';
import { toArticleRoot } from '../instrument/article.resolver';

/** The GraphQL type that shows each kind of entity. */
export const TYPENAME_OF: Record<EntityKind, string> = {
  organization: 'Organization',
  taskForce: 'TaskForce',
  instrument: 'Instrument',
  article: 'Article',
  place: 'Region',
  step: 'Step',
  membership: 'Membership',
  mandate: 'Mandate',
  referralPath: 'ReferralPath',
  partnership: 'Partnership',
  gap: 'Gap',
  statistic: 'Statistic',
  disagreement: 'Disagreement',
  knownUnknown: 'KnownUnknown',
  finding: 'Finding',
};

/** Marks a record with its GraphQL type so the Node interface can resolve it. */
export function toNode(kind: EntityKind, record: unknown): object {
  const root = kind === 'article' ? toArticleRoot(record as never) : record;
  return { ...(root as object), __typename: TYPENAME_OF[kind] };
}

/** Any record by id through the request's loaders (null when unknown). */
export async function resolveNode(id: string, ctx: RequestContext): Promise<object | null> {
  const kind = await ctx.loaders.kind.load(id);
  return kind === null ? null : fetchNode(kind, id, ctx);
}

/** A record whose kind is known, through the request's loaders, marked with its GraphQL type. */
export async function fetchNode(kind: EntityKind, id: string, ctx: RequestContext): Promise<object | null> {
  const l = ctx.loaders;
  const fetch: Record<EntityKind, () => Promise<unknown>> = {
    organization: () => l.organization.load(id),
    taskForce: () => l.organization.load(id),
    instrument: () => l.instrument.load(id),
    article: () => l.article.load(id),
    place: () => l.place(id),
    step: () => l.step(id),
    membership: () => l.membership.load(id),
    mandate: () => l.mandate.load(id),
    referralPath: () => l.referralPath.load(id),
    partnership: () => l.partnership.load(id),
    gap: () => l.gap.load(id),
    statistic: () => l.statistic.load(id),
    disagreement: () => l.disagreement.load(id),
    knownUnknown: () => l.knownUnknown.load(id),
    finding: () => l.finding.load(id),
  };
  const record = await fetch[kind]();
  return record == null ? null : toNode(kind, record);
}

import {
  ENTITY_KINDS,
  type ArticleOfInstrument,
  type EntityKind,
  type InstrumentRelations,
} from '../../knowledge/model';
import { defineStatement, Row, Statement } from './cypher-gateway';
import { asString, distinct, groupInOrder, inOrderOf, parseJson, Reader } from './cypher-fragments';
import type { IdLabel } from './graph-model';

/** Batched lookups by id and relationships batched by their owner's id: one round trip per batch. */

const recordsById = (name: string, label: IdLabel) =>
  defineStatement(name, `UNWIND $ids AS id MATCH (n:${label} {id: id}) RETURN id, n.json AS json`);

/** `item` is what is listed, `ownerId` the id it is listed under; sorted by the item's id, as the port asks. */
const listByOwner = (name: string, pattern: string) =>
  defineStatement(name, `UNWIND $ids AS ownerId MATCH ${pattern} RETURN ownerId, item.json AS json ORDER BY item.id`);

export const LOOKUP_STATEMENTS = {
  getKinds: defineStatement(
    'getKinds',
    `
UNWIND $ids AS id
OPTIONAL MATCH (n:Place|Organization|Instrument|Article|Step|Mandate|ReferralPath|Partnership|Gap|Statistic|Disagreement|KnownUnknown|Finding {id: id})
OPTIONAL MATCH ()-[membership:MEMBER_OF {id: id}]->()
RETURN id, CASE
  WHEN n:TaskForce THEN 'taskForce' WHEN n:Organization THEN 'organization' WHEN n:Instrument THEN 'instrument'
  WHEN n:Article THEN 'article' WHEN n:Place THEN 'place' WHEN n:Step THEN 'step' WHEN n:Mandate THEN 'mandate'
  WHEN n:ReferralPath THEN 'referralPath' WHEN n:Partnership THEN 'partnership' WHEN n:Gap THEN 'gap'
  WHEN n:Statistic THEN 'statistic' WHEN n:Disagreement THEN 'disagreement'
  WHEN n:KnownUnknown THEN 'knownUnknown' WHEN n:Finding THEN 'finding'
  WHEN membership IS NOT NULL THEN 'membership' END AS kind`,
  ),
  getOrganizations: recordsById('getOrganizations', 'Organization'),
  getInstruments: recordsById('getInstruments', 'Instrument'),
  getArticles: defineStatement(
    'getArticles',
    `
UNWIND $ids AS id
MATCH (instrument:Instrument)-[:HAS_ARTICLE]->(article:Article {id: id})
RETURN id, article.json AS json, instrument.id AS instrumentId`,
  ),
  getMemberships: defineStatement(
    'getMemberships',
    `
UNWIND $ids AS id
MATCH (:Organization)-[membership:MEMBER_OF {id: id}]->(:Organization)
RETURN id, membership.json AS json`,
  ),
  getMandates: recordsById('getMandates', 'Mandate'),
  getReferralPaths: recordsById('getReferralPaths', 'ReferralPath'),
  getPartnerships: recordsById('getPartnerships', 'Partnership'),
  getGaps: recordsById('getGaps', 'Gap'),
  getStatistics: recordsById('getStatistics', 'Statistic'),
  getDisagreements: recordsById('getDisagreements', 'Disagreement'),
  getKnownUnknowns: recordsById('getKnownUnknowns', 'KnownUnknown'),
  getFindings: recordsById('getFindings', 'Finding'),

  listMembershipsByMember: listByOwner(
    'listMembershipsByMember',
    '(:Organization {id: ownerId})-[item:MEMBER_OF]->(:Organization)',
  ),
  // Units hang under their organisation by PART_OF (one parent each), so each post is reached once.
  listMembershipsOfOrganizationTree: listByOwner(
    'listMembershipsOfOrganizationTree',
    '(:Organization {id: ownerId})<-[:PART_OF*0..]-(:Organization)-[item:MEMBER_OF]->(:Organization)',
  ),
  listMembershipsByGroup: listByOwner(
    'listMembershipsByGroup',
    '(:Organization)-[item:MEMBER_OF]->(:Organization {id: ownerId})',
  ),
  listChildOrganizations: listByOwner(
    'listChildOrganizations',
    '(item:Organization)-[:PART_OF]->(:Organization {id: ownerId})',
  ),
  listMandatesByOrganization: listByOwner(
    'listMandatesByOrganization',
    '(:Organization {id: ownerId})-[:HAS_MANDATE]->(item:Mandate)',
  ),
  // The seeder MERGEs one BASED_ON per mandate and instrument, however many of its articles the mandate cites.
  listMandatesByInstrument: listByOwner(
    'listMandatesByInstrument',
    '(item:Mandate)-[:BASED_ON]->(:Instrument {id: ownerId})',
  ),
  listPartnershipsByOrganization: listByOwner(
    'listPartnershipsByOrganization',
    '(:Organization {id: ownerId})-[:PARTY_TO]->(item:Partnership)',
  ),
  listOrganizationsEstablishedBy: listByOwner(
    'listOrganizationsEstablishedBy',
    '(item:Organization)-[:ESTABLISHED_BY]->(:Instrument {id: ownerId})',
  ),
  listInstrumentsByIssuer: listByOwner(
    'listInstrumentsByIssuer',
    '(item:Instrument)-[:ISSUED_BY]->(:Organization {id: ownerId})',
  ),
  listDisagreementsBySubject: listByOwner('listDisagreementsBySubject', '(item:Disagreement {subject: ownerId})'),
  listChildPlaces: listByOwner('listChildPlaces', '(item:Place)-[:PART_OF]->(:Place {id: ownerId})'),
  // Outgoing in the instrument's own order (position); incoming by source id, then the source's own order.
  listInstrumentRelations: defineStatement(
    'listInstrumentRelations',
    `
UNWIND $ids AS instrumentId
OPTIONAL MATCH (instrument:Instrument {id: instrumentId})
RETURN instrumentId,
  COLLECT {
    MATCH (instrument)-[r:IMPLEMENTS|AMENDS|SUCCEEDS|SUPPLEMENTS|BASED_ON]->(:Instrument)
    RETURN r.json ORDER BY r.position
  } AS outgoing,
  COLLECT {
    MATCH (source:Instrument)-[r:IMPLEMENTS|AMENDS|SUCCEEDS|SUPPLEMENTS|BASED_ON]->(instrument)
    RETURN {source: source.id, json: r.json} ORDER BY source.id, r.position
  } AS incoming`,
  ),
} satisfies Record<string, Statement>;

type LookupName = keyof typeof LOOKUP_STATEMENTS;
const idOf = (row: Row) => asString(row.id, 'row');

export async function getKinds(read: Reader, ids: readonly string[]): Promise<(EntityKind | null)[]> {
  if (ids.length === 0) return [];
  const rows = await read(LOOKUP_STATEMENTS.getKinds, { ids: distinct(ids) });
  return inOrderOf(ids, rows, idOf, (row) =>
    ENTITY_KINDS.includes(row.kind as EntityKind) ? (row.kind as EntityKind) : null,
  );
}

/** One record per id, parsed from its stored JSON. */
export async function getRecords<T>(read: Reader, name: LookupName, ids: readonly string[]): Promise<(T | null)[]> {
  if (ids.length === 0) return [];
  const rows = await read(LOOKUP_STATEMENTS[name], { ids: distinct(ids) });
  return inOrderOf(ids, rows, idOf, (row) => parseJson<T>(row.json, name));
}

export async function getArticles(read: Reader, ids: readonly string[]): Promise<(ArticleOfInstrument | null)[]> {
  if (ids.length === 0) return [];
  const rows = await read(LOOKUP_STATEMENTS.getArticles, { ids: distinct(ids) });
  return inOrderOf(ids, rows, idOf, (row) => ({
    article: parseJson(row.json, 'article'),
    instrumentId: asString(row.instrumentId, 'article'),
  }));
}

/** The records related to each owner, in the order the Cypher sorted them. */
export async function listByOwners<T>(read: Reader, name: LookupName, ids: readonly string[]): Promise<T[][]> {
  if (ids.length === 0) return [];
  const rows = await read(LOOKUP_STATEMENTS[name], { ids: distinct(ids) });
  return groupInOrder(
    ids,
    rows,
    (row) => asString(row.ownerId, name),
    (row) => parseJson<T>(row.json, name),
  );
}

export async function listInstrumentRelations(read: Reader, ids: readonly string[]): Promise<InstrumentRelations[]> {
  if (ids.length === 0) return [];
  const rows = await read(LOOKUP_STATEMENTS.listInstrumentRelations, { ids: distinct(ids) });
  const found = new Map(
    rows.map((row): [string, InstrumentRelations] => [
      asString(row.instrumentId, 'instrument'),
      {
        outgoing: (row.outgoing as unknown[]).map((json) => parseJson(json, 'instrument relation')),
        incoming: (row.incoming as { source: string; json: unknown }[]).map(({ source, json }) => ({
          ...parseJson<InstrumentRelations['outgoing'][number]>(json, 'instrument relation'),
          source,
        })),
      },
    ]),
  );
  return ids.map((id) => found.get(id) ?? { outgoing: [], incoming: [] });
}

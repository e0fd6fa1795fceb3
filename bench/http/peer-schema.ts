/**
 * The comparison peer's schema: `@neo4j/graphql` 7 type definitions over the graph exactly as the Neo4j store writes it
 * (server/knowledge/graph-shape.ts for labels and relationship types, server/store/neo4j/seed.statements.ts for
 * properties): what a developer would write to expose this database with that library. One hand-written `@cypher`
 * field (Place.around) walks the place hierarchy, which the generated API cannot (see peer-filters.ts); everything else
 * is the generated API. Facts the seeder keeps only inside a record's `json`
 * (a task force's duties, a citation's stated/inferred basis) are reachable only as that string.
 */
import { Neo4jGraphQL } from '@neo4j/graphql';
import type { Driver } from 'neo4j-driver';
import { SEARCH_INDEX } from '../../server/store/neo4j/graph-model';

const CITES = `
  cites: [Source!]! @relationship(type: "CITES", direction: OUT, properties: "Citation")`;

export const PEER_TYPE_DEFS = /* GraphQL */ `
  # Read-only, as the knowledge base's own API: the data change only through the seeder.
  extend schema @mutation(operations: [])

  type Citation @relationshipProperties {
    locator: String
    quote: String
  }

  type Membership @relationshipProperties {
    id: ID!
    position: String
    validFromStart: String
    validToEnd: String
  }

  type Source @node {
    file: String!
  }

  type Place @node {
    id: ID!
    kind: String
    nameEn: String
    nameId: String
    partOf: [Place!]! @relationship(type: "PART_OF", direction: OUT)
    onIsland: [Place!]! @relationship(type: "ON_ISLAND", direction: OUT)
    parts: [Place!]! @relationship(type: "PART_OF", direction: IN)
    islandPlaces: [Place!]! @relationship(type: "ON_ISLAND", direction: IN)
    servedBy: [Organization!]! @relationship(type: "SERVES", direction: IN)
    mandatesHere: [Mandate!]! @relationship(type: "APPLIES_IN", direction: IN)
    referralPathsHere: [ReferralPath!]! @relationship(type: "APPLIES_IN", direction: IN)
    gapsHere: [Gap!]! @relationship(type: "APPLIES_IN", direction: IN)
    "The place, every place above it and every place within it (through PART_OF or ON_ISLAND): our store's isAround."
    around: [Place!]!
      @cypher(
        statement: """
        WITH [(this)-[:PART_OF|ON_ISLAND*0..]->(up:Place) | up] + [(down:Place)-[:PART_OF|ON_ISLAND*1..]->(this) | down] AS places
        UNWIND places AS place
        RETURN DISTINCT place
        """
        columnName: "place"
      )
    ${CITES}
  }

  type Step @node {
    id: ID!
    pillar: String
    order: Int
    nameEn: String
    nameId: String
    partOf: [Step!]! @relationship(type: "PART_OF", direction: OUT)
    subSteps: [Step!]! @relationship(type: "PART_OF", direction: IN)
    mandates: [Mandate!]! @relationship(type: "ON_STEP", direction: IN)
  }

  type Organization @node {
    id: ID!
    kind: String
    level: String
    nameEn: String
    nameId: String
    acronymsText: String
    json: String
    serves: [Place!]! @relationship(type: "SERVES", direction: OUT)
    locatedIn: [Place!]! @relationship(type: "LOCATED_IN", direction: OUT)
    partOf: [Organization!]! @relationship(type: "PART_OF", direction: OUT)
    establishedBy: [Instrument!]! @relationship(type: "ESTABLISHED_BY", direction: OUT)
    mandates: [Mandate!]! @relationship(type: "HAS_MANDATE", direction: OUT)
    partyTo: [Partnership!]! @relationship(type: "PARTY_TO", direction: OUT)
    memberOf: [Organization!]! @relationship(type: "MEMBER_OF", direction: OUT, properties: "Membership")
    ${CITES}
  }

  type TaskForce @node(labels: ["TaskForce", "Organization"]) {
    id: ID!
    kind: String
    nameEn: String
    nameId: String
    json: String
    establishedBy: [Instrument!]! @relationship(type: "ESTABLISHED_BY", direction: OUT)
    members: [Organization!]! @relationship(type: "MEMBER_OF", direction: IN, properties: "Membership")
    subTaskForces: [TaskForce!]! @relationship(type: "PART_OF", direction: IN)
  }

  type Instrument @node {
    id: ID!
    kind: String
    year: Int
    nameEn: String
    nameId: String
    articles: [Article!]! @relationship(type: "HAS_ARTICLE", direction: OUT)
  }

  type Article @node {
    id: ID!
    number: String
    instrument: [Instrument!]! @relationship(type: "HAS_ARTICLE", direction: IN)
  }

  type Mandate @node {
    id: ID!
    role: String
    validFromStart: String
    validToEnd: String
    organization: [Organization!]! @relationship(type: "HAS_MANDATE", direction: IN)
    onStep: [Step!]! @relationship(type: "ON_STEP", direction: OUT)
    appliesIn: [Place!]! @relationship(type: "APPLIES_IN", direction: OUT)
    basedOnInstruments: [Instrument!]! @relationship(type: "BASED_ON", direction: OUT)
    basedOnArticles: [Article!]! @relationship(type: "BASED_ON", direction: OUT)
    ${CITES}
  }

  type ReferralPath @node {
    id: ID!
    json: String
    appliesIn: [Place!]! @relationship(type: "APPLIES_IN", direction: OUT)
    steps: [ReferralStep!]! @relationship(type: "HAS_STEP", direction: OUT)
    ${CITES}
  }

  type ReferralStep @node {
    pathId: String
    order: Int
    onStep: [Step!]! @relationship(type: "ON_STEP", direction: OUT)
    actors: [Organization!]! @relationship(type: "ACTOR", direction: OUT)
    ${CITES}
  }

  type Partnership @node {
    id: ID!
    validFromStart: String
    validToEnd: String
    json: String
    parties: [Organization!]! @relationship(type: "PARTY_TO", direction: IN)
    onStep: [Step!]! @relationship(type: "ON_STEP", direction: OUT)
    appliesIn: [Place!]! @relationship(type: "APPLIES_IN", direction: OUT)
    ${CITES}
  }

  type Gap @node {
    id: ID!
    json: String
    appliesIn: [Place!]! @relationship(type: "APPLIES_IN", direction: OUT)
    onStep: [Step!]! @relationship(type: "ON_STEP", direction: OUT)
  }

  type SearchEntry
    @node
    @fulltext(
      indexes: [
        { indexName: "${SEARCH_INDEX}", queryName: "searchEntriesFulltext", fields: ["names", "acronyms", "descriptors", "texts"] }
      ]
    ) {
    id: ID!
    kind: String
    recordId: String
    names: String
    acronyms: String
    descriptors: String
    texts: String
  }
`;

/**
 * The library's generated, executable schema. String ordering filters (lt/gt) are off by default; validity on a day
 * needs them, since the seeder stores dates as ISO day strings.
 */
export function buildPeerSchema(driver: Driver) {
  const neo4jGraphQL = new Neo4jGraphQL({
    typeDefs: PEER_TYPE_DEFS,
    driver,
    features: {
      filters: { String: { LT: true, LTE: true, GT: true, GTE: true } },
      // Version 7 still generates every filter twice (id: { eq } and the deprecated id_EQ); only the first is used.
      excludeDeprecatedFields: {
        aggregationFilters: true,
        aggregationFiltersOutsideConnection: true,
        relationshipFilters: true,
        attributeFilters: true,
      },
    },
  });
  return neo4jGraphQL.getSchema();
}

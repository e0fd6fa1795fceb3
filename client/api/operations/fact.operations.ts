import { gql, TypedDocumentNode } from '@apollo/client';
import type * as G from '../generated/graphql';
import { LEGAL_BASIS_FIELDS, SOURCE_FIELDS } from './fragments';

/** Laws and their articles, statistics and documented gaps: the facts that stand on their own. */

export type InstrumentData = G.InstrumentQuery;
export type InstrumentVariables = G.InstrumentQueryVariables;
export const INSTRUMENT: TypedDocumentNode<InstrumentData, InstrumentVariables> = gql`
  query Instrument($id: ID!) {
    instrument(id: $id) {
      id
      label
      kind
      number
      year
      date
      status
      title {
        indonesian
        english
      }
      titleVariants
      issuer {
        id
        label
      }
      issuerText
      jurisdiction {
        id
        label
      }
      validFrom
      validTo
      summary {
        indonesian
        english
      }
      basis
      note
      sources {
        ...SourceFields
      }
      articles {
        id
        number
        summary {
          indonesian
          english
        }
        note
        sources {
          ...SourceFields
        }
      }
      penalties {
        text {
          indonesian
          english
        }
        article {
          id
          number
        }
        sources {
          ...SourceFields
        }
      }
      relations {
        type
        from {
          id
          label
        }
        to {
          id
          label
        }
        note
      }
      establishes {
        id
        label
      }
      mandatesGranted {
        id
        organization {
          id
          label
        }
        step {
          id
          label
        }
        role
        legalBasis {
          ...LegalBasisFields
        }
        note
      }
    }
  }
  ${SOURCE_FIELDS}
  ${LEGAL_BASIS_FIELDS}
`;

export type StatisticsData = G.StatisticsQuery;
export type StatisticsVariables = G.StatisticsQueryVariables;
export const STATISTICS: TypedDocumentNode<StatisticsData, StatisticsVariables> = gql`
  query Statistics($region: ID, $topic: String, $year: Int, $first: Int, $after: String) {
    statistics(region: $region, topic: $topic, year: $year, first: $first, after: $after) {
      nodes {
        id
        label
        value
        valueAsPrinted
        unit
        year
        periodFrom
        periodTo
        region {
          id
          label
        }
        reportedBy {
          id
          label
        }
        basis
        note
        sources {
          ...SourceFields
        }
      }
      pageInfo {
        hasNextPage
        endCursor
      }
    }
  }
  ${SOURCE_FIELDS}
`;

export type GapsData = G.GapsQuery;
export type GapsVariables = G.GapsQueryVariables;
export const GAPS: TypedDocumentNode<GapsData, GapsVariables> = gql`
  query Gaps($region: ID, $step: ID, $first: Int, $after: String) {
    gaps(region: $region, step: $step, first: $first, after: $after) {
      nodes {
        id
        kind
        label
        region {
          id
          label
        }
        steps {
          id
          label
        }
        organizations {
          id
          label
        }
        asOf
        basis
        note
        sources {
          ...SourceFields
        }
      }
      pageInfo {
        hasNextPage
        endCursor
      }
    }
  }
  ${SOURCE_FIELDS}
`;

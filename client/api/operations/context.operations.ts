import { gql, TypedDocumentNode } from '@apollo/client';
import { SOURCE_FIELDS } from './fragments';
import type * as G from '../generated/graphql';

/** What the sources leave open (known unknowns) and the context they find (findings). */

export type KnownUnknownItem = G.KnownUnknownsQuery['knownUnknowns']['nodes'][number];
export type KnownUnknownsData = G.KnownUnknownsQuery;
export type KnownUnknownsVariables = G.KnownUnknownsQueryVariables;
export const KNOWN_UNKNOWNS: TypedDocumentNode<KnownUnknownsData, KnownUnknownsVariables> = gql`
  query KnownUnknowns($region: ID, $about: ID, $kinds: [KnownUnknownKind!], $first: Int, $after: String) {
    knownUnknowns(region: $region, about: $about, kinds: $kinds, first: $first, after: $after) {
      nodes {
        id
        label
        kind
        basis
        region {
          id
          label
        }
        about {
          id
          label
        }
        question {
          indonesian
          english
        }
        known {
          indonesian
          english
        }
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

export type FindingItem = G.FindingsQuery['findings']['nodes'][number];
export type FindingsData = G.FindingsQuery;
export type FindingsVariables = G.FindingsQueryVariables;
export const FINDINGS: TypedDocumentNode<FindingsData, FindingsVariables> = gql`
  query Findings($region: ID, $about: ID, $kinds: [FindingKind!], $step: ID, $first: Int, $after: String) {
    findings(region: $region, about: $about, kinds: $kinds, step: $step, first: $first, after: $after) {
      nodes {
        id
        label
        kind
        basis
        region {
          id
          label
        }
        about {
          id
          label
        }
        steps {
          id
          label
        }
        statement {
          indonesian
          english
        }
        periodFrom
        periodTo
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

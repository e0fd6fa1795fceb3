import { gql, TypedDocumentNode } from '@apollo/client';
import type * as G from '../generated/graphql';

/** The vocabularies a user picks ids from: steps, places, and search across every named entity. */

export type StepsData = G.StepsQuery;
export type StepsVariables = G.StepsQueryVariables;
export const STEPS: TypedDocumentNode<StepsData, StepsVariables> = gql`
  query Steps($pillar: Pillar) {
    steps(pillar: $pillar) {
      id
      label
      pillar
      parent {
        id
      }
    }
  }
`;

export type RegionsData = G.RegionsQuery;
export type RegionsVariables = G.RegionsQueryVariables;
export const REGIONS: TypedDocumentNode<RegionsData, RegionsVariables> = gql`
  query Regions($parent: ID) {
    regions(parent: $parent) {
      id
      label
      kind
      parent {
        id
        label
      }
    }
  }
`;

export type SearchKind = G.SearchKind;
export type SearchData = G.SearchQuery;
export type SearchVariables = G.SearchQueryVariables;
export const SEARCH: TypedDocumentNode<SearchData, SearchVariables> = gql`
  query Search($text: String!, $kinds: [SearchKind!], $first: Int, $after: String) {
    search(text: $text, kinds: $kinds, first: $first, after: $after) {
      nodes {
        id
        kind
        label
        snippet
        score
        node {
          id
        }
        owner {
          id
          label
        }
      }
      pageInfo {
        hasNextPage
        endCursor
      }
    }
  }
`;

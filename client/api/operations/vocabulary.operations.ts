import { gql, TypedDocumentNode } from '@apollo/client';
import type { PageInfo, Pillar, Ref } from './fragments';

/** The vocabularies a user picks ids from: steps, places, and search across every named entity. */

export interface StepsData {
  steps: Array<Ref & { pillar: Pillar; parent: { id: string } | null }>;
}
export interface StepsVariables {
  pillar?: Pillar;
}
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

export interface RegionsData {
  regions: Array<Ref & { kind: string; parent: Ref | null }>;
}
export interface RegionsVariables {
  /** Only places directly under this one. */
  parent?: string;
}
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

export type SearchKind = 'ORGANIZATION' | 'TASK_FORCE' | 'INSTRUMENT' | 'PLACE' | 'STEP';
export interface SearchData {
  search: { nodes: Array<Ref & { kind: SearchKind; score: number }>; pageInfo: PageInfo };
}
export interface SearchVariables {
  text: string;
  kinds?: SearchKind[];
  first?: number;
  after?: string;
}
export const SEARCH: TypedDocumentNode<SearchData, SearchVariables> = gql`
  query Search($text: String!, $kinds: [SearchKind!], $first: Int, $after: String) {
    search(text: $text, kinds: $kinds, first: $first, after: $after) {
      nodes {
        id
        kind
        label
        score
      }
      pageInfo {
        hasNextPage
        endCursor
      }
    }
  }
`;

import { gql } from '@apollo/client';
import type * as G from '../generated/graphql';
import { SOURCE_FIELDS, type SourceCitation } from './source-fields';

/**
 * Selections shared by several operations, with their result types written by hand. Fragments are on concrete types
 * only, so the cache needs no `possibleTypes`.
 */

export type Basis = G.Basis;
export type Scope = G.Scope;
export type MandateRole = G.MandateRole;
export type Position = G.Position;
export type Pillar = G.Pillar;

/** Any entity by its id and its label in the requested language. */
export interface Ref {
  id: string;
  label: string;
}

export interface LocalizedText {
  indonesian: string | null;
  english: string | null;
}

export interface PageInfo {
  hasNextPage: boolean;
  endCursor: string | null;
}

export { SOURCE_FIELDS, type SourceCitation };

export type LegalBasisCitation = G.LegalBasisFieldsFragment;

export const LEGAL_BASIS_FIELDS = gql`
  fragment LegalBasisFields on LegalBasis {
    instrument {
      id
      label
      kind
      number
      year
    }
    article {
      id
      number
    }
  }
`;

/** A task-force post: who holds it is the surrounding record. */
export type Post = G.PostFieldsFragment;

export const POST_FIELDS = gql`
  fragment PostFields on Membership {
    id
    position
    post {
      indonesian
      english
    }
    group {
      id
      label
    }
  }
`;

export type MandateSummary = G.MandateFieldsFragment;

export const MANDATE_FIELDS = gql`
  fragment MandateFields on Mandate {
    id
    step {
      id
      label
    }
    region {
      id
      label
    }
    role
    legalBasis {
      ...LegalBasisFields
    }
    membership {
      ...PostFields
    }
    validFrom
    validTo
    basis
    note
    sources {
      ...SourceFields
    }
  }
  ${LEGAL_BASIS_FIELDS}
  ${POST_FIELDS}
  ${SOURCE_FIELDS}
`;

export type ResponsibilityItem = G.ResponsibilityFieldsFragment;

export const RESPONSIBILITY_FIELDS = gql`
  fragment ResponsibilityFields on Responsibility {
    organization {
      id
      label
      kind
    }
    step {
      id
      label
    }
    role
    scope
    region {
      id
      label
    }
    legalBasis {
      ...LegalBasisFields
    }
    membership {
      ...PostFields
    }
    validFrom
    validTo
    basis
    sources {
      ...SourceFields
    }
    mandate {
      id
    }
  }
  ${LEGAL_BASIS_FIELDS}
  ${POST_FIELDS}
  ${SOURCE_FIELDS}
`;

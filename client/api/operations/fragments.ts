import { gql } from '@apollo/client';

/**
 * Selections shared by several operations, with their result types written by hand. Fragments are on concrete types
 * only, so the cache needs no `possibleTypes`.
 */

export type Basis = 'STATED' | 'INFERRED';
export type Scope = 'LOCAL' | 'FROM_ABOVE' | 'WITHIN';
export type MandateRole =
  | 'LEAD'
  | 'COORDINATOR'
  | 'DEPUTY_COORDINATOR'
  | 'MEMBER'
  | 'SECRETARIAT'
  | 'PROVIDER'
  | 'SUPPORTER'
  | 'FUNDER'
  | 'OVERSIGHT';
export type Position =
  'KETUA' | 'KETUA_HARIAN' | 'KOORDINATOR' | 'WAKIL_KOORDINATOR' | 'SEKRETARIS' | 'ANGGOTA' | 'NOT_STATED';
export type Pillar = 'PREVENTION' | 'PROTECTION' | 'PROSECUTION' | 'PARTNERSHIP';

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

export interface SourceCitation {
  file: string;
  locator: string;
  quote: string;
  basis: Basis;
}

export const SOURCE_FIELDS = gql`
  fragment SourceFields on Source {
    file
    locator
    quote
    basis
  }
`;

export interface LegalBasisCitation {
  instrument: Ref & { kind: string; number: string | null; year: number | null };
  /** Null when the sources cite the instrument without an article. */
  article: { id: string; number: string } | null;
}

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
export interface Post {
  id: string;
  position: Position;
  post: LocalizedText;
  group: Ref;
}

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

export interface MandateSummary {
  id: string;
  step: Ref;
  region: Ref;
  role: MandateRole;
  /** Empty: the sources state no legal basis. */
  legalBasis: LegalBasisCitation[];
  membership: Post | null;
  validFrom: string | null;
  validTo: string | null;
  basis: Basis;
  sources: SourceCitation[];
}

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
    sources {
      ...SourceFields
    }
  }
  ${LEGAL_BASIS_FIELDS}
  ${POST_FIELDS}
  ${SOURCE_FIELDS}
`;

export interface ResponsibilityItem {
  organization: Ref & { kind: string };
  step: Ref;
  role: MandateRole;
  /** How the mandate reaches the place asked about. */
  scope: Scope;
  /** The mandate's own place. */
  region: Ref;
  legalBasis: LegalBasisCitation[];
  membership: Post | null;
  validFrom: string | null;
  validTo: string | null;
  basis: Basis;
  sources: SourceCitation[];
  mandate: { id: string };
}

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

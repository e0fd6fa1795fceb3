import { gql, TypedDocumentNode } from '@apollo/client';
import {
  Basis,
  LEGAL_BASIS_FIELDS,
  LegalBasisCitation,
  LocalizedText,
  PageInfo,
  Ref,
  SOURCE_FIELDS,
  SourceCitation,
} from './fragments';

/** How victims and cases are referred from step to step, and who acts at each step. */

export interface ReferralPathSummary extends Ref {
  region: Ref;
  validFrom: string | null;
  validTo: string | null;
  steps: Array<{ order: number; step: Ref }>;
}
export interface ReferralPathsData {
  referralPaths: { nodes: ReferralPathSummary[]; pageInfo: PageInfo };
}
export interface ReferralPathsVariables {
  region?: string;
  step?: string;
  first?: number;
  after?: string;
}
export const REFERRAL_PATHS: TypedDocumentNode<ReferralPathsData, ReferralPathsVariables> = gql`
  query ReferralPaths($region: ID, $step: ID, $first: Int, $after: String) {
    referralPaths(region: $region, step: $step, first: $first, after: $after) {
      nodes {
        id
        label
        region {
          id
          label
        }
        validFrom
        validTo
        steps {
          order
          step {
            id
            label
          }
        }
      }
      pageInfo {
        hasNextPage
        endCursor
      }
    }
  }
`;

export interface ReferralStep {
  order: number;
  step: Ref;
  actors: Ref[];
  description: LocalizedText;
  /** How the case passes to the next step, when stated. */
  handover: LocalizedText | null;
  legalBasis: LegalBasisCitation[];
  basis: Basis;
  sources: SourceCitation[];
}
export interface ReferralPathData {
  referralPath: Ref & {
    region: Ref;
    description: LocalizedText | null;
    legalBasis: LegalBasisCitation[];
    validFrom: string | null;
    validTo: string | null;
    steps: ReferralStep[];
    basis: Basis;
    sources: SourceCitation[];
  };
}
export interface ReferralPathVariables {
  id: string;
}
export const REFERRAL_PATH: TypedDocumentNode<ReferralPathData, ReferralPathVariables> = gql`
  query ReferralPath($id: ID!) {
    referralPath(id: $id) {
      id
      label
      region {
        id
        label
      }
      description {
        indonesian
        english
      }
      legalBasis {
        ...LegalBasisFields
      }
      validFrom
      validTo
      steps {
        order
        step {
          id
          label
        }
        actors {
          id
          label
        }
        description {
          indonesian
          english
        }
        handover {
          indonesian
          english
        }
        legalBasis {
          ...LegalBasisFields
        }
        basis
        sources {
          ...SourceFields
        }
      }
      basis
      sources {
        ...SourceFields
      }
    }
  }
  ${LEGAL_BASIS_FIELDS}
  ${SOURCE_FIELDS}
`;

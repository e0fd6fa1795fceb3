import { gql, TypedDocumentNode } from '@apollo/client';
import { LEGAL_BASIS_FIELDS, SOURCE_FIELDS } from './fragments';
import type * as G from '../generated/graphql';

/** How victims and cases are referred from step to step, and who acts at each step. */

export type ReferralPathSummary = G.ReferralPathsQuery['referralPaths']['nodes'][number];
export type ReferralPathsData = G.ReferralPathsQuery;
export type ReferralPathsVariables = G.ReferralPathsQueryVariables;
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

export type ReferralStep = G.ReferralPathQuery['referralPath']['steps'][number];
export type ReferralPathData = G.ReferralPathQuery;
export type ReferralPathVariables = G.ReferralPathQueryVariables;
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

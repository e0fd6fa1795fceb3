import { gql, TypedDocumentNode } from '@apollo/client';
import { SOURCE_FIELDS } from './fragments';
import type * as G from '../generated/graphql';

/** An organisation's partners, and the organisations that could be. */

export type ExistingPartner = G.PartnersQuery['partners']['existing'][number];
export type CandidatePartner = G.PartnersQuery['partners']['candidates'][number];
export type PartnersData = G.PartnersQuery;
export type PartnersVariables = G.PartnersQueryVariables;
export const PARTNERS: TypedDocumentNode<PartnersData, PartnersVariables> = gql`
  query Partners($organization: ID!, $step: ID, $region: ID, $asOf: String) {
    partners(organization: $organization, step: $step, region: $region, asOf: $asOf) {
      organization {
        id
        label
        area {
          id
          label
        }
      }
      existing {
        organization {
          id
          label
        }
        partnership {
          id
          label
          kind
          steps {
            id
            label
          }
          region {
            id
            label
          }
          validFrom
          validTo
          basis
          sources {
            ...SourceFields
          }
        }
      }
      candidates {
        organization {
          id
          label
        }
        reason
        mandates {
          id
          role
          step {
            id
            label
          }
          region {
            id
            label
          }
        }
      }
    }
  }
  ${SOURCE_FIELDS}
`;

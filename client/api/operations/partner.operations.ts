import { gql, TypedDocumentNode } from '@apollo/client';
import { Basis, MandateRole, Ref, SOURCE_FIELDS, SourceCitation } from './fragments';

/** An organisation's partners, and the organisations that could be. */

export interface ExistingPartner {
  organization: Ref;
  partnership: Ref & {
    kind: string;
    steps: Ref[];
    region: Ref | null;
    validFrom: string | null;
    validTo: string | null;
    basis: Basis;
    sources: SourceCitation[];
  };
}
export interface CandidatePartner {
  organization: Ref;
  /** Why it is listed, in the requested language. */
  reason: string;
  mandates: Array<{ id: string; role: MandateRole; step: Ref; region: Ref }>;
}
export interface PartnersData {
  partners: { organization: Ref & { area: Ref | null }; existing: ExistingPartner[]; candidates: CandidatePartner[] };
}
export interface PartnersVariables {
  organization: string;
  step?: string;
  region?: string;
  asOf?: string;
}
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

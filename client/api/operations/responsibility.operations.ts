import { gql, TypedDocumentNode } from '@apollo/client';
import {
  MANDATE_FIELDS,
  MandateRole,
  MandateSummary,
  PageInfo,
  Pillar,
  Ref,
  RESPONSIBILITY_FIELDS,
  ResponsibilityItem,
  Scope,
  SOURCE_FIELDS,
  SourceCitation,
} from './fragments';

/** Who is responsible for what, where, when, and on which legal basis. */

export interface ResponsibilitiesData {
  responsibilities: { asOf: string; nodes: ResponsibilityItem[]; pageInfo: PageInfo };
}
export interface ResponsibilitiesVariables {
  step: string;
  region: string;
  /** YYYY-MM-DD; the server defaults to today. */
  asOf?: string;
  first?: number;
  after?: string;
}
export const RESPONSIBILITIES: TypedDocumentNode<ResponsibilitiesData, ResponsibilitiesVariables> = gql`
  query Responsibilities($step: ID!, $region: ID!, $asOf: String, $first: Int, $after: String) {
    responsibilities(step: $step, region: $region, asOf: $asOf, first: $first, after: $after) {
      asOf
      nodes {
        ...ResponsibilityFields
      }
      pageInfo {
        hasNextPage
        endCursor
      }
    }
  }
  ${RESPONSIBILITY_FIELDS}
`;

export interface InstrumentSummary extends Ref {
  kind: string;
  number: string | null;
  year: number | null;
}

export interface LegalBasisData {
  legalBasis: {
    organization: Ref;
    mandates: MandateSummary[];
    /** The distinct instruments the mandates rest on. */
    instruments: InstrumentSummary[];
    /** Mandates for which the sources state no legal basis. */
    notStated: Array<{ id: string }>;
  };
}
export interface LegalBasisVariables {
  organization: string;
}
export const LEGAL_BASIS: TypedDocumentNode<LegalBasisData, LegalBasisVariables> = gql`
  query LegalBasis($organization: ID!) {
    legalBasis(organization: $organization) {
      organization {
        id
        label
      }
      mandates {
        ...MandateFields
      }
      instruments {
        id
        label
        kind
        number
        year
      }
      notStated {
        id
      }
    }
  }
  ${MANDATE_FIELDS}
`;

export interface StepCoverage {
  step: Ref & { pillar: Pillar };
  covered: boolean;
  coveredLocally: boolean;
  responsibilities: Array<{ organization: Ref; role: MandateRole; scope: Scope; region: Ref }>;
}
export interface GapInScope {
  scope: Scope;
  gap: Ref & { kind: string; region: Ref; asOf: string | null; sources: SourceCitation[] };
}
export interface CoverageData {
  coverage: { region: Ref; asOf: string; steps: StepCoverage[]; uncoveredSteps: Ref[]; gaps: GapInScope[] };
}
export interface CoverageVariables {
  region: string;
  /** YYYY-MM-DD; the server defaults to today. */
  asOf?: string;
}
export const COVERAGE: TypedDocumentNode<CoverageData, CoverageVariables> = gql`
  query Coverage($region: ID!, $asOf: String) {
    coverage(region: $region, asOf: $asOf) {
      region {
        id
        label
      }
      asOf
      steps {
        step {
          id
          label
          pillar
        }
        covered
        coveredLocally
        responsibilities {
          organization {
            id
            label
          }
          role
          scope
          region {
            id
            label
          }
        }
      }
      uncoveredSteps {
        id
        label
      }
      gaps {
        scope
        gap {
          id
          label
          kind
          region {
            id
            label
          }
          asOf
          sources {
            ...SourceFields
          }
        }
      }
    }
  }
  ${SOURCE_FIELDS}
`;

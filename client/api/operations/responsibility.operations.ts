import { gql, TypedDocumentNode } from '@apollo/client';
import type * as G from '../generated/graphql';
import { MANDATE_FIELDS, RESPONSIBILITY_FIELDS, SOURCE_FIELDS } from './fragments';

/** Who is responsible for what, where, when, and on which legal basis. */

export type ResponsibilitiesData = G.ResponsibilitiesQuery;
export type ResponsibilitiesVariables = G.ResponsibilitiesQueryVariables;
export const RESPONSIBILITIES: TypedDocumentNode<ResponsibilitiesData, ResponsibilitiesVariables> = gql`
  query Responsibilities($step: ID!, $region: ID!, $asOf: String, $first: Int, $after: String) {
    responsibilities(step: $step, region: $region, asOf: $asOf, first: $first, after: $after) {
      asOf
      outsideAsOf {
        count
        message
      }
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

export type InstrumentSummary = G.LegalBasisQuery['legalBasis']['instruments'][number];

export type LegalBasisData = G.LegalBasisQuery;
export type LegalBasisVariables = G.LegalBasisQueryVariables;
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

export type StepCoverage = G.CoverageQuery['coverage']['steps'][number];
export type GapInScope = G.CoverageQuery['coverage']['gaps'][number];
export type CoverageData = G.CoverageQuery;
export type CoverageVariables = G.CoverageQueryVariables;
export const COVERAGE: TypedDocumentNode<CoverageData, CoverageVariables> = gql`
  query Coverage($region: ID!, $asOf: String) {
    coverage(region: $region, asOf: $asOf) {
      region {
        id
        label
      }
      asOf
      outsideAsOf {
        count
        message
      }
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

import { gql, TypedDocumentNode } from '@apollo/client';
import type * as G from '../generated/graphql';
import { LEGAL_BASIS_FIELDS, MANDATE_FIELDS, POST_FIELDS, SOURCE_FIELDS } from './fragments';

/** Organisations and task forces: what they are, their posts, mandates and duties. */

export type OrganizationData = G.OrganizationQuery;
export type OrganizationVariables = G.OrganizationQueryVariables;
export const ORGANIZATION: TypedDocumentNode<OrganizationData, OrganizationVariables> = gql`
  query Organization($id: ID!, $asOf: String) {
    organization(id: $id) {
      id
      label
      kind
      level
      name {
        indonesian
        english
      }
      acronyms
      area {
        id
        label
      }
      parent {
        id
        label
      }
      founded
      description {
        indonesian
        english
      }
      basis
      note
      establishedBy {
        ...LegalBasisFields
      }
      sources {
        ...SourceFields
      }
      memberships {
        ...PostFields
        validFrom
        validTo
      }
      mandates(asOf: $asOf) {
        ...MandateFields
      }
    }
  }
  ${LEGAL_BASIS_FIELDS}
  ${SOURCE_FIELDS}
  ${POST_FIELDS}
  ${MANDATE_FIELDS}
`;

export type TaskForceMember = G.TaskForceQuery['taskForce']['members'][number];
export type TaskForceData = G.TaskForceQuery;
export type TaskForceVariables = G.TaskForceQueryVariables;
export const TASK_FORCE: TypedDocumentNode<TaskForceData, TaskForceVariables> = gql`
  query TaskForce($id: ID!) {
    taskForce(id: $id) {
      id
      label
      kind
      area {
        id
        label
      }
      parent {
        id
        label
      }
      validFrom
      validTo
      succeeds {
        id
        label
      }
      establishedBy {
        ...LegalBasisFields
      }
      subTaskForces {
        id
        label
        validFrom
        validTo
      }
      members {
        id
        position
        post {
          indonesian
          english
        }
        member {
          id
          label
        }
        legalBasis {
          ...LegalBasisFields
        }
        validFrom
        validTo
        sources {
          ...SourceFields
        }
      }
      duties {
        code
        text {
          indonesian
          english
        }
        steps {
          id
          label
        }
        sources {
          ...SourceFields
        }
      }
      note
      sources {
        ...SourceFields
      }
    }
  }
  ${LEGAL_BASIS_FIELDS}
  ${SOURCE_FIELDS}
`;

import { gql, TypedDocumentNode } from '@apollo/client';
import {
  Basis,
  LEGAL_BASIS_FIELDS,
  LegalBasisCitation,
  LocalizedText,
  MANDATE_FIELDS,
  MandateSummary,
  POST_FIELDS,
  Post,
  Ref,
  SOURCE_FIELDS,
  SourceCitation,
} from './fragments';

/** Organisations and task forces: what they are, their posts, mandates and duties. */

export interface OrganizationData {
  organization: Ref & {
    kind: string;
    level: string;
    name: LocalizedText;
    acronyms: string[];
    area: Ref | null;
    parent: Ref | null;
    founded: string | null;
    description: LocalizedText | null;
    basis: Basis;
    /** The instrument (and article) that establishes it, when stated. */
    establishedBy: LegalBasisCitation | null;
    sources: SourceCitation[];
    memberships: Array<Post & { validFrom: string | null; validTo: string | null }>;
    mandates: MandateSummary[];
  };
}
export interface OrganizationVariables {
  id: string;
  /** Only mandates valid that day (YYYY-MM-DD). */
  asOf?: string;
}
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

export interface TaskForceMember {
  id: string;
  position: string;
  post: LocalizedText;
  member: Ref;
  legalBasis: LegalBasisCitation | null;
  validFrom: string | null;
  validTo: string | null;
  sources: SourceCitation[];
}
export interface TaskForceData {
  taskForce: Ref & {
    kind: string;
    area: Ref | null;
    parent: Ref | null;
    validFrom: string | null;
    validTo: string | null;
    succeeds: Ref | null;
    establishedBy: LegalBasisCitation | null;
    subTaskForces: Array<Ref & { validFrom: string | null; validTo: string | null }>;
    members: TaskForceMember[];
    duties: Array<{ code: string; text: LocalizedText; steps: Ref[]; sources: SourceCitation[] }>;
    sources: SourceCitation[];
  };
}
export interface TaskForceVariables {
  id: string;
}
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
      sources {
        ...SourceFields
      }
    }
  }
  ${LEGAL_BASIS_FIELDS}
  ${SOURCE_FIELDS}
`;

import { gql } from '@apollo/client';
import { LEGAL_BASIS_FIELDS, SOURCE_FIELDS } from './fragments';

/** Operations of the entity pages (organisation, task force, instrument, place, step, referral path). */

const MEMBERSHIP_FIELDS = gql`
  ${SOURCE_FIELDS}
  fragment MembershipFields on Membership {
    id
    position
    basis
    validFrom
    validTo
    post {
      english
      indonesian
    }
    member {
      id
      label(lang: $lang)
    }
    group {
      id
      label(lang: $lang)
      kind
    }
    sources {
      ...SourceFields
    }
  }
`;

export const ORGANIZATION = gql`
  ${SOURCE_FIELDS}
  ${LEGAL_BASIS_FIELDS}
  ${MEMBERSHIP_FIELDS}
  query Organization($id: ID!, $asOf: String, $lang: Language) {
    organization(id: $id) {
      id
      label(lang: $lang)
      kind
      level
      acronyms
      founded
      basis
      name {
        english
        indonesian
      }
      description {
        english
        indonesian
      }
      area {
        id
        label(lang: $lang)
      }
      parent {
        id
        label(lang: $lang)
      }
      establishedBy {
        ...LegalBasisFields
      }
      sources {
        ...SourceFields
      }
      mandates(asOf: $asOf) {
        id
        role
        basis
        validFrom
        validTo
        step {
          id
          label(lang: $lang)
        }
        region {
          id
          label(lang: $lang)
        }
        legalBasis {
          ...LegalBasisFields
        }
        sources {
          ...SourceFields
        }
      }
      memberships {
        ...MembershipFields
      }
      partnerships {
        id
        kind
        validFrom
        validTo
        parties {
          id
          label(lang: $lang)
        }
        description {
          english
          indonesian
        }
        sources {
          ...SourceFields
        }
      }
    }
  }
`;

export const TASK_FORCE = gql`
  ${SOURCE_FIELDS}
  ${LEGAL_BASIS_FIELDS}
  ${MEMBERSHIP_FIELDS}
  fragment TaskForceCore on TaskForce {
    id
    label(lang: $lang)
    validFrom
    validTo
    members {
      ...MembershipFields
    }
    duties {
      code
      basis
      text {
        english
        indonesian
      }
      sources {
        ...SourceFields
      }
    }
  }
  query TaskForce($id: ID!, $lang: Language) {
    taskForce(id: $id) {
      ...TaskForceCore
      kind
      level
      name {
        english
        indonesian
      }
      description {
        english
        indonesian
      }
      area {
        id
        label(lang: $lang)
      }
      parent {
        id
        label(lang: $lang)
      }
      establishedBy {
        ...LegalBasisFields
      }
      sources {
        ...SourceFields
      }
      subTaskForces {
        ...TaskForceCore
      }
      succeeds {
        id
        label(lang: $lang)
        validFrom
        validTo
        members {
          id
          member {
            id
            label(lang: $lang)
          }
        }
        subTaskForces {
          id
          members {
            id
            member {
              id
              label(lang: $lang)
            }
          }
        }
      }
    }
  }
`;

export const INSTRUMENT = gql`
  ${SOURCE_FIELDS}
  query Instrument($id: ID!, $lang: Language) {
    instrument(id: $id) {
      id
      label(lang: $lang)
      kind
      number
      date
      year
      status
      basis
      validFrom
      validTo
      issuerText
      title {
        english
        indonesian
      }
      summary {
        english
        indonesian
      }
      jurisdiction {
        id
        label(lang: $lang)
      }
      issuer {
        id
        label(lang: $lang)
      }
      sources {
        ...SourceFields
      }
      articles {
        id
        number
        summary {
          english
          indonesian
        }
        sources {
          ...SourceFields
        }
      }
      penalties {
        article {
          id
          number
        }
        text {
          english
          indonesian
        }
        sources {
          ...SourceFields
        }
      }
      establishes {
        id
        label(lang: $lang)
        kind
      }
      relations {
        type
        from {
          id
          label(lang: $lang)
        }
        to {
          id
          label(lang: $lang)
        }
        sources {
          ...SourceFields
        }
      }
      mandatesGranted {
        id
        role
        organization {
          id
          label(lang: $lang)
        }
        step {
          id
          label(lang: $lang)
        }
        region {
          id
          label(lang: $lang)
        }
      }
    }
  }
`;

export const PLACE = gql`
  ${SOURCE_FIELDS}
  query Place($id: ID!, $asOf: String, $lang: Language) {
    region(id: $id) {
      id
      label(lang: $lang)
      kind
      description {
        english
        indonesian
      }
      parent {
        id
        label(lang: $lang)
      }
      children {
        id
        label(lang: $lang)
        kind
      }
      sources {
        ...SourceFields
      }
    }
    coverage(region: $id, asOf: $asOf) {
      asOf
      steps {
        covered
        coveredLocally
        step {
          id
          label(lang: $lang)
          pillar
        }
        responsibilities {
          scope
          organization {
            id
            label(lang: $lang)
          }
        }
      }
      uncoveredSteps {
        id
        label(lang: $lang)
      }
      gaps {
        scope
        gap {
          id
          kind
          basis
          asOf
          label(lang: $lang)
          description {
            english
            indonesian
          }
          region {
            id
            label(lang: $lang)
          }
          sources {
            ...SourceFields
          }
        }
      }
    }
    referralPaths(region: $id, first: 100) {
      nodes {
        id
        label(lang: $lang)
        region {
          id
          label(lang: $lang)
        }
      }
    }
  }
`;

export const STEP = gql`
  query Step($id: ID!, $lang: Language) {
    node(id: $id) {
      id
      label(lang: $lang)
      ... on Step {
        pillar
        description {
          english
          indonesian
        }
        parent {
          id
          label(lang: $lang)
        }
        children {
          id
          label(lang: $lang)
        }
      }
    }
  }
`;

export const REFERRAL_PATH = gql`
  ${SOURCE_FIELDS}
  ${LEGAL_BASIS_FIELDS}
  query ReferralPath($id: ID!, $lang: Language) {
    referralPath(id: $id) {
      id
      label(lang: $lang)
      basis
      validFrom
      validTo
      description {
        english
        indonesian
      }
      region {
        id
        label(lang: $lang)
      }
      legalBasis {
        ...LegalBasisFields
      }
      sources {
        ...SourceFields
      }
      steps {
        order
        basis
        step {
          id
          label(lang: $lang)
        }
        description {
          english
          indonesian
        }
        handover {
          english
          indonesian
        }
        actors {
          id
          label(lang: $lang)
        }
        legalBasis {
          ...LegalBasisFields
        }
        sources {
          ...SourceFields
        }
      }
    }
  }
`;

/** The figures the sources give for a place and the places within it, each with its source. */
export const PLACE_STATISTICS = gql`
  ${SOURCE_FIELDS}
  query PlaceStatistics($region: ID!, $lang: Language) {
    statistics(region: $region, first: 100) {
      pageInfo {
        hasNextPage
      }
      nodes {
        id
        label(lang: $lang)
        indicator {
          english
          indonesian
        }
        unit
        value
        valueAsPrinted
        year
        periodFrom
        periodTo
        region {
          id
          label(lang: $lang)
        }
        sources {
          ...SourceFields
        }
      }
    }
  }
`;

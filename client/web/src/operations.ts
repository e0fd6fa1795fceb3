import { gql } from '@apollo/client';
import { LEGAL_BASIS_FIELDS, SOURCE_FIELDS } from './fragments';

/**
 * The web app's own GraphQL operations. Every operation takes `$lang` so labels come in the page's language, and
 * every fact carries its sources so each answer can show them one click away.
 */
const MANDATE_FIELDS = gql`
  ${SOURCE_FIELDS}
  ${LEGAL_BASIS_FIELDS}
  fragment MandateFields on Mandate {
    id
    role
    basis
    validFrom
    validTo
    description {
      english
      indonesian
    }
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
`;

export const PICKERS = gql`
  query Pickers($lang: Language) {
    steps {
      id
      label(lang: $lang)
      pillar
      parent {
        id
      }
    }
    regions {
      id
      label(lang: $lang)
      kind
      parent {
        id
      }
    }
  }
`;

export const SOURCE_DOCUMENTS = gql`
  query SourceDocuments {
    sources {
      file
      title
      year
      venue
    }
  }
`;

// What a search hit needs to know about its record and its owner to link to the right page: a task force has its
// own page, an organisation's kind may make it one, and a gap, statistic, finding or known unknown opens its place.
const SEARCH_TARGET_FIELDS = gql`
  fragment SearchTargetFields on Node {
    id
    label(lang: $lang)
    ... on Organization {
      kind
    }
    ... on Gap {
      region {
        id
      }
    }
    ... on Statistic {
      region {
        id
      }
    }
    ... on Finding {
      region {
        id
      }
    }
    ... on KnownUnknown {
      region {
        id
      }
    }
  }
`;

/** Search hits in the page's language (labels and snippets follow the request's Accept-Language). */
export const SEARCH = gql`
  ${SEARCH_TARGET_FIELDS}
  query Search($text: String!, $kinds: [SearchKind!], $first: Int, $lang: Language) {
    search(text: $text, kinds: $kinds, first: $first) {
      nodes {
        id
        kind
        label
        snippet
        node {
          ...SearchTargetFields
        }
        owner {
          ...SearchTargetFields
        }
      }
    }
  }
`;

export const RESPONSIBILITIES = gql`
  ${SOURCE_FIELDS}
  ${LEGAL_BASIS_FIELDS}
  query Responsibilities($step: ID!, $region: ID!, $asOf: String, $lang: Language, $first: Int, $after: String) {
    responsibilities(step: $step, region: $region, asOf: $asOf, first: $first, after: $after) {
      asOf
      pageInfo {
        hasNextPage
        endCursor
      }
      step {
        id
        label(lang: $lang)
      }
      region {
        id
        label(lang: $lang)
      }
      nodes {
        role
        scope
        basis
        validFrom
        validTo
        organization {
          id
          label(lang: $lang)
          kind
        }
        region {
          id
          label(lang: $lang)
        }
        step {
          id
          label(lang: $lang)
        }
        membership {
          id
          post {
            english
            indonesian
          }
          group {
            id
            label(lang: $lang)
          }
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

export const LEGAL_BASIS = gql`
  ${MANDATE_FIELDS}
  query LegalBasis($organization: ID!, $lang: Language) {
    legalBasis(organization: $organization) {
      organization {
        id
        label(lang: $lang)
        kind
      }
      mandates {
        ...MandateFields
      }
      instruments {
        id
        label(lang: $lang)
      }
    }
  }
`;

export const PARTNERS = gql`
  ${SOURCE_FIELDS}
  query Partners($organization: ID!, $step: ID, $region: ID, $asOf: String, $lang: Language) {
    partners(organization: $organization, step: $step, region: $region, asOf: $asOf) {
      organization {
        id
        label(lang: $lang)
        kind
      }
      existing {
        organization {
          id
          label(lang: $lang)
          kind
        }
        partnership {
          id
          kind
          basis
          validFrom
          validTo
          description {
            english
            indonesian
          }
          sources {
            ...SourceFields
          }
        }
      }
      candidates {
        reason
        organization {
          id
          label(lang: $lang)
          kind
        }
        mandates {
          id
          role
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
  }
`;

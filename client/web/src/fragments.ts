import { gql } from '@apollo/client';

/** Selections every page's operations share: how a fact cites its source, and the law and article it rests on. */

export const SOURCE_FIELDS = gql`
  fragment SourceFields on Source {
    file
    locator
    quote
    basis
  }
`;

export const LEGAL_BASIS_FIELDS = gql`
  fragment LegalBasisFields on LegalBasis {
    instrument {
      id
      label(lang: $lang)
    }
    article {
      id
      number
    }
  }
`;

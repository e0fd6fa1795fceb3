import { gql } from '@apollo/client';

/**
 * Selections every page's operations share: how a fact cites its source (the API client's own fragment: a citation
 * reads the same in every client), and the law and article it rests on, labelled in the page's language.
 */
export { SOURCE_FIELDS } from '../../api/operations/source-fields';

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

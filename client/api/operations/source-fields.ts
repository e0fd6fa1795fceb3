import { gql } from '@apollo/client';
import type * as G from '../generated/graphql';

/**
 * How every fact cites its source. A module of its own because the web app shares it: importing it does not bring in
 * this client's other fragments, whose names the web app's own fragments reuse with other fields.
 */

export type SourceCitation = G.SourceFieldsFragment;

export const SOURCE_FIELDS = gql`
  fragment SourceFields on Source {
    file
    locator
    quote
    basis
  }
`;

import { StrictMode } from 'react';
import { createRoot } from 'react-dom/client';
import { ApolloClient, HttpLink, InMemoryCache } from '@apollo/client';
import { ApolloProvider } from '@apollo/client/react';
import { RouterProvider } from './router';
import { App } from './app';
import './styles.css';

// The API's interfaces, so the cache can match fragments on Node and Fact (the schema is stable; see schema.graphql).
const NODE_TYPES = [
  'Article',
  'Disagreement',
  'Finding',
  'Gap',
  'Instrument',
  'KnownUnknown',
  'Mandate',
  'Membership',
  'Organization',
  'Partnership',
  'ReferralPath',
  'Region',
  'Statistic',
  'Step',
  'TaskForce',
];

const client = new ApolloClient({
  link: new HttpLink({ uri: '/graphql' }),
  cache: new InMemoryCache({
    possibleTypes: {
      Node: NODE_TYPES,
      Fact: NODE_TYPES.filter((type) => type !== 'Step' && type !== 'Disagreement'),
      DatedFact: ['Instrument', 'Mandate', 'Membership', 'Partnership', 'ReferralPath'],
    },
  }),
});

createRoot(document.getElementById('root')!).render(
  <StrictMode>
    <ApolloProvider client={client}>
      <RouterProvider>
        <App />
      </RouterProvider>
    </ApolloProvider>
  </StrictMode>,
);

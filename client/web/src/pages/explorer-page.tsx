import 'graphiql/setup-workers/vite';
import 'graphiql/style.css';
import { GraphiQL } from 'graphiql';
import { buildSchema } from 'graphql';
// The committed contract (a test fails when it drifts from the code). GraphiQL's own introspection query is deeper
// than the API's depth limit allows, so the explorer is given the schema instead of asking for it.
import schemaSdl from '../../../../schema/schema.graphql?raw';
import { useT } from '../i18n';
import { Link } from '../router';

const SCHEMA = buildSchema(schemaSdl);

const EXAMPLE_QUERY = `# Who gives shelter in Kupang City, on what legal basis, and where does it say so?
query WhoGivesShelter {
  responsibilities(step: "shelter", region: "kupang-city") {
    asOf
    nodes {
      organization { id label }
      role
      scope
      legalBasis { instrument { label } article { number } }
      sources { file locator quote basis }
    }
  }
}
`;

/** GraphiQL bundled with the app (no CDN), so the query explorer works offline against this server's /graphql. */
async function fetchGraphQL(params: unknown) {
  const response = await fetch('/graphql', {
    method: 'POST',
    headers: { 'content-type': 'application/json', accept: 'application/json' },
    body: JSON.stringify(params),
  });
  return response.json();
}

export default function ExplorerPage() {
  const t = useT();
  return (
    <div className="explorer">
      <header className="explorer-header">
        <Link to="/">← {t('home')}</Link>
        <h1>{t('explorer')}</h1>
      </header>
      <div className="explorer-body">
        <GraphiQL fetcher={fetchGraphQL} schema={SCHEMA} defaultQuery={EXAMPLE_QUERY} />
      </div>
    </div>
  );
}

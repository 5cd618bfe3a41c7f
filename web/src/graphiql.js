// The self-hosted GraphiQL page served by web.GraphiQL at GET /graphql: the
// same bundle as the explorer, nothing from a CDN.
import React from 'react';
import { createRoot } from 'react-dom/client';
import { GraphiQL } from 'graphiql';
import { createGraphiQLFetcher } from '@graphiql/toolkit';
import 'graphiql/graphiql.css';

const fetcher = createGraphiQLFetcher({ url: new URL('/graphql', window.location.href).toString() });

const defaultQuery = `# Attaché's GraphQL API. Ctrl-Enter runs the query; the Docs tab lists every field.
query Health {
  health { ok neo4jVersion neo4jEdition }
}
`;

createRoot(document.getElementById('graphiql')).render(
  React.createElement(GraphiQL, { fetcher, defaultQuery }),
);

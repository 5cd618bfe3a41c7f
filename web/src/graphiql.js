// The self-hosted GraphiQL page served by web.GraphiQL at GET /graphql: the
// same bundle as the explorer, nothing from a CDN.
import React from 'react';
import { createRoot } from 'react-dom/client';
import { GraphiQL } from 'graphiql';
import { createGraphiQLFetcher } from '@graphiql/toolkit';
import 'graphiql/graphiql.css';

const fetcher = createGraphiQLFetcher({ url: new URL('/graphql', window.location.href).toString() });

const defaultQuery = `# Attaché's GraphQL API. Ctrl-Enter runs the query; the Docs tab lists every field.
query PeruIn2005 {
  search(text: "Peru", first: 5) { kind id label }
  meetings(filter: { countries: ["PE"], from: "2005", to: "2005" }, first: 5) {
    edges { node {
      kind status date
      participants { name title country { name } }
      reports { evidence article { title url } }
    } }
  }
}
`;

createRoot(document.getElementById('graphiql')).render(
  React.createElement(GraphiQL, { fetcher, defaultQuery }),
);

// @neo4j/graphql over the graph Attaché loaded, for scripts/bench-api.sh:
// the library most Neo4j users would pick, on graphql-yoga, with the type
// definitions of typedefs.graphql. Dev-only; nothing in make test or CI
// needs it.
//
//   NEO4J_URI=bolt://127.0.0.1:7697 PORT=4000 node server.js
import { readFileSync } from "node:fs";
import { createServer } from "node:http";
import { Neo4jGraphQL } from "@neo4j/graphql";
import { createYoga } from "graphql-yoga";
import neo4j from "neo4j-driver";

const uri = process.env.NEO4J_URI || "bolt://127.0.0.1:7697";
const port = Number(process.env.PORT || 4000);
const driver = neo4j.driver(uri, neo4j.auth.basic(process.env.NEO4J_USER || "neo4j", process.env.NEO4J_PASSWORD || "attache-local"));
const typeDefs = readFileSync(new URL("./typedefs.graphql", import.meta.url), "utf8");
const schema = await new Neo4jGraphQL({
  typeDefs,
  driver,
  // Dates are text (2024-03-14, 2024-03, 2024): ranges are string comparisons.
  features: { filters: { String: { GT: true, GTE: true, LT: true, LTE: true } } },
}).getSchema();
const yoga = createYoga({ schema, graphqlEndpoint: "/graphql", logging: false, graphiql: false, maskedErrors: false });
createServer(yoga).listen(port, "127.0.0.1", () => console.log(`@neo4j/graphql on http://127.0.0.1:${port}/graphql`));

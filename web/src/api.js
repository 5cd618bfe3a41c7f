// The explorer's only way to the data: POST /graphql. Every query the page
// makes is here, so a change of the API touches one file. Results come back
// as plain objects in the API's own shapes, with enums in lower case.

export class APIError extends Error {
  constructor(message, { status, cause } = {}) {
    super(message, { cause });
    this.name = 'APIError';
    this.status = status;
  }
}

const ENDPOINT = '/graphql';

/** Runs one query; throws APIError with a sentence a person can read. */
export async function gql(query, variables = {}, { signal } = {}) {
  let res;
  try {
    res = await fetch(ENDPOINT, {
      method: 'POST',
      headers: { 'Content-Type': 'application/json', Accept: 'application/json' },
      body: JSON.stringify({ query, variables }),
      signal,
    });
  } catch (err) {
    if (err.name === 'AbortError') throw err;
    throw new APIError('The API does not answer: is `attache serve` running?', { cause: err });
  }
  let body;
  try {
    body = await res.json();
  } catch (err) {
    throw new APIError(`The API answered ${res.status} without JSON.`, { status: res.status, cause: err });
  }
  if (body.errors && body.errors.length) {
    throw new APIError(body.errors.map((e) => e.message).join('; '), { status: res.status });
  }
  if (!res.ok) throw new APIError(`The API answered ${res.status}.`, { status: res.status });
  return lowerEnums(body.data);
}

// The API's enums (HELD, MEETING, HEAD_OF_STATE) are shown in lower case.
const ENUM_FIELDS = new Set(['kind', 'status', 'level', 'datePrecision']);
function lowerEnums(v) {
  if (Array.isArray(v)) return v.map(lowerEnums);
  if (v && typeof v === 'object') {
    const out = {};
    for (const [k, x] of Object.entries(v)) {
      out[k] = ENUM_FIELDS.has(k) && typeof x === 'string' ? x.toLowerCase() : lowerEnums(x);
    }
    return out;
  }
  return v;
}

/** The API's MeetingFilter from the explorer's (lower-case, single-valued) one. */
export function apiFilter(f) {
  const out = { ...f };
  if (out.kind) out.kind = [out.kind.toUpperCase()];
  if (out.status) out.status = [out.status.toUpperCase()];
  return out;
}

const OFFICIAL = `id name title level organization aliases country { code name }`;
const MEETING = `
  id kind status date datePrecision
  location { city country { code name } }
  host { code name }
  participants { ${OFFICIAL} }
  countries { code name }
  issues { id label }
  issueEvidence { issue { id label } evidence { evidence start end article { id title outlet published } } }
  reports { evidence start end article { id title url outlet published } }`;

/** Every query the explorer sends, by operation name (validated against the SDL by api.test.js). */
export const QUERIES = {
  Search: `query Search($text: String!, $first: Int) {
      search(text: $text, first: $first) { kind id label score
        official { id title country { code name } }
        country { code name }
        issue { id label }
        article { id title published } }
    }`,
  Meetings: `query Meetings($filter: MeetingFilter, $first: Int) {
      meetings(filter: $filter, first: $first) { totalCount edges { node { ${MEETING} } } }
    }`,
  Meeting: `query Meeting($id: ID!) { meeting(id: $id) { ${MEETING} } }`,
  Article: `query Article($id: ID!) { article(id: $id) { id title url outlet published meetings { ${MEETING} } } }`,
  ArticleText: `query ArticleText($id: ID!) { article(id: $id) { id title url outlet published text } }`,
  Official: `query Official($id: ID!) {
      official(id: $id) { ${OFFICIAL}
        roles { title level firstSeen lastSeen country { code name } }
        counterparts(first: 10) { meetingCount firstDate lastDate official { id name country { code name } } }
        issues(first: 10) { count issue { id label } }
      }
    }`,
  Country: `query Country($code: ID!, $granularity: Granularity, $from: Date, $to: Date) {
      country(code: $code) { code name
        leaders { ${OFFICIAL} }
        partners(from: $from, to: $to, first: 15) { meetingCount firstDate lastDate country { code name } }
        timeline(granularity: $granularity) { period meetingCount }
        partnersOverTime(by: YEAR, from: $from, to: $to, first: 5) { meetingCount country { code name } buckets { period meetingCount } }
        officialsWhoMet(from: $from, to: $to, first: 15) { edges { node {
          meetingCount firstDate lastDate
          official { ${OFFICIAL} }
          counterparts { id name }
        } } }
      }
    }`,
  CountryLinks: `query CountryLinks($from: Date, $to: Date, $first: Int) {
      countryLinks(from: $from, to: $to, first: $first) { meetingCount firstDate lastDate a { code name } b { code name } }
    }`,
  Issue: `query Issue($id: ID!) { issue(id: $id) { id label description meetingCount articleCount } }`,
  Issues: `query Issues { issues { id label meetingCount } }`,
  Connection: `query Connection($from: ID!, $to: ID!) {
      connections(from: $from, to: $to, first: 4) { hops steps { kind id label relationship
        official { ${OFFICIAL} }
        meeting { ${MEETING} }
        country { code name } } }
    }`,
};

export async function search(text, first = 8, opts) {
  const d = await gql(QUERIES.Search, { text, first }, opts);
  return d.search;
}

export async function meetings(filter, first = 50, opts) {
  const d = await gql(QUERIES.Meetings, { filter: apiFilter(filter), first }, opts);
  return { total: d.meetings.totalCount, items: d.meetings.edges.map((e) => e.node) };
}

export async function meeting(id, opts) {
  const d = await gql(QUERIES.Meeting, { id }, opts);
  return d.meeting;
}

export async function article(id, opts) {
  const d = await gql(QUERIES.Article, { id }, opts);
  return d.article;
}

/** An article with its cleaned text, which evidence offsets point into. */
export async function articleText(id, opts) {
  const d = await gql(QUERIES.ArticleText, { id }, opts);
  return d.article;
}

export async function official(id, opts) {
  const d = await gql(QUERIES.Official, { id }, opts);
  return d.official;
}

export async function country(code, { granularity = 'YEAR', from, to } = {}, opts) {
  const d = await gql(QUERIES.Country, { code, granularity, from: from || null, to: to || null }, opts);
  return d.country;
}

export async function issue(id, opts) {
  const d = await gql(QUERIES.Issue, { id }, opts);
  return d.issue;
}

export async function issues(opts) {
  const d = await gql(QUERIES.Issues, {}, opts);
  return d.issues;
}

/**
 * The shortest path between two officials through shared engagements, with
 * the other paths of the same length as `alternatives`; null when none.
 */
export async function connection(from, to, opts) {
  const d = await gql(QUERIES.Connection, { from, to }, opts);
  const [first, ...rest] = d.connections;
  if (!first) return null;
  first.alternatives = rest;
  return first;
}

/** The country-to-country summary: pairs of states by engagements shared. */
export async function countryLinks({ from, to } = {}, first = 80, opts) {
  const d = await gql(QUERIES.CountryLinks, { from: from || null, to: to || null, first }, opts);
  return d.countryLinks;
}

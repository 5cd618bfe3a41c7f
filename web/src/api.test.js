import { test } from 'node:test';
import assert from 'node:assert/strict';
import { readFileSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import { buildSchema, parse, validate } from 'graphql';
import { QUERIES, apiFilter } from './api.js';

// The explorer's queries must be valid against the project's SDL: a change
// of the API that breaks the page fails here, without a browser.
const dir = join(import.meta.dirname, '..', '..', 'schema');
const sdl = readdirSync(dir).filter((f) => f.endsWith('.graphqls')).sort().map((f) => readFileSync(join(dir, f), 'utf8')).join('\n');
const schema = buildSchema(sdl);

for (const [name, query] of Object.entries(QUERIES)) {
  test(`query ${name} is valid against schema/*.graphqls`, () => {
    const errors = validate(schema, parse(query));
    assert.deepEqual(errors.map((e) => e.message), []);
  });
}

test('apiFilter turns single lower-case choices into the API enums', () => {
  assert.deepEqual(apiFilter({ countries: ['PE'], kind: 'visit', status: 'held', from: '2005' }), { countries: ['PE'], kind: ['VISIT'], status: ['HELD'], from: '2005' });
  assert.deepEqual(apiFilter({ official: 'x' }), { official: 'x' });
});

import { test } from 'node:test';
import assert from 'node:assert/strict';
import { summaryElements } from './summary.js';

test('summary: a node per state with its total, an edge per pair with its weight', () => {
  const els = summaryElements([
    { a: { code: 'PE', name: 'Peru' }, b: { code: 'US', name: 'United States' }, meetingCount: 3 },
    { a: { code: 'GB', name: 'United Kingdom' }, b: { code: 'US', name: 'United States' }, meetingCount: 1 },
  ]);
  const nodes = Object.fromEntries(els.filter((e) => e.group === 'nodes').map((e) => [e.data.code, e.data]));
  assert.deepEqual(Object.keys(nodes).sort(), ['GB', 'PE', 'US']);
  assert.equal(nodes.US.total, 4);
  assert.equal(nodes.PE.label, 'Peru');
  assert.ok(nodes.US.size > nodes.GB.size, 'bigger states are drawn bigger');
  const edges = els.filter((e) => e.group === 'edges').map((e) => e.data);
  assert.deepEqual(edges.map((e) => [e.source, e.target, e.weight]), [['country:PE', 'country:US', 3], ['country:GB', 'country:US', 1]]);
  assert.ok(edges[0].width > edges[1].width, 'heavier pairs are drawn wider');
});

test('summary of nothing is empty', () => {
  assert.deepEqual(summaryElements([]), []);
});

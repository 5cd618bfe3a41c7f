import { test } from 'node:test';
import assert from 'node:assert/strict';
import { toGraphML, toJSON, exportName } from './export.js';

const view = {
  nodes: [
    { id: 'country:PE', type: 'country', label: 'Peru' },
    { id: 'meeting:m1', type: 'meeting', label: 'meeting 2005-08-18', date: '2005-08-18', kind: 'meeting', status: 'held' },
    { id: 'official:o"1', type: 'official', label: 'A & B <C>' },
  ],
  edges: [
    { id: 'e1', source: 'meeting:m1', target: 'country:PE', type: 'country' },
    { id: 'e2', source: 'meeting:m1', target: 'official:o"1', type: 'participant' },
  ],
};

test('GraphML holds every node and edge, escaped', () => {
  const xml = toGraphML(view);
  assert.match(xml, /^<\?xml version="1.0" encoding="UTF-8"\?>/);
  assert.equal((xml.match(/<node /g) || []).length, 3);
  assert.equal((xml.match(/<edge /g) || []).length, 2);
  assert.match(xml, /<data key="n_label">A &amp; B &lt;C&gt;<\/data>/);
  assert.match(xml, /id="official:o&quot;1"/);
  assert.match(xml, /<data key="n_date">2005-08-18<\/data>/);
  assert.doesNotMatch(xml, /<data key="n_title">/, 'empty attributes are left out');
});

test('GraphML drops control characters XML forbids', () => {
  const xml = toGraphML({ nodes: [{ id: 'x', type: 'issue', label: 'a\u0001b' }], edges: [] });
  assert.match(xml, />ab</);
});

test('JSON carries the state and link', () => {
  const doc = JSON.parse(toJSON(view, { expanded: ['country:PE'] }, 'http://h/?e=country:PE'));
  assert.equal(doc.nodes.length, 3);
  assert.equal(doc.link, 'http://h/?e=country:PE');
  assert.deepEqual(doc.state.expanded, ['country:PE']);
});

test('export names are safe file names', () => {
  const now = new Date('2026-01-02T03:04:05Z');
  assert.equal(exportName('Peru & friends', 'graphml', now), 'attache-peru-friends-2026-01-02.graphml');
  assert.equal(exportName('', 'png', now), 'attache-graph-2026-01-02.png');
});

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

test('GraphML carries what Gephi reads: typed columns, position, size and colour', () => {
  const xml = toGraphML({
    nodes: [{ id: 'country:PE', type: 'country', label: 'Peru', x: 12.5, y: -3, size: 34, color: '#2e7d32', meetings: 4, degree: 5 },
      { id: 'meeting:m1', type: 'meeting', label: 'talks 2005', date: '2005', datePrecision: 'year', kind: 'talks', status: 'held', countries: 'PE US', degree: 2 }],
    edges: [],
  });
  assert.match(xml, /<key id="n_x" for="node" attr.name="x" attr.type="double"\/>/);
  assert.match(xml, /<key id="n_meetings" for="node" attr.name="meetings" attr.type="int"\/>/);
  assert.match(xml, /<data key="n_x">12.5<\/data>/);
  assert.match(xml, /<data key="n_y">-3<\/data>/);
  assert.match(xml, /<data key="n_r">46<\/data>\s*<data key="n_g">125<\/data>\s*<data key="n_b">50<\/data>/);
  assert.match(xml, /<data key="n_meetings">4<\/data>/);
  assert.match(xml, /<data key="n_countries">PE US<\/data>/);
  assert.match(xml, /<data key="n_datePrecision">year<\/data>/);
  assert.match(xml, /<data key="n_status">held<\/data>/);
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

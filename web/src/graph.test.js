import { test } from 'node:test';
import assert from 'node:assert/strict';
import { Graph, nodeBox } from './graph.js';

// Invented meetings: two states met twice, one of them a third state once.
const m = (id, countries, participants = [], issues = []) => ({
  id, kind: 'meeting', status: 'held', date: '2005-08-18',
  countries: countries.map((code) => ({ code, name: code })),
  participants: participants.map((pid) => ({ id: pid, name: pid, country: { code: pid.slice(0, 2) } })),
  issues: issues.map((iid) => ({ id: iid, label: iid })),
});
const AB1 = m('ab1', ['AA', 'BB'], ['AA-sani', 'BB-musa'], ['trade']);
const AB2 = m('ab2', ['AA', 'BB'], ['AA-sani']);
const BC1 = m('bc1', ['BB', 'CC'], ['CC-okafor'], ['water']);

function graphOf(loads) {
  const g = new Graph(undefined);
  for (const [source, meetings] of loads) for (const x of meetings) g.addMeeting(x, source);
  return g;
}
const ids = (g) => g.cy.nodes().map((n) => n.id()).sort();

test('collapse takes back only what no other expansion needs', () => {
  const cases = [
    {
      name: 'a state whose meetings another expansion also drew keeps them',
      loads: [['country:AA', [AB1, AB2]], ['country:BB', [AB1, AB2, BC1]]],
      collapse: 'country:AA', keep: ['country:BB'],
      gone: [],
    },
    {
      name: 'meetings only it drew go, with what only they linked',
      loads: [['country:AA', [AB1, AB2]], ['country:BB', [AB1, AB2, BC1]]],
      collapse: 'country:BB', keep: ['country:AA'],
      gone: ['country:CC', 'issue:water', 'meeting:bc1', 'official:CC-okafor'],
    },
    {
      name: 'the collapsed node itself stays, even alone',
      loads: [['country:CC', [BC1]]],
      collapse: 'country:CC', keep: [],
      gone: ['country:BB', 'issue:water', 'meeting:bc1', 'official:CC-okafor'],
    },
    {
      name: 'what the path needs stays',
      loads: [['country:CC', [BC1]], ['path', [BC1]]],
      collapse: 'country:CC', keep: ['meeting:bc1'],
      gone: [],
    },
  ];
  for (const c of cases) {
    const g = graphOf(c.loads);
    const before = ids(g);
    const removed = g.collapse(c.collapse, new Set(c.keep));
    const after = ids(g);
    assert.deepEqual(before.filter((k) => !after.includes(k)), c.gone, c.name);
    assert.equal(removed, c.gone.length, c.name);
    assert.equal([...g.meetings.keys()].length, after.filter((k) => k.startsWith('meeting:')).length, `${c.name}: the meeting map follows`);
  }
});

test('setHidden hides exactly the kinds asked for', () => {
  const g = graphOf([['country:AA', [AB1, BC1]]]);
  g.setHidden(['official', 'issue']);
  const hidden = g.cy.nodes('.hidden').map((n) => n.data('type'));
  assert.ok(hidden.length > 0 && hidden.every((t) => t === 'official' || t === 'issue'));
  assert.equal(hidden.length, g.cy.nodes('[type="official"], [type="issue"]').length);
  g.setHidden([]);
  assert.equal(g.cy.nodes('.hidden').length, 0);
});

test('layoutAround places new nodes and leaves placed ones where they were', async () => {
  const g = graphOf([['country:AA', [AB1, AB2]]]);
  await g.layout();
  const before = Object.fromEntries(g.cy.nodes().map((n) => [n.id(), { ...n.position() }]));
  const placed = g.placedIds();
  g.addMeeting(BC1, 'country:BB');
  await g.layoutAround(placed, 'country:BB');
  for (const [id, p] of Object.entries(before)) assert.deepEqual(g.cy.getElementById(id).position(), p, `${id} stayed`);
  const fresh = g.cy.nodes().filter((n) => !placed.has(n.id()));
  assert.deepEqual(fresh.map((n) => n.id()).sort(), ['country:CC', 'issue:water', 'meeting:bc1', 'official:CC-okafor']);
  // No new node sits on another node.
  g.cy.nodes().forEach((a) => fresh.forEach((b) => {
    if (a === b) return;
    const d = Math.hypot(a.position('x') - b.position('x'), a.position('y') - b.position('y'));
    assert.ok(d > 20, `${b.id()} is ${d.toFixed(1)} px from ${a.id()}`);
  }));
  assert.equal(g.lastLayout.added, 4);
});

test('new meetings stay undrawn until a layout has placed them, then all are shown', async () => {
  const g = graphOf([['country:AA', [AB1]]]);
  await g.layout();
  assert.equal(g.cy.elements('.placing').length, 0, 'the first layout shows everything');
  const placed = g.placedIds();
  g.addMeetings([AB2, BC1], 'country:BB');
  const waiting = g.cy.nodes('.placing').map((n) => n.id()).sort();
  assert.deepEqual(waiting, ['country:CC', 'issue:water', 'meeting:ab2', 'meeting:bc1', 'official:CC-okafor']);
  await g.layoutAround(placed, 'country:BB');
  assert.equal(g.cy.elements('.placing').length, 0, 'every new node and edge is shown once placed');
});

test('nodeBox makes room for the label under the node', () => {
  const short = nodeBox('official', 'Ali');
  const long = nodeBox('official', 'Foreign Minister Ali Sani of Niger and more words besides');
  assert.ok(short.w >= 26 && short.h > 26);
  assert.ok(long.w > short.w && long.w <= 142 + 1, `${long.w}`);
  assert.equal(nodeBox('country', 'AA').h > nodeBox('country', '').h - 1, true);
});

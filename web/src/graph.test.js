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
  g.flush();
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

test('new meetings stay staged until a layout has placed them, then all are drawn', async () => {
  const g = new Graph(undefined);
  g.addMeetings([AB1], 'country:AA');
  assert.equal(g.cy.nodes().length, 0, 'nothing drawn before the layout');
  assert.ok(g.has('meeting:ab1') && !g.isEmpty(), 'but the graph knows it');
  await g.layout();
  assert.deepEqual(ids(g), ['country:AA', 'country:BB', 'issue:trade', 'meeting:ab1', 'official:AA-sani', 'official:BB-musa']);
  const placed = g.placedIds();
  const before = Object.fromEntries(g.cy.nodes().map((n) => [n.id(), { ...n.position() }]));
  g.addMeetings([AB2, BC1], 'country:BB');
  assert.equal(g.cy.nodes().length, 6, 'the new ones wait in the stage');
  assert.equal(g.node('meeting:bc1').type, 'meeting');
  await g.layoutAround(placed, 'country:BB');
  assert.deepEqual(ids(g).filter((k) => !placed.has(k)), ['country:CC', 'issue:water', 'meeting:ab2', 'meeting:bc1', 'official:CC-okafor']);
  for (const [id, p] of Object.entries(before)) assert.deepEqual(g.cy.getElementById(id).position(), p, `${id} stayed`);
  // Every edge of the new meetings is drawn, to drawn and new nodes alike.
  assert.equal(g.cy.getElementById('meeting:ab2').degree(false), 3);
  assert.equal(g.cy.getElementById('meeting:bc1').degree(false), 4);
  assert.equal(g.stage, null, 'the stage is used up');
});

test('nodeBox makes room for the label under the node', () => {
  const short = nodeBox('official', 'Ali');
  const long = nodeBox('official', 'Foreign Minister Ali Sani of Niger and more words besides');
  assert.ok(short.w >= 26 && short.h > 26);
  assert.ok(long.w > short.w && long.w <= 142 + 1, `${long.w}`);
  assert.equal(nodeBox('country', 'AA').h > nodeBox('country', '').h - 1, true);
});

test('setHidden, markExpanded and select restyle only the nodes that change', () => {
  const g = graphOf([['country:AA', [AB1, AB2, BC1]]]);
  const restyled = [];
  g.cy.on('class select unselect', 'node', (e) => restyled.push(e.target.id()));
  const cases = [
    { name: 'hiding issues', run: () => g.setHidden(['issue']), want: ['issue:trade', 'issue:water'] },
    { name: 'hiding issues again', run: () => g.setHidden(['issue']), want: [] },
    { name: 'showing them', run: () => g.setHidden([]), want: ['issue:trade', 'issue:water'] },
    { name: 'marking a state expanded', run: () => g.markExpanded(['country:AA']), want: ['country:AA'] },
    { name: 'marking it again', run: () => g.markExpanded(['country:AA']), want: [] },
    { name: 'marking another instead', run: () => g.markExpanded(['country:BB']), want: ['country:AA', 'country:BB'] },
    { name: 'selecting a node', run: () => g.select('meeting:ab1'), want: ['meeting:ab1'] },
    { name: 'selecting it again', run: () => g.select('meeting:ab1'), want: [] },
  ];
  for (const c of cases) {
    restyled.length = 0;
    c.run();
    assert.deepEqual([...new Set(restyled)].sort(), c.want, c.name);
  }
});

// The country-to-country summary: every state as one node, sized by its
// engagements, and one edge per pair of states weighted by the engagements
// they shared in the date filter (the API's countryLinks). It answers "who
// deals with whom" on a decade of news without drawing thousands of
// meetings; a click on an edge drills down to that pair's engagements. It
// runs in its own dialog and Cytoscape instance, so the main graph and its
// state are untouched until the analyst asks to open a pair there.
import cytoscape from 'cytoscape';
import { h, clear, append } from './dom.js';

const COUNTRY = '#2e7d32';

/**
 * Cytoscape elements from links [{a, b, meetingCount}]: a node per state
 * with its total engagements over the links, an edge per pair with its
 * weight. Pure, so it is tested without a browser.
 */
export function summaryElements(links) {
  const totals = new Map();
  const names = new Map();
  for (const l of links) {
    for (const c of [l.a, l.b]) {
      totals.set(c.code, (totals.get(c.code) || 0) + l.meetingCount);
      names.set(c.code, c.name || c.code);
    }
  }
  const max = Math.max(1, ...totals.values());
  const maxW = Math.max(1, ...links.map((l) => l.meetingCount));
  const nodes = [...totals].map(([code, total]) => ({
    group: 'nodes',
    data: { id: `country:${code}`, code, label: names.get(code), total, size: 18 + 42 * Math.sqrt(total / max) },
  }));
  const edges = links.map((l) => ({
    group: 'edges',
    data: {
      id: `link:${l.a.code}-${l.b.code}`, source: `country:${l.a.code}`, target: `country:${l.b.code}`,
      a: l.a.code, b: l.b.code, weight: l.meetingCount, label: String(l.meetingCount),
      width: 1 + 9 * (l.meetingCount / maxW), firstDate: l.firstDate || '', lastDate: l.lastDate || '',
    },
  }));
  return [...nodes, ...edges];
}

const STYLE = [
  { selector: 'node', style: { 'background-color': COUNTRY, shape: 'round-rectangle', width: 'data(size)', height: 'data(size)', label: 'data(label)', 'font-size': 12, 'text-valign': 'bottom', 'text-margin-y': 4, 'text-background-color': '#fff', 'text-background-opacity': 0.8 } },
  { selector: 'edge', style: { width: 'data(width)', 'line-color': '#8a9aa8', opacity: 0.75, label: 'data(label)', 'font-size': 10, 'text-background-color': '#fff', 'text-background-opacity': 0.9, 'curve-style': 'haystack' } },
  { selector: 'edge:selected', style: { 'line-color': '#d81b60', opacity: 1 } },
];

let dialog = null;
let cy = null;

function summaryDialog() {
  if (dialog && dialog.isConnected) return dialog;
  dialog = h('dialog', { id: 'summary', class: 'summary', 'aria-labelledby': 'summary-title' });
  document.body.appendChild(dialog);
  dialog.addEventListener('close', () => {
    cy?.destroy();
    cy = null;
  });
  return dialog;
}

/**
 * Opens the summary. deps: fetchLinks({from, to}) → links; fetchMeetings(a,
 * b, {from, to}) → meetings of the pair; range {from, to}; describe(m) → a
 * line for a meeting; onOpenPair(a, b) opens both states in the main graph.
 * The time it took to draw is kept on window.attacheSummary.drawMs for the
 * browser tests.
 */
export async function openSummary({ fetchLinks, fetchMeetings, range, describe, onOpenPair }) {
  const d = summaryDialog();
  clear(d);
  const title = `Who deals with whom${range.from || range.to ? ` (${range.from || '…'} – ${range.to || '…'})` : ''}`;
  const canvas = h('div', { class: 'summary-graph', 'aria-label': 'Country-to-country summary' });
  const side = h('div', { class: 'summary-side' }, h('p', { class: 'muted' }, 'Click a line to see the engagements of that pair of states.'));
  append(d,
    h('div', { class: 'reader-head' }, h('h2', { id: 'summary-title' }, title),
      h('button', { type: 'button', class: 'small', onclick: () => d.close() }, 'Close')),
    h('p', { class: 'muted summary-note' }, 'Loading…'),
    h('div', { class: 'summary-body' }, canvas, side));
  if (!d.open) d.showModal();
  let links;
  try {
    links = await fetchLinks(range);
  } catch (err) {
    d.querySelector('.summary-note').textContent = `Could not load the summary: ${err.message}`;
    return;
  }
  const t0 = performance.now();
  cy?.destroy();
  cy = cytoscape({ container: canvas, elements: summaryElements(links), style: STYLE, wheelSensitivity: 0.3 });
  // Four rings at most, the busiest states in the middle: one ring per
  // distinct total would stack the states on a line.
  const most = Math.max(1, ...cy.nodes().map((n) => n.data('total')));
  cy.layout({ name: 'concentric', concentric: (n) => n.data('total'), levelWidth: () => Math.max(1, most / 4), minNodeSpacing: 36, animate: false }).run();
  cy.fit(undefined, 20);
  const drawMs = performance.now() - t0;
  d.querySelector('.summary-note').textContent = links.length
    ? `${cy.nodes().length} states, ${links.length} pairs, the heaviest first; line width and number: engagements shared.`
    : 'No engagements in this period.';
  const pick = async (edgeId) => {
    const e = cy.getElementById(edgeId);
    if (e.empty()) return;
    cy.edges().unselect();
    e.select();
    const { a, b } = e.data();
    clear(side);
    append(side, h('h3', {}, `${cy.getElementById(`country:${a}`).data('label')} – ${cy.getElementById(`country:${b}`).data('label')}`), h('p', { class: 'muted' }, 'Loading…'));
    try {
      const meetings = await fetchMeetings(a, b, range);
      side.querySelector('p').remove();
      append(side,
        h('ul', { class: 'summary-meetings' }, meetings.map((m) => h('li', {}, describe(m)))),
        h('button', { type: 'button', class: 'small', onclick: () => { d.close(); onOpenPair(a, b); } }, 'Open both in the graph'));
    } catch (err) {
      side.querySelector('p').textContent = `Could not load the engagements: ${err.message}`;
    }
  };
  cy.on('tap', 'edge', (evt) => pick(evt.target.id()));
  window.attacheSummary = { cy, drawMs, pick };
}

// The explorer: wires the search box, filters, graph, side panel, path finder
// and exports together, and keeps the URL in step with what is on screen.
import './style.css';
import * as api from './api.js';
import { Graph, meetingLabel } from './graph.js';
import { h, clear, append } from './dom.js';
import { decodeState, encodeState, parseKey, makeKey, meetingFilter, dateInRange, toggleHidden, DRAWN, aggregateFrom, firstDay, lastDay } from './state.js';
import { toGraphML, toJSON, exportName } from './export.js';
import { renderMeeting, renderOfficial, renderCountry, renderIssue, renderPath, renderMessage } from './panel.js';
import { openSummary } from './summary.js';

const $ = (id) => document.getElementById(id);
const els = {
  search: $('search'), suggestions: $('suggestions'), status: $('status'), empty: $('empty'),
  details: $('details'), nodeList: $('node-list'), panel: $('panel'),
  from: $('f-from'), to: $('f-to'), kind: $('f-kind'), status_: $('f-status'), issue: $('f-issue'),
  pathFrom: $('p-from'), pathTo: $('p-to'), pathClear: $('p-clear'), officialOptions: $('official-options'),
  nodeActions: $('node-actions'), collapse: $('collapse'), legend: $('legend'),
};

let state = decodeState(window.location.search);
const welcome = [...els.empty.childNodes].map((n) => n.cloneNode(true)); // the first visit's explanation
const labels = new Map(); // entity key → a name to show before its node exists
let granularity = 'YEAR';
let pathResult = null;
let generation = 0; // bumps on every rebuild so late answers of an old view are dropped

const graph = new Graph($('graph'), {
  onSelect: (key) => {
    // A click on the background also lifts a focus.
    if (!key && state.focus) focus(null);
    select(key);
  },
  onExpand: (key) => expand(key),
  onFocus: (key) => focus(key),
});
window.attacheExplorer = { graph, get state() { return state; } }; // for debugging and the browser tests

// ---- status line -------------------------------------------------------

function say(text, kind = 'info') {
  els.status.textContent = text;
  els.status.className = `status ${kind}`;
  document.body.classList.toggle('busy', kind === 'loading');
}

function nameOf(key) {
  return graph.node(key)?.label || labels.get(key) || parseKey(key)?.id || key;
}

function syncURL(push = false) {
  const url = `${window.location.pathname}${encodeState(state)}`;
  if (url === `${window.location.pathname}${window.location.search}`) return;
  if (push) window.history.pushState(null, '', url);
  else window.history.replaceState(null, '', url);
}

// ---- loading the graph -------------------------------------------------

function keepMeeting(m) {
  const f = state.filters;
  if (f.kind && m.kind !== f.kind) return false;
  if (f.status && m.status !== f.status) return false;
  if (f.issue && !(m.issues || []).some((i) => i.id === f.issue)) return false;
  return dateInRange(m.date, f.from, f.to);
}

// How many engagements one expansion draws (newest first); the status line
// says when there are more, and the filters narrow them.
const PAGE = 60;
const truncated = new Map(); // entity key → how many engagements it has in all

/** Fetches the meetings around one entity under the current filters. */
async function fetchAround(key) {
  const p = parseKey(key);
  if (!p) return [];
  if (p.type === 'meeting') {
    const m = await api.meeting(p.id);
    return m ? [m] : [];
  }
  if (p.type === 'article') {
    const a = await api.article(p.id);
    return (a?.meetings || []).filter(keepMeeting);
  }
  const { items, total } = await api.meetings(meetingFilter(key, state.filters), PAGE);
  // The API was asked from the start of the year (so that partial dates come
  // back); what lies before the range is dropped here.
  const kept = items.filter((m) => dateInRange(m.date, state.filters.from, state.filters.to));
  const all = total - (items.length - kept.length);
  if (all > kept.length) truncated.set(key, all);
  return kept;
}


/** Draws meetings brought in by expanding `source`. */
function addAll(meetings, source) {
  graph.addMeetings(meetings, source);
}

/**
 * Lets the page draw and answer input before the next step: the steps of an
 * expansion (adding, laying out, the lists, the panel) then run as several
 * short tasks instead of one long one.
 */
function breathe() {
  return new Promise((resolve) => setTimeout(resolve, 0));
}

/**
 * refreshChrome for the end of an expansion or a rebuild on a big graph: the
 * same work, with the page let to draw and answer between the graph's marks,
 * the list of hundreds of nodes and the officials' suggestions.
 */
async function refreshChromeInSteps() {
  await breathe();
  refreshChrome(null, { lists: false });
  await breathe();
  renderNodeList();
  await breathe();
  fillOfficialOptions();
}

function refreshChrome(error = null, { lists = true } = {}) {
  const empty = graph.isEmpty();
  els.empty.hidden = !empty;
  if (empty && error) {
    append(clear(els.empty),
      h('h2', {}, 'Could not load the graph'),
      h('p', {}, error.message),
      h('button', { type: 'button', onclick: () => rebuild() }, 'Try again'));
  } else if (empty && state.expanded.length) {
    append(clear(els.empty),
      h('h2', {}, 'Nothing to show'),
      h('p', {}, `No engagements of ${state.expanded.map(nameOf).join(', ')} match these filters.`),
      h('p', {}, 'Widen the dates or clear the filters.'),
    );
  } else if (empty) {
    append(clear(els.empty), welcome.map((n) => n.cloneNode(true)));
  }
  graph.markExpanded(state.expanded);
  graph.setHidden(state.hidden);
  graph.select(state.selected);
  if (lists) renderNodeList();
  renderTypeToggles();
  renderNodeActions();
  if (lists) fillOfficialOptions();
}

/** Clears the graph and loads every expanded entity again (filters changed, or a link was opened). */
async function rebuild() {
  const gen = ++generation;
  graph.clear();
  details.clear();
  if (!state.expanded.length && !state.path) {
    refreshChrome();
    say('');
    await showSelection();
    return;
  }
  say(`Loading ${state.expanded.map(nameOf).join(', ') || 'the path'}…`, 'loading');
  try {
    truncated.clear();
    const lists = await Promise.all(state.expanded.map(fetchAround));
    if (gen !== generation) return;
    lists.forEach((meetings, i) => addAll(meetings, state.expanded[i]));
    if (state.path) await loadPath(gen);
    if (gen !== generation) return;
    await graph.layout();
    if (gen !== generation) return;
    await refreshChromeInSteps();
    if (gen !== generation) return;
    if (state.focus) graph.focus(state.focus);
    if (pathResult) graph.highlightPath(pathKeys(pathResult));
    summarise();
  } catch (err) {
    if (gen !== generation) return;
    refreshChrome(err);
    say(`Could not load the graph: ${err.message}`, 'error');
  }
  await showSelection();
}

/** Adds one entity's neighbours without reloading the rest. */
async function expand(key) {
  if (!key || state.expanded.includes(key)) return;
  const p = parseKey(key);
  if (p.type === 'meeting' && graph.has(key)) return; // its neighbours are already drawn
  const gen = generation;
  say(`Expanding ${nameOf(key)}…`, 'loading');
  try {
    const meetings = await fetchAround(key);
    if (gen !== generation) return;
    await breathe(); // the answer's parsing was a task of its own
    if (gen !== generation) return;
    state.expanded.push(key);
    const placed = graph.placedIds();
    addAll(meetings, key);
    await graph.layoutAround(placed, key);
    await refreshChromeInSteps();
    syncURL(true);
    summarise(`Expanded ${nameOf(key)} (${meetings.length} engagement${meetings.length === 1 ? '' : 's'}).`);
    await breathe();
    // The panel lists the engagements in view: after an expansion there are more.
    await refreshPanel();
  } catch (err) {
    say(`Could not expand ${nameOf(key)}: ${err.message}`, 'error');
  }
}

function summarise(prefix = '') {
  const counts = { official: 0, country: 0, meeting: 0, issue: 0 };
  graph.cy.nodes().forEach((n) => { counts[n.data('type')] = (counts[n.data('type')] || 0) + 1; });
  const n = (k, one, many) => `${counts[k]} ${counts[k] === 1 ? one : many}`;
  let text = `${n('meeting', 'engagement', 'engagements')}, ${n('official', 'official', 'officials')}, ${n('country', 'state', 'states')}, ${n('issue', 'issue', 'issues')} in view.`;
  const more = [...truncated].filter(([k]) => state.expanded.includes(k));
  if (more.length) {
    text += ` Showing the newest ${PAGE} of ${more.map(([k, total]) => `${total} for ${nameOf(k)}`).join(', ')}: narrow the dates to see older ones.`;
  }
  say(prefix ? `${prefix} ${text}` : text);
}

// ---- selection, focus and the side panel --------------------------------

const panelCtx = {
  open: (key) => {
    select(key);
    expand(key);
  },
  get granularity() { return granularity; },
  setGranularity: (g) => {
    granularity = g;
    showSelection();
  },
  // The timeline's bars and slider set the date filter.
  get range() { return { from: state.filters.from, to: state.filters.to }; },
  setRange: ({ from, to }) => {
    state.filters = { ...state.filters, from, to };
    writeFilters();
    syncURL(true);
    rebuild();
  },
};

function meetingsTouching(key) {
  const n = graph.cy.getElementById(key);
  if (n.empty()) return [];
  return n.neighborhood('node[type="meeting"]').map((m) => graph.meetings.get(m.id())).filter(Boolean)
    .sort((a, b) => String(b.date || '').localeCompare(String(a.date || '')));
}

// What the panel fetched for an entity, by entity and period: redrawing the
// panel after an expansion then needs no second request. Cleared on rebuild.
const details = new Map();
function cached(parts, load) {
  const k = JSON.stringify(parts);
  if (!details.has(k)) details.set(k, load().catch((err) => { details.delete(k); throw err; }));
  return details.get(k);
}

/** Redraws the panel for what is now in view, where the reader had scrolled to. */
async function refreshPanel() {
  const top = els.panel.scrollTop;
  await showSelection();
  els.panel.scrollTop = top;
}

let panelToken = 0;
async function showSelection() {
  const token = ++panelToken;
  const key = state.selected;
  const p = parseKey(key);
  if (!p) {
    if (pathResult !== null || state.path) return renderPath(els.details, pathResult, panelCtx);
    return renderMessage(els.details, 'Nothing selected', graph.isEmpty() ? 'Search above to begin.' : 'Select a node in the graph or in the list below to see its details and evidence.');
  }
  try {
    if (p.type === 'meeting') {
      const m = graph.meetings.get(key) || (await api.meeting(p.id));
      if (token !== panelToken) return;
      if (!m) return renderMessage(els.details, 'Not found', 'This engagement is not in the graph.');
      return renderMeeting(els.details, m, panelCtx);
    }
    renderMessage(els.details, nameOf(key), 'Loading…');
    if (p.type === 'official') {
      const o = await cached([key], () => api.official(p.id));
      if (token !== panelToken) return;
      if (!o) return renderMessage(els.details, 'Not found', `No official ${p.id}.`);
      return renderOfficial(els.details, o, meetingsTouching(key), panelCtx);
    }
    if (p.type === 'country') {
      const c = await cached([key, granularity, state.filters.from, state.filters.to],
        () => api.country(p.id, { granularity, from: aggregateFrom(state.filters.from), to: lastDay(state.filters.to) }));
      if (token !== panelToken) return;
      if (!c) return renderMessage(els.details, 'Not found', `No country ${p.id}.`);
      return renderCountry(els.details, c, meetingsTouching(key), panelCtx);
    }
    if (p.type === 'issue') {
      const i = await cached([key], () => api.issue(p.id));
      if (token !== panelToken) return;
      if (!i) return renderMessage(els.details, 'Not found', `No issue ${p.id}.`);
      return renderIssue(els.details, i, meetingsTouching(key), panelCtx);
    }
    return renderMessage(els.details, nameOf(key), '');
  } catch (err) {
    if (token === panelToken) renderMessage(els.details, 'Could not load the details', err.message);
  }
}

function select(key) {
  if (state.selected === key) return;
  state.selected = key;
  graph.select(key);
  syncURL();
  els.panel.scrollTop = 0; // another entity's details start at their top
  showSelection();
  markListSelection();
  renderNodeActions();
}

// ---- collapse an expansion, hide a type --------------------------------

/** Takes back what expanding `key` drew; every other node stays where it is. */
function collapse(key) {
  if (!state.expanded.includes(key)) return;
  state.expanded = state.expanded.filter((k) => k !== key);
  truncated.delete(key);
  const keep = new Set(state.expanded);
  if (pathResult) for (const k of pathKeys(pathResult)) keep.add(k);
  const removed = graph.collapse(key, keep);
  if (state.focus && !graph.has(state.focus)) focus(null);
  refreshChrome();
  syncURL(true);
  summarise(`Collapsed ${nameOf(key)} (${removed} node${removed === 1 ? '' : 's'} fewer).`);
  refreshPanel();
}

function renderNodeActions() {
  const key = state.selected;
  const on = Boolean(key && state.expanded.includes(key));
  els.nodeActions.hidden = !on;
  if (on) els.collapse.textContent = `Collapse ${nameOf(key)}`;
}
els.collapse.addEventListener('click', () => collapse(state.selected));

/** The legend doubles as the show/hide switch of each kind of node. */
function renderTypeToggles() {
  for (const b of els.legend.querySelectorAll('button[data-type]')) {
    const shown = !state.hidden.includes(b.dataset.type);
    b.setAttribute('aria-pressed', String(shown));
    b.title = `${shown ? 'Hide' : 'Show'} ${b.dataset.type}s`;
  }
}
els.legend.addEventListener('click', (e) => {
  const type = e.target.closest('button[data-type]')?.dataset.type;
  if (!DRAWN.includes(type)) return;
  state.hidden = toggleHidden(state.hidden, type);
  graph.setHidden(state.hidden);
  renderTypeToggles();
  renderNodeList();
  syncURL(true);
});

function focus(key) {
  state.focus = key;
  graph.focus(key);
  syncURL();
}

// ---- the keyboard-usable list of nodes in view -------------------------

const TYPE_ORDER = { country: 0, official: 1, meeting: 2, issue: 3 };
/**
 * The list of every node in view, a button each. On a big graph it holds
 * hundreds of buttons, so it is built in one fragment with one listener for
 * all (on the list), and a change of selection only flips aria-pressed.
 */
function renderNodeList() {
  const nodes = graph.cy.nodes().filter((n) => !state.hidden.includes(n.data('type'))).map((n) => n.data())
    .sort((a, b) => (TYPE_ORDER[a.type] - TYPE_ORDER[b.type]) || String(a.label).localeCompare(String(b.label)));
  clear(els.nodeList);
  if (!nodes.length) {
    append(els.nodeList, h('li', { class: 'muted' }, 'Empty.'));
    return;
  }
  const items = document.createDocumentFragment();
  for (const d of nodes) {
    append(items, h('li', {},
      h('button', {
        type: 'button', class: `node-btn ${d.type}`, 'aria-pressed': String(state.selected === d.id), dataset: { key: d.id },
        title: 'Enter: select and expand; F: focus; C: collapse',
      }, h('span', { class: `dot ${d.type}` }), d.label)));
  }
  els.nodeList.appendChild(items);
}

/** Marks the selected node's button in the list without building the list again. */
function markListSelection() {
  for (const b of els.nodeList.querySelectorAll('button.node-btn[aria-pressed="true"]')) b.setAttribute('aria-pressed', 'false');
  if (state.selected) els.nodeList.querySelector(`button.node-btn[data-key="${CSS.escape(state.selected)}"]`)?.setAttribute('aria-pressed', 'true');
}

const listKey = (e) => e.target.closest('button.node-btn')?.dataset.key;
els.nodeList.addEventListener('click', (e) => {
  const key = listKey(e);
  if (key) panelCtx.open(key);
});
els.nodeList.addEventListener('keydown', (e) => {
  const key = listKey(e);
  if (!key) return;
  if (e.key === 'f' || e.key === 'F') { e.preventDefault(); focus(key); }
  if (e.key === 'c' || e.key === 'C') { e.preventDefault(); collapse(key); }
});

// ---- search with suggestions -------------------------------------------

let hits = [];
let active = -1;
let searchTimer = null;
let searchAbort = null;

function hitKey(hit) {
  return makeKey(hit.kind, hit.kind === 'country' ? (hit.country?.code || hit.id) : hit.id);
}

function hitDetail(hit) {
  if (hit.kind === 'official') return [hit.official?.title, hit.official?.country?.name].filter(Boolean).join(', ');
  if (hit.kind === 'article') return hit.article?.published || 'article';
  return hit.kind;
}

function closeSuggestions() {
  els.suggestions.hidden = true;
  els.search.setAttribute('aria-expanded', 'false');
  els.search.removeAttribute('aria-activedescendant');
  active = -1;
}

function renderSuggestions(message) {
  clear(els.suggestions);
  if (message) {
    append(els.suggestions, h('li', { class: 'muted', role: 'presentation' }, message));
  }
  hits.forEach((hit, i) => {
    append(els.suggestions, h('li', {
      id: `sugg-${i}`, role: 'option', class: `suggestion ${i === active ? 'active' : ''}`, 'aria-selected': String(i === active),
      onmousedown: (e) => { e.preventDefault(); choose(hit); },
    }, h('span', { class: `dot ${hit.kind}` }), h('span', { class: 'label' }, hit.label), h('span', { class: 'muted' }, ` ${hitDetail(hit)}`)));
  });
  els.suggestions.hidden = false;
  els.search.setAttribute('aria-expanded', 'true');
  if (active >= 0) els.search.setAttribute('aria-activedescendant', `sugg-${active}`);
}

async function suggest(text) {
  searchAbort?.abort();
  if (text.trim().length < 2) {
    hits = [];
    closeSuggestions();
    return;
  }
  searchAbort = new AbortController();
  try {
    renderSuggestions('Searching…');
    hits = await api.search(text.trim(), 8, { signal: searchAbort.signal });
    active = hits.length ? 0 : -1;
    renderSuggestions(hits.length ? '' : `Nothing matches “${text.trim()}”.`);
  } catch (err) {
    if (err.name === 'AbortError') return;
    hits = [];
    renderSuggestions(`Search failed: ${err.message}`);
  }
}

function choose(hit) {
  const key = hitKey(hit);
  labels.set(key, hit.label);
  closeSuggestions();
  els.search.value = hit.label;
  state.expanded = [key];
  state.selected = hit.kind === 'article' ? null : key;
  state.focus = null;
  state.path = null;
  pathResult = null;
  syncURL(true);
  rebuild();
}

els.search.addEventListener('input', () => {
  clearTimeout(searchTimer);
  searchTimer = setTimeout(() => suggest(els.search.value), 180);
});
els.search.addEventListener('keydown', async (e) => {
  if (e.key === 'ArrowDown' || e.key === 'ArrowUp') {
    if (!hits.length) return;
    e.preventDefault();
    active = (active + (e.key === 'ArrowDown' ? 1 : -1) + hits.length) % hits.length;
    renderSuggestions();
  } else if (e.key === 'Enter') {
    e.preventDefault();
    clearTimeout(searchTimer);
    if (!hits.length || els.suggestions.hidden) await suggest(els.search.value);
    if (hits.length) choose(hits[Math.max(active, 0)]);
  } else if (e.key === 'Escape') {
    closeSuggestions();
  }
});
els.search.addEventListener('blur', () => setTimeout(closeSuggestions, 100));

document.addEventListener('keydown', (e) => {
  if (/^(INPUT|SELECT|TEXTAREA)$/.test(document.activeElement?.tagName || '')) return;
  if (e.key === '/') {
    e.preventDefault();
    els.search.focus();
  } else if (e.key === 'Escape' && (state.focus || state.selected)) {
    // Escape steps back: first out of a focus, then out of the selection.
    if (state.focus) focus(null);
    else select(null);
  }
});

// ---- filters ----------------------------------------------------------

function readFilters() {
  state.filters = {
    from: els.from.value, to: els.to.value, kind: els.kind.value, status: els.status_.value, issue: els.issue.value,
  };
}

function writeFilters() {
  const f = state.filters;
  // Shared links may carry "2005" or "2005-08"; a date input needs a full date.
  els.from.value = firstDay(f.from);
  els.to.value = lastDay(f.to);
  els.kind.value = f.kind;
  els.status_.value = f.status;
  els.issue.value = f.issue;
}

$('filters').addEventListener('change', () => {
  readFilters();
  syncURL(true);
  rebuild();
});
$('filters').addEventListener('submit', (e) => e.preventDefault());
$('f-clear').addEventListener('click', () => {
  state.filters = { from: '', to: '', kind: '', status: '', issue: '' };
  writeFilters();
  syncURL(true);
  rebuild();
});

async function loadIssueOptions() {
  try {
    const list = await api.issues();
    for (const i of list) append(els.issue, h('option', { value: i.id }, `${i.label} (${i.meetingCount})`));
    els.issue.value = state.filters.issue;
  } catch (err) {
    append(els.issue, h('option', { value: '', disabled: true }, 'issues unavailable'));
  }
}

// ---- path between two officials ----------------------------------------

function fillOfficialOptions() {
  clear(els.officialOptions);
  graph.cy.nodes('[type="official"]').forEach((n) => append(els.officialOptions, h('option', { value: n.data('label') })));
}

/** An official's id from what was typed: a name in the graph, or the best search hit. */
async function resolveOfficial(text) {
  const t = text.trim();
  if (!t) return null;
  const inGraph = graph.cy.nodes('[type="official"]').filter((n) => n.data('label').toLowerCase() === t.toLowerCase());
  if (inGraph.nonempty()) return inGraph[0].id();
  const found = (await api.search(t, 5)).find((x) => x.kind === 'official');
  if (!found) return null;
  labels.set(makeKey('official', found.id), found.label);
  return makeKey('official', found.id);
}

function pathKeys(path) {
  return path.steps.map((s) => makeKey(s.kind === 'country' ? 'country' : s.kind, s.kind === 'country' ? (s.country?.code || s.id) : s.id));
}

async function loadPath(gen) {
  const from = parseKey(state.path.from).id;
  const to = parseKey(state.path.to).id;
  pathResult = await api.connection(from, to);
  if (gen !== generation || !pathResult) return;
  const keys = pathKeys(pathResult);
  pathResult.steps.forEach((s, i) => {
    if (s.kind === 'official' && s.official) graph.addOfficial(s.official);
    else if (s.kind === 'meeting' && s.meeting) graph.addMeeting(s.meeting, 'path');
    else if (s.kind === 'country') graph.addCountry(s.country || { code: s.id, name: s.label });
    else graph.addNode(keys[i], { type: s.kind, label: s.label });
    if (i > 0) graph.addEdge(keys[i - 1], keys[i], s.kind === 'country' || pathResult.steps[i - 1].kind === 'country' ? 'serves' : 'participant');
  });
}

$('path').addEventListener('submit', async (e) => {
  e.preventDefault();
  say('Finding a path…', 'loading');
  try {
    const [from, to] = await Promise.all([resolveOfficial(els.pathFrom.value), resolveOfficial(els.pathTo.value)]);
    if (!from || !to) {
      say(`No official named “${!from ? els.pathFrom.value : els.pathTo.value}”.`, 'error');
      return;
    }
    state.path = { from, to };
    state.selected = null;
    state.focus = null;
    graph.focus(null);
    syncURL(true);
    els.pathClear.hidden = false;
    const gen = generation;
    const placed = graph.placedIds();
    await loadPath(gen);
    if (!pathResult) {
      say(`No path links ${nameOf(from)} and ${nameOf(to)}.`, 'error');
      await showSelection();
      return;
    }
    await graph.layoutAround(placed, from);
    refreshChrome();
    graph.highlightPath(pathKeys(pathResult));
    await showSelection();
    say(`Path of ${pathResult.hops} steps from ${nameOf(from)} to ${nameOf(to)}, highlighted.`);
  } catch (err) {
    say(`Could not find a path: ${err.message}`, 'error');
  }
});
els.pathClear.addEventListener('click', () => {
  state.path = null;
  pathResult = null;
  els.pathClear.hidden = true;
  graph.highlightPath(null);
  syncURL(true);
  showSelection();
});

// ---- exports ----------------------------------------------------------

function download(blob, name) {
  const url = URL.createObjectURL(blob);
  const a = h('a', { href: url, download: name });
  append(document.body, a);
  a.click();
  a.remove();
  setTimeout(() => URL.revokeObjectURL(url), 5000);
}

function viewName() {
  return state.expanded.map(nameOf).join('-') || 'graph';
}

function guardEmpty() {
  if (graph.isEmpty()) {
    say('Nothing to export yet: search for something first.', 'error');
    return true;
  }
  return false;
}

$('x-png').addEventListener('click', async () => {
  if (guardEmpty()) return;
  download(await graph.png(), exportName(viewName(), 'png'));
  say('Exported the view as PNG.');
});
$('x-graphml').addEventListener('click', () => {
  if (guardEmpty()) return;
  download(new Blob([toGraphML(graph.view())], { type: 'application/graphml+xml' }), exportName(viewName(), 'graphml'));
  say('Exported the view as GraphML (opens in Gephi).');
});
$('x-json').addEventListener('click', () => {
  if (guardEmpty()) return;
  download(new Blob([toJSON(graph.view(), state, window.location.href)], { type: 'application/json' }), exportName(viewName(), 'json'));
  say('Exported the view as JSON.');
});
$('x-link').addEventListener('click', async () => {
  try {
    await navigator.clipboard.writeText(window.location.href);
    say('Link copied: it opens this same view.');
  } catch {
    say(`Copy this link to share the view: ${window.location.href}`);
  }
});

// ---- the country-to-country summary -------------------------------------

$('summary-open').addEventListener('click', () => openSummary({
  fetchLinks: (r) => api.countryLinks(r),
  fetchMeetings: async (a, b, r) => (await api.meetings({ countries: [a, b], from: r.from || undefined, to: r.to || undefined }, 50)).items,
  range: { from: state.filters.from || '', to: state.filters.to || '' },
  describe: (m) => `${meetingLabel(m)} · ${m.status} · ${(m.participants || []).map((o) => o.name).join(', ') || (m.countries || []).map((c) => c.name).join(', ')}`,
  // Drilling down into the main graph: both states expanded, one after the other.
  onOpenPair: async (a, b) => {
    select(makeKey('country', a));
    await expand(makeKey('country', a));
    await expand(makeKey('country', b));
  },
}));

$('fit').addEventListener('click', () => graph.fitAll());
$('tools-toggle').addEventListener('click', (e) => {
  const open = document.body.classList.toggle('tools-open');
  e.currentTarget.setAttribute('aria-expanded', String(open));
});

// ---- start -----------------------------------------------------------

window.addEventListener('popstate', () => {
  state = decodeState(window.location.search);
  writeFilters();
  pathResult = null;
  rebuild();
});
let resizeTimer = null;
window.addEventListener('resize', () => {
  clearTimeout(resizeTimer);
  resizeTimer = setTimeout(() => {
    graph.resize();
    graph.readableFit();
  }, 150);
});

writeFilters();
if (state.path) els.pathClear.hidden = false;
if (state.path || Object.values(state.filters).some(Boolean)) {
  // On a narrow screen, a link with filters opens with them in sight.
  document.body.classList.add('tools-open');
  $('tools-toggle').setAttribute('aria-expanded', 'true');
}
loadIssueOptions();
rebuild();

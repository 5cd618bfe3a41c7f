// The explorer in a real browser (Debian's Chromium) against a running
// `attache serve` loaded with examples/articles: web/test.sh starts both.
// The steps run in order on one page, as an analyst would use it, and save
// a screenshot each under web/test-results/.
import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { launch, watch, shot, baseURL } from './browser.js';

let browser;
let page;
const problems = [];

before(async () => {
  browser = await launch();
  page = await browser.context.newPage();
  watch(page, problems);
});

after(async () => {
  await browser?.close();
});

/** Asks the API directly, to choose test data from the graph the suite runs on. */
async function gql(query, variables = {}) {
  const res = await fetch(new URL('/graphql', baseURL), { method: 'POST', headers: { 'Content-Type': 'application/json' }, body: JSON.stringify({ query, variables }) });
  const body = await res.json();
  assert.ok(!body.errors, JSON.stringify(body.errors));
  return body.data;
}

/** An engagement of one of these states dated only by month or year, or null. */
async function partiallyDated(codes) {
  const q = `query($f: MeetingFilter, $after: String) { meetings(filter: $f, first: 100, after: $after) {
    pageInfo { hasNextPage endCursor } edges { node { id date } } } }`;
  for (const code of codes) {
    let after = null;
    for (let i = 0; i < 20; i++) {
      const d = await gql(q, { f: { countries: [code] }, after });
      const hit = d.meetings.edges.map((e) => e.node).find((m) => m.date && m.date.length < 10);
      if (hit) return hit;
      if (!d.meetings.pageInfo.hasNextPage) break;
      after = d.meetings.pageInfo.endCursor;
    }
  }
  return null;
}

/**
 * Selects a node as a person would: a click on it in the canvas when it is
 * drawn inside the visible part, else its button in the node list (on a big
 * graph many nodes lie outside the view).
 */
async function clickNode(key) {
  const pos = await page.evaluate((id) => {
    const n = window.attacheExplorer.graph.cy.getElementById(id);
    const box = document.getElementById('graph').getBoundingClientRect();
    const p = n.renderedPosition();
    const inside = p.x > 20 && p.y > 20 && p.x < box.width - 20 && p.y < box.height - 20;
    const ontop = inside && document.elementFromPoint(box.left + p.x, box.top + p.y)?.closest('#graph');
    return ontop ? { x: box.left + p.x, y: box.top + p.y } : null;
  }, key);
  if (pos) await page.mouse.click(pos.x, pos.y);
  else await page.locator(`#node-list button[data-key="${key}"]`).click();
  await page.waitForFunction((k) => window.attacheExplorer.state.selected === k, key);
}

/** The explorer's graph as data: node ids by type, and meetings with their details. */
function graphState() {
  return page.evaluate(() => {
    const { graph, state } = window.attacheExplorer;
    const nodes = graph.cy.nodes().map((n) => ({ id: n.id(), type: n.data('type'), label: n.data('label'), date: n.data('date') }));
    return { nodes, state: JSON.parse(JSON.stringify(state)), meetings: [...graph.meetings.values()] };
  });
}

/** The side panel shows no leaked "null" or "[object …]" from a rendering slip. */
async function panelIsClean() {
  const text = await page.locator('#details').innerText();
  assert.doesNotMatch(text, /\bnull\b|\bundefined\b|\[object /, text);
}

async function waitIdle() {
  await page.waitForFunction(() => !document.body.classList.contains('busy'));
}

/** Model positions of every node, to tell which ones a layout moved. */
function positions() {
  return page.evaluate(() => Object.fromEntries(window.attacheExplorer.graph.cy.nodes().map((n) => [n.id(), n.position()])));
}

/** How many of the nodes placed before moved by more than a pixel since. */
function moved(before, after) {
  return Object.keys(before).filter((id) => after[id] && Math.hypot(after[id].x - before[id].x, after[id].y - before[id].y) > 1);
}

/** The number N of the panel's "Engagements in view (N)" heading, or null. */
async function panelMeetingCount() {
  const text = await page.locator('#details h3', { hasText: 'Engagements in view' }).innerText();
  return Number(/\((\d+)\)/.exec(text)?.[1] ?? NaN);
}

/** How many meetings of the graph touch a node. */
function meetingsAround(key) {
  return page.evaluate((k) => window.attacheExplorer.graph.cy.getElementById(k).neighborhood('node[type="meeting"]').length, key);
}

/** Starts recording the main thread's long tasks (over 50 ms) afresh. */
function watchLongTasks() {
  return page.evaluate(() => {
    window.__longTasks = [];
    if (!window.__longObserver) {
      window.__longObserver = new PerformanceObserver((list) => window.__longTasks.push(...list.getEntries().map((e) => e.duration)));
      window.__longObserver.observe({ type: 'longtask' });
    }
  });
}

/** The durations (ms) of the long tasks since watchLongTasks. */
function longTasks() {
  return page.evaluate(() => window.__longTasks || []);
}

/** Types a date range into the filter bar and waits for the graph to follow. */
async function setDates(from, to) {
  await page.fill('#f-from', from);
  await page.fill('#f-to', to);
  await page.locator('#f-to').dispatchEvent('change');
  await waitDates(from, to);
}

async function waitDates(from, to) {
  await page.waitForFunction(([a, b]) => {
    const s = window.attacheExplorer.state.filters;
    return s.from === a && s.to === b;
  }, [from, to]);
  await waitIdle();
}

/** The timeline's bars: period, colour and where to click them on the page. */
async function timelineBars() {
  await page.locator('#details .chart canvas').scrollIntoViewIfNeeded();
  return page.evaluate(() => {
    const canvas = document.querySelector('#details .chart canvas');
    const chart = canvas.chart;
    const box = canvas.getBoundingClientRect();
    return chart.data.labels.map((period, i) => {
      const bar = chart.getDatasetMeta(0).data[i];
      return { period, color: chart.data.datasets[0].backgroundColor[i], x: box.left + bar.x, y: box.top + (bar.y + bar.base) / 2 };
    });
  });
}

test('the empty page says how to begin', async () => {
  await page.goto('/');
  await assert.doesNotReject(page.getByRole('heading', { name: 'Explore who met whom' }).waitFor());
  await waitIdle();
  await shot(page, '01-empty');
});

test('search "Peru" with suggestions as one types', async () => {
  await page.keyboard.press('/');
  assert.equal(await page.evaluate(() => document.activeElement.id), 'search', '/ focuses the search box');
  await page.keyboard.type('Peru', { delay: 40 });
  const suggestion = page.locator('#suggestions [role="option"]', { hasText: 'Peru' }).first();
  await suggestion.waitFor();
  await shot(page, '02-suggestions');
  // Choose the country among the suggestions with the arrow keys and Enter.
  await page.locator('#suggestions [role="option"] .dot.country').first().waitFor();
  const kinds = await page.locator('#suggestions [role="option"] .dot').evaluateAll((dots) => dots.map((d) => d.className));
  const at = kinds.findIndex((k) => k.includes('country'));
  for (let i = 0; i < at; i++) await page.keyboard.press('ArrowDown');
  assert.match(await page.locator('#suggestions [aria-selected="true"]').textContent(), /Peru/);
  await page.keyboard.press('Enter');
  await page.waitForFunction(() => window.attacheExplorer.graph.cy.nodes('[type="meeting"]').length > 0);
  await waitIdle();
  const g = await graphState();
  assert.ok(g.state.expanded.some((k) => k.startsWith('country:')), `expanded ${g.state.expanded}`);
  assert.ok(g.nodes.some((n) => n.type === 'country' && /Peru/.test(n.label)), 'Peru is in the graph');
  assert.match(page.url(), /e=country/);
  await page.locator('#details .badge.country').waitFor();
  await shot(page, '03-peru-graph');
});

test('the country view shows partners, visitors and a timeline', async () => {
  await page.locator('#details h2', { hasText: 'Peru' }).waitFor();
  await page.getByRole('heading', { name: 'Partners by engagements' }).waitFor();
  assert.ok(await page.locator('#details ol.ranked li').count() > 0, 'Peru has partners');
  await page.locator('#details .chart canvas').waitFor();
  await page.getByRole('button', { name: 'Month' }).click();
  await page.getByRole('heading', { name: 'Engagements per month' }).waitFor();
  // Partners over time: a chart of the partners met most, a series each.
  await page.getByRole('heading', { name: 'Partners by year' }).waitFor();
  const series = await page.locator('#details .partners-chart canvas').evaluate((c) => c.chart.data.datasets.map((d) => ({ label: d.label, total: d.data.reduce((a, b) => a + b, 0) })));
  assert.ok(series.length >= 1 && series.every((d) => d.label && d.total > 0), `partner series: ${JSON.stringify(series)}`);
  console.log(`# partners of Peru by year: ${series.map((d) => `${d.label} ${d.total}`).join(', ')}`);
  await panelIsClean();
  await page.locator('#details .partners-chart').scrollIntoViewIfNeeded();
  await shot(page, '04-country-view');
});

let chosen;
test('see the meeting with its participants', async () => {
  const g = await graphState();
  // The meeting with the most participants, clicked on the canvas itself
  // (or in the node list if the view of a big graph leaves it out).
  chosen = g.meetings.slice().sort((a, b) => b.participants.length - a.participants.length)[0];
  assert.ok(chosen && chosen.participants.length >= 2, 'a meeting of Peru has two participants or more');
  await clickNode(`meeting:${chosen.id}`);
  await page.locator('#details .badge.meeting').waitFor();
  const names = await page.locator('#details .facts button.entity[data-key^="official:"]').allTextContents();
  for (const p of chosen.participants) assert.ok(names.includes(p.name), `${p.name} is listed among ${names}`);
  const inGraph = (await graphState()).nodes.filter((n) => n.type === 'official').map((n) => n.label);
  for (const p of chosen.participants) assert.ok(inGraph.includes(p.name), `${p.name} is drawn in the graph`);
  assert.match(page.url(), /sel=meeting/);
  await panelIsClean();
  console.log(`# meeting ${chosen.kind} ${chosen.date}: ${chosen.participants.map((p) => p.name).join(', ')}`);
  await shot(page, '05-meeting');
});

test('open the evidence panel', async () => {
  const evidence = page.locator('#details section[aria-label="Evidence"]');
  await evidence.waitFor();
  const quotes = await evidence.locator('blockquote').allTextContents();
  assert.ok(quotes.length >= 1 && quotes.every((q) => q.trim().length > 20), `evidence sentences: ${quotes}`);
  const links = evidence.locator('.source a, .source span');
  assert.ok(await links.count() >= 1, 'every sentence names its article');
  await evidence.scrollIntoViewIfNeeded();
  await shot(page, '06-evidence');
});

test('each issue of a meeting has its sentence, and the article reads in place with it marked', async () => {
  const g = await graphState();
  const m = g.meetings.find((x) => (x.issueEvidence || []).some((d) => (d.evidence || []).length));
  assert.ok(m, 'a meeting in view has an issue with evidence');
  const t0 = Date.now();
  const lap = (what) => console.log(`# ${what} after ${Date.now() - t0} ms`);
  if ((await graphState()).state.selected !== `meeting:${m.id}`) await clickNode(`meeting:${m.id}`);
  await page.locator('#details .badge.meeting').waitFor();
  const issues = page.locator('#details .issue-evidence > li');
  await issues.first().waitFor();
  const quotes = await page.locator('#details .issue-evidence blockquote').allTextContents();
  const want = m.issueEvidence.flatMap((d) => d.evidence.map((e) => e.evidence));
  for (const q of want) assert.ok(quotes.includes(q), `the panel shows the sentence "${q}"`);
  await page.locator('#details .issue-evidence').scrollIntoViewIfNeeded();
  await shot(page, '06b-issue-evidence');
  // Read the article behind the first issue's sentence: the text is shown
  // with that sentence marked.
  await page.locator('#details .issue-evidence button.read').first().click();
  const reader = page.locator('dialog#reader');
  await reader.locator('mark').first().waitFor();
  const marks = await reader.locator('mark').allTextContents();
  const first = m.issueEvidence.find((d) => d.evidence.length).evidence[0].evidence;
  assert.ok(marks.some((t) => t.includes(first)), `the reader marks "${first}" among ${JSON.stringify(marks)}`);
  const text = await reader.locator('.reader-text').innerText();
  assert.ok(text.length > first.length, 'the whole article is shown, not only the sentence');
  lap('reader open');
  await shot(page, '06c-reader');
  await reader.getByRole('button', { name: 'Close' }).click();
  await page.waitForFunction(() => !document.getElementById('reader').open);
  await panelIsClean();
});

test('expanding keeps placed nodes still and the panel current', async () => {
  // Peru's partner: selected and expanded from the node list, as an analyst
  // opens a state seen in the graph. Its panel must list the engagements the
  // expansion drew, not the ones in view when it was selected.
  const g = await graphState();
  const partner = g.nodes.find((n) => n.type === 'country' && !/Peru/.test(n.label));
  assert.ok(partner, 'Peru met another state');
  const before = await positions();
  const meetingsBefore = await meetingsAround(partner.id);
  await watchLongTasks();
  await page.locator(`#node-list button[data-key="${partner.id}"]`).click();
  await page.waitForFunction((k) => window.attacheExplorer.state.expanded.includes(k), partner.id);
  await waitIdle();
  const meetingsAfter = await meetingsAround(partner.id);
  assert.ok(meetingsAfter > meetingsBefore, `the expansion drew more engagements (${meetingsBefore} → ${meetingsAfter})`);
  await page.locator('#details h2', { hasText: partner.label }).waitFor();
  await page.waitForFunction((n) => {
    const h = [...document.querySelectorAll('#details h3')].find((x) => x.textContent.startsWith('Engagements in view'));
    return h && h.textContent.includes(`(${n})`);
  }, meetingsAfter, { timeout: 5000 }).catch(() => {});
  assert.equal(await panelMeetingCount(), meetingsAfter, 'the panel lists every engagement in view after the expansion');
  const after = await positions();
  const stirred = moved(before, after);
  const added = Object.keys(after).length - Object.keys(before).length;
  const last = await page.evaluate(() => window.attacheExplorer.graph.lastLayout);
  const long = await longTasks();
  console.log(`# long tasks while expanding ${partner.label}: ${long.length}, longest ${Math.max(0, ...long).toFixed(0)} ms`);
  console.log(`# incremental layout: expanding ${partner.label} added ${added} nodes; ${stirred.length} of ${Object.keys(before).length} placed nodes moved (fCoSE drift of fixed nodes before reset ${last?.drift.toFixed(2)} px)`);
  assert.equal(stirred.length, 0, `placed nodes stay still: ${stirred.join(', ')}`);
  await shot(page, '07-expanded');

  // Once more on the bigger graph: Brazil's summit without the United States
  // is the one engagement of the examples not drawn yet.
  const brazil = (await graphState()).nodes.find((n) => n.type === 'country' && n.label === 'Brazil');
  if (!brazil) return;
  const before2 = await positions();
  await watchLongTasks();
  await page.locator(`#node-list button[data-key="${brazil.id}"]`).click();
  await page.waitForFunction((k) => window.attacheExplorer.state.expanded.includes(k), brazil.id);
  await waitIdle();
  const after2 = await positions();
  const stirred2 = moved(before2, after2);
  const long2 = await longTasks();
  console.log(`# long tasks while expanding Brazil: ${long2.length}, longest ${Math.max(0, ...long2).toFixed(0)} ms`);
  console.log(`# incremental layout: expanding Brazil added ${Object.keys(after2).length - Object.keys(before2).length} nodes; ${stirred2.length} of ${Object.keys(before2).length} placed nodes moved`);
  assert.equal(stirred2.length, 0, `placed nodes stay still: ${stirred2.join(', ')}`);
  await shot(page, '07-expanded-again');
});

test('hide a kind of node, then collapse an expansion', async () => {
  // Officials hidden from the legend: gone from the canvas and the list, and
  // the choice is part of the link.
  await page.locator('#legend button[data-type="official"]').click();
  await page.waitForFunction(() => window.attacheExplorer.state.hidden.includes('official'));
  const shown = () => page.evaluate(() => {
    const cy = window.attacheExplorer.graph.cy;
    return { officials: cy.nodes('[type="official"]').filter((n) => n.visible()).length, others: cy.nodes('[type!="official"]').filter((n) => n.visible()).length };
  });
  let v = await shown();
  assert.equal(v.officials, 0, 'no official is drawn');
  assert.ok(v.others > 0, 'the rest still is');
  assert.equal(await page.locator('#node-list button.node-btn.official').count(), 0, 'nor listed');
  assert.match(page.url(), /hide=official/);
  assert.equal(await page.locator('#legend button[data-type="official"]').getAttribute('aria-pressed'), 'false');
  await shot(page, '07c-officials-hidden');
  await page.locator('#legend button[data-type="official"]').click();
  await page.waitForFunction(() => !window.attacheExplorer.state.hidden.length);
  v = await shown();
  assert.ok(v.officials > 0, 'officials are back');
  assert.doesNotMatch(page.url(), /hide=/);

  // Collapse Brazil: its summit without the United States goes, with the
  // states and officials only it brought; nothing else moves.
  const g = await graphState();
  const brazil = g.nodes.find((n) => n.type === 'country' && n.label === 'Brazil');
  if (!brazil || !g.state.expanded.includes(brazil.id)) return;
  await page.locator(`#node-list button[data-key="${brazil.id}"]`).click();
  const placed = await positions();
  await page.getByRole('button', { name: 'Collapse Brazil' }).click();
  await page.waitForFunction((k) => !window.attacheExplorer.state.expanded.includes(k), brazil.id);
  const before = Object.fromEntries(g.nodes.map((n) => [n.id, n]));
  const after = await graphState();
  const kept = await positions();
  assert.deepEqual(moved(placed, kept), [], 'the nodes that stay do not move');
  assert.equal(await page.getByRole('button', { name: 'Collapse Brazil' }).isVisible(), false, 'nothing left to collapse');
  const gone = g.nodes.filter((n) => !kept[n.id]);
  console.log(`# collapse Brazil: ${gone.length} nodes went (${gone.map((n) => n.type).join(', ')}), ${after.nodes.length} stay`);
  assert.ok(gone.length >= 1 && gone.some((n) => n.type === 'meeting'), 'its own engagement went');
  assert.ok(after.nodes.some((n) => n.id === brazil.id), 'Brazil itself stays (other engagements link it)');
  assert.ok(after.nodes.every((n) => before[n.id]), 'nothing new appeared');
  assert.doesNotMatch(page.url(), new RegExp(`e=${encodeURIComponent(brazil.id)}`));
  await shot(page, '07d-collapsed');

  // Expanding with a kind hidden: the new nodes of that kind come hidden,
  // and the placed ones (hidden or not) still do not move.
  await page.locator('#legend button[data-type="issue"]').click();
  await page.waitForFunction(() => window.attacheExplorer.state.hidden.includes('issue'));
  const placed2 = await positions();
  await page.locator(`#node-list button[data-key="${brazil.id}"]`).click();
  await page.waitForFunction((k) => window.attacheExplorer.state.expanded.includes(k), brazil.id);
  await waitIdle();
  assert.deepEqual(moved(placed2, await positions()), [], 'expanding with issues hidden moves nothing');
  assert.equal(await page.evaluate(() => window.attacheExplorer.graph.cy.nodes('[type="issue"]').filter((n) => n.visible()).length), 0, 'issues stay hidden');
  await page.locator('#legend button[data-type="issue"]').click();
  await page.getByRole('button', { name: 'Collapse Brazil' }).click();
  await page.waitForFunction((k) => !window.attacheExplorer.state.expanded.includes(k), brazil.id);
  // Back to the United States, for the steps that follow.
  const us = g.nodes.find((n) => n.label === 'United States');
  await page.locator(`#node-list button[data-key="${us.id}"]`).click();
  await page.locator('#details h2', { hasText: us.label }).waitFor();
});

test('apply a date filter: the graph and lists follow', async () => {
  // First expand the other state of the meeting, so the graph spans more than one month.
  // (expanded in an earlier step; a click on an expanded node changes nothing)
  const partner = (await graphState()).nodes.find((n) => n.type === 'country' && !/Peru/.test(n.label));
  if (partner) {
    await page.locator(`#node-list button[data-key="${partner.id}"]`).click();
    await page.waitForFunction((k) => window.attacheExplorer.state.expanded.includes(k), partner.id);
    await waitIdle();
  }
  const before = await graphState();
  const dates = before.meetings.map((m) => m.date).filter(Boolean).sort();
  assert.ok(dates.length > 0, 'some meeting is dated');
  // A window around the chosen meeting's month (or the first dated meeting's).
  const d = (chosen.date || dates[0]).slice(0, 7);
  const from = `${d}-01`;
  const to = `${d}-28`;
  await page.fill('#f-from', from);
  await page.locator('#f-from').dispatchEvent('change');
  await page.fill('#f-to', to);
  await page.locator('#f-to').dispatchEvent('change');
  await page.waitForFunction(([f, t]) => {
    const s = window.attacheExplorer.state.filters;
    return s.from === f && s.to === t && !document.body.classList.contains('busy');
  }, [from, to]);
  await page.waitForTimeout(300);
  await waitIdle();
  const after = await graphState();
  assert.ok(after.meetings.length >= 1, 'the filtered graph still has meetings');
  for (const m of after.meetings) assert.ok(m.date && m.date.slice(0, 10) >= from.slice(0, m.date.length) && m.date.slice(0, 10) <= to, `${m.date} within ${from}..${to}`);
  const outside = before.meetings.filter((m) => !m.date || m.date.slice(0, 7) !== d);
  if (outside.length) assert.ok(after.meetings.length < before.meetings.length, `${before.meetings.length} meetings before, ${after.meetings.length} after`);
  console.log(`# date filter ${from}..${to}: ${before.meetings.length} meetings before, ${after.meetings.length} after`);
  assert.match(page.url(), new RegExp(`from=${from}`));
  await shot(page, '08-date-filter');

  // A window with nothing in it says so.
  await page.fill('#f-from', '1900-01-01');
  await page.fill('#f-to', '1900-12-31');
  await page.locator('#f-to').dispatchEvent('change');
  await page.getByRole('heading', { name: 'Nothing to show' }).waitFor();
  await shot(page, '09-empty-filter');
  // Back to the month.
  await page.fill('#f-from', from);
  await page.fill('#f-to', to);
  await page.locator('#f-to').dispatchEvent('change');
  await page.waitForFunction((f) => window.attacheExplorer.state.filters.from === f, from);
  await page.waitForFunction(() => window.attacheExplorer.graph.cy.nodes().length > 0);
  await waitIdle();
});

test('a month filter keeps engagements dated only by the month or year', async () => {
  // The examples date one round of talks only "2005-11"; a bigger graph has
  // others. One of the expanded states' engagements dated only by month or
  // year is chosen from the graph itself: filtering its month must keep it,
  // since its month overlaps the range.
  const { from, to } = await page.evaluate(() => window.attacheExplorer.state.filters);
  const expanded = (await graphState()).state.expanded.filter((k) => k.startsWith('country:')).map((k) => k.slice('country:'.length));
  const target = await partiallyDated(expanded);
  assert.ok(target, `an engagement of ${expanded.join(', ')} is dated by month or year only`);
  const month = target.date.length === 7 ? target.date : `${target.date}-06`;
  await setDates(`${month}-01`, `${month}-${month.endsWith('-02') ? '28' : '30'}`);
  const g = await graphState();
  console.log(`# month filter ${month}: ${g.meetings.length} engagements, dated ${g.meetings.map((m) => m.date).join(', ')}`);
  assert.ok(g.meetings.some((m) => m.id === target.id), `the engagement dated ${target.date} is kept in ${month}`);
  for (const m of g.meetings) assert.ok(m.date && (m.date.startsWith(month) || month.startsWith(m.date)), `${m.date} overlaps ${month}`);
  await shot(page, '09b-partial-date');
  await setDates(from, to);
});

test('the timeline sets the dates: click a bar, or move its slider', async () => {
  const { from, to } = await page.evaluate(() => window.attacheExplorer.state.filters);
  await page.locator('#details .badge.country').waitFor();
  await page.getByRole('button', { name: 'Year' }).click();
  await page.getByRole('heading', { name: 'Engagements per year' }).waitFor();
  let bars = await timelineBars();
  assert.ok(bars.length >= 2, `a timeline of several years (${bars.map((b) => b.period)})`);
  // The whole history is drawn whatever the filter, the filtered years solid.
  const inMonth = bars.filter((b) => b.color === bars.find((x) => x.period === from.slice(0, 4))?.color);
  assert.equal(inMonth.length, 1, 'only the filtered year is drawn solid');

  // A click on the newest year's bar filters to that year; if that year is
  // the one filtered already (a click would lift the filter), the newest
  // other one.
  const filtered = from.slice(0, 4);
  const pick = [...bars].reverse().find((b) => b.period !== filtered);
  const newest = bars[bars.length - 1];
  await page.mouse.click(pick.x, pick.y);
  await waitDates(`${pick.period}-01-01`, `${pick.period}-12-31`);
  const g = await graphState();
  assert.ok(g.meetings.length >= 1 && g.meetings.every((m) => m.date?.startsWith(pick.period)), `every engagement in ${pick.period}: ${g.meetings.map((m) => m.date)}`);
  assert.equal(await page.inputValue('#f-from'), `${pick.period}-01-01`, 'the filter bar shows the dates');
  bars = await timelineBars();
  const solid = bars.find((b) => b.period === pick.period).color;
  assert.deepEqual(bars.filter((b) => b.color === solid).map((b) => b.period), [pick.period], 'the chosen bar is the solid one');
  console.log(`# timeline click: ${pick.period} → ${g.meetings.length} engagements`);
  await shot(page, '09c-timeline-click');

  // The same bar again lifts the filter.
  const again = bars.find((b) => b.period === pick.period);
  await page.mouse.click(again.x, again.y);
  await waitDates('', '');

  // The slider: the first thumb moved to the end shows the newest period only;
  // back to the start, every date again.
  const first = page.getByRole('slider', { name: 'First period shown' });
  await first.focus();
  await page.keyboard.press('End');
  await waitDates(`${newest.period}-01-01`, `${newest.period}-12-31`);
  await page.getByRole('slider', { name: 'First period shown' }).focus();
  await page.keyboard.press('ArrowLeft');
  const prev = bars[bars.length - 2].period;
  await waitDates(`${prev}-01-01`, `${newest.period}-12-31`);
  assert.match(await page.locator('#details .period-label').innerText(), new RegExp(`${prev} – ${newest.period}`));
  await shot(page, '09d-timeline-slider');
  await setDates(from, to);
});

test('export GraphML, JSON and PNG', async () => {
  const g = await graphState();
  const [graphml] = await Promise.all([page.waitForEvent('download'), page.click('#x-graphml')]);
  assert.match(graphml.suggestedFilename(), /^attache-.*\.graphml$/);
  const xml = readFileSync(await graphml.path(), 'utf8');
  assert.match(xml, /<graphml /);
  assert.equal((xml.match(/<node /g) || []).length, g.nodes.length, 'every node is exported');
  // What a Gephi user needs: position, size and colour as drawn, typed counts.
  for (const key of ['x', 'y', 'size', 'r', 'g', 'b', 'degree', 'meetings', 'kind', 'status', 'date']) {
    assert.match(xml, new RegExp(`<key id="n_${key}" for="node" attr.name="${key}"`), `a ${key} column`);
  }
  assert.equal((xml.match(/<data key="n_x">/g) || []).length, g.nodes.length, 'every node has its position');
  assert.match(xml, /<data key="n_r">199<\/data>\s*<data key="n_g">93<\/data>\s*<data key="n_b">0<\/data>/, 'meetings keep their orange');
  await graphml.saveAs(`${process.env.ARTEFACTS || 'test-results'}/view.graphml`).catch(() => {});
  const [json] = await Promise.all([page.waitForEvent('download'), page.click('#x-json')]);
  const doc = JSON.parse(readFileSync(await json.path(), 'utf8'));
  assert.equal(doc.nodes.length, g.nodes.length);
  const [png] = await Promise.all([page.waitForEvent('download'), page.click('#x-png')]);
  const head = readFileSync(await png.path()).subarray(0, 8);
  assert.deepEqual([...head], [0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a], 'a PNG file');
  await page.locator('#status', { hasText: 'PNG' }).waitFor();
});

test('follow a shared link: the same view opens', async () => {
  const link = page.url();
  const g = await graphState();
  const other = await browser.context.newPage();
  watch(other, problems);
  await other.goto(link);
  await other.waitForFunction((n) => window.attacheExplorer.graph.cy.nodes().length === n, g.nodes.length);
  await other.waitForFunction(() => !document.body.classList.contains('busy'));
  const ids = await other.evaluate(() => window.attacheExplorer.graph.cy.nodes().map((n) => n.id()).sort());
  assert.deepEqual(ids, g.nodes.map((n) => n.id).sort());
  assert.equal(await other.inputValue('#f-from'), g.state.filters.from);
  assert.equal(await other.inputValue('#f-to'), g.state.filters.to);
  const type = g.state.selected.split(':')[0];
  await other.locator(`#details .badge.${type}`).waitFor();
  await shot(other, '10-shared-link');
  await other.close();
});

test('filter by status and kind', async () => {
  await page.selectOption('#f-status', 'held');
  await page.waitForFunction(() => window.attacheExplorer.state.filters.status === 'held');
  await waitIdle();
  let g = await graphState();
  assert.ok(g.meetings.every((m) => m.status === 'held'), g.meetings.map((m) => m.status).join());
  await page.selectOption('#f-kind', chosen.kind);
  await page.waitForFunction((k) => window.attacheExplorer.state.filters.kind === k, chosen.kind);
  await waitIdle();
  g = await graphState();
  assert.ok(g.meetings.length >= 1 && g.meetings.every((m) => m.kind === chosen.kind && m.status === 'held'));
  assert.match(page.url(), new RegExp(`kind=${chosen.kind}.*status=held|status=held.*kind=${chosen.kind}`));
});

test('double-click focuses a node', async () => {
  const key = `meeting:${chosen.id}`;
  await page.waitForFunction((k) => window.attacheExplorer.graph.has(k), key);
  const pos = await page.evaluate((id) => {
    const n = window.attacheExplorer.graph.cy.getElementById(id);
    const box = document.getElementById('graph').getBoundingClientRect();
    const p = n.renderedPosition();
    return { x: box.left + p.x, y: box.top + p.y };
  }, key);
  await page.mouse.dblclick(pos.x, pos.y);
  await page.waitForFunction((k) => window.attacheExplorer.state.focus === k, key);
  const faded = await page.evaluate((k) => {
    const cy = window.attacheExplorer.graph.cy;
    return { near: cy.getElementById(k).closedNeighborhood().filter('.faded').length, others: cy.elements('.faded').length };
  }, key);
  assert.equal(faded.near, 0, 'the node and its neighbours stay clear');
  assert.match(page.url(), /focus=meeting/);
  await page.waitForTimeout(350);
  await shot(page, '11-focus');
  await page.keyboard.press('Escape');
  await page.waitForFunction(() => window.attacheExplorer.state.focus === null);
  assert.equal(await page.evaluate(() => window.attacheExplorer.graph.cy.elements('.faded').length), 0, 'Escape lifts the focus');
});

test('path between two officials is highlighted', async () => {
  await page.click('#f-clear');
  await page.waitForFunction(() => !window.attacheExplorer.state.filters.from);
  await waitIdle();
  const g = await graphState();
  // One of the chosen meeting's participants and an official of the same
  // state who was not at that meeting: linked through another engagement or
  // through the state they both represent.
  // Paths go through engagements: one of the chosen meeting's participants
  // and an official met at another engagement by someone of the chosen
  // meeting (four steps), else another participant of it (two).
  const met = new Set(chosen.participants.map((p) => p.id));
  const other = g.meetings.find((m) => m.id !== chosen.id && m.participants.some((p) => met.has(p.id)) && m.participants.some((p) => !met.has(p.id)));
  const via = other?.participants.find((p) => met.has(p.id));
  const a = chosen.participants.find((p) => p.id !== via?.id) || chosen.participants[0];
  const b = other ? other.participants.find((p) => !met.has(p.id)) : chosen.participants.find((p) => p.id !== a.id);
  assert.ok(a && b, 'two officials in view');
  await page.fill('#p-from', a.name);
  await page.fill('#p-to', b.name);
  await page.click('#p-go');
  await page.waitForFunction(() => window.attacheExplorer.graph.cy.nodes('.path').length >= 2 || document.getElementById('status').classList.contains('error'));
  assert.doesNotMatch(await page.locator('#status').innerText(), /No path|Could not/);
  await page.locator('#details h2', { hasText: 'Path in' }).waitFor();
  const steps = await page.locator('#details .path-steps li').allInnerTexts();
  console.log(`# path ${a.name} → ${b.name}: ${steps.map((t) => t.replace(/\s+/g, ' ')).join(' | ')}`);
  for (const t of steps) assert.doesNotMatch(t, /represents/i, 'the path goes through engagements, not states');
  const others = await page.locator('#details .path-alternatives li').allInnerTexts();
  console.log(`# other paths of the same length: ${others.length ? others.join(' | ') : 'none'}`);
  assert.match(page.url(), /pathFrom=official/);
  await shot(page, '12-path');
});

test('a shared link with a path opens with the path highlighted', async () => {
  const other = await browser.context.newPage();
  watch(other, problems);
  await other.goto(page.url());
  await other.waitForFunction(() => window.attacheExplorer.graph.cy.nodes('.path').length >= 2);
  await other.locator('#details h2', { hasText: 'Path in' }).waitFor();
  await other.close();
});

test('several shortest paths are listed', async () => {
  // Two officials who shared two engagements or more are linked by as many
  // paths of two steps: the panel lists the others under the drawn one.
  const g = await graphState();
  const together = new Map();
  for (const m of g.meetings) {
    const ps = m.participants.map((p) => p.name).sort();
    for (let i = 0; i < ps.length; i++) for (let j = i + 1; j < ps.length; j++) {
      const k = `${ps[i]}|${ps[j]}`;
      together.set(k, (together.get(k) || 0) + 1);
    }
  }
  const pair = [...together].find(([, n]) => n >= 2);
  if (!pair) {
    console.log('# no two officials in view shared two engagements: nothing to check');
    return;
  }
  const [a, b] = pair[0].split('|');
  await page.fill('#p-from', a);
  await page.fill('#p-to', b);
  await page.click('#p-go');
  await page.locator('#details h2', { hasText: 'Path in 2 steps' }).waitFor();
  const others = await page.locator('#details .path-alternatives li').allInnerTexts();
  console.log(`# ${a} and ${b} shared ${pair[1]} engagements; other paths: ${others.join(' | ')}`);
  // They shared at least the engagements in view (maybe more beyond it, on
  // a big graph): one path per shared engagement, the first drawn.
  assert.ok(others.length >= Math.min(pair[1], 4) - 1 && others.length <= 3, `${others.length} other paths`);
  for (const o of others) assert.equal(o.split(' → ').length, 3, `a path of two steps: ${o}`);
  await shot(page, '12b-several-paths');
  await page.click('#p-clear');
  await waitIdle();
});

test('keyboard: the node list selects and expands', async () => {
  const button = page.locator('#node-list button.node-btn.official').first();
  await button.focus();
  await page.keyboard.press('Enter');
  await page.locator('#details .badge.official').waitFor();
  await page.locator('#details h3', { hasText: 'Engagements in view' }).waitFor();
  await waitIdle();
  await panelIsClean();
  await shot(page, '13-keyboard-official');
});

test('readable on a narrow screen', async () => {
  await page.setViewportSize({ width: 390, height: 844 });
  await page.waitForTimeout(200);
  const overflow = await page.evaluate(() => document.documentElement.scrollWidth - window.innerWidth);
  assert.ok(overflow <= 1, `no sideways scrolling (${overflow}px)`);
  const toggle = page.getByRole('button', { name: 'Filters & tools' });
  if ((await toggle.getAttribute('aria-expanded')) === 'true') await toggle.click();
  assert.equal(await page.locator('#filters').isVisible(), false, 'filters fold away on a narrow screen');
  await shot(page, '14-narrow');
  await toggle.click();
  await page.locator('#filters').waitFor();
  await shot(page, '14-narrow-tools');
  await toggle.click();
  const zoom = await page.evaluate(() => window.attacheExplorer.graph.cy.zoom());
  assert.ok(zoom >= 0.6, `labels stay readable (zoom ${zoom.toFixed(2)})`);
  await page.setViewportSize({ width: 1280, height: 800 });
});

test('errors say what is happening', async () => {
  // A separate page: the browser logs the failed API calls, which is expected here.
  const other = await browser.context.newPage();
  await other.route('**/graphql', (route) => route.fulfill({ status: 502, contentType: 'text/plain', body: 'bad gateway' }));
  await other.goto('/?e=country:PE');
  await other.locator('#status.error', { hasText: 'Could not load the graph' }).waitFor();
  await other.getByRole('heading', { name: 'Could not load the graph' }).waitFor();
  await shot(other, '15-api-error');
  // Once the API answers again, "Try again" loads the view.
  await other.unroute('**/graphql');
  await other.getByRole('button', { name: 'Try again' }).click();
  await other.waitForFunction(() => window.attacheExplorer.graph.cy.nodes().length > 0);
  await other.close();
});

test('the country-to-country summary draws every pair by weight and drills down to its engagements', async () => {
  const sp = await browser.context.newPage();
  watch(sp, problems);
  await sp.setViewportSize({ width: 1920, height: 1080 });
  await sp.goto('/');
  await sp.getByRole('heading', { name: 'Explore who met whom' }).waitFor();
  await sp.evaluate(() => {
    window.__longTasks = [];
    new PerformanceObserver((list) => window.__longTasks.push(...list.getEntries().map((e) => e.duration))).observe({ type: 'longtask' });
  });
  const t0 = Date.now();
  await sp.click('#summary-open');
  await sp.waitForFunction(() => window.attacheSummary?.cy?.nodes().length > 0);
  const wall = Date.now() - t0;
  const s = await sp.evaluate(() => {
    const { cy, drawMs } = window.attacheSummary;
    const edges = cy.edges().map((e) => e.data()).sort((x, y) => y.weight - x.weight);
    return { nodes: cy.nodes().length, edges, drawMs, long: window.__longTasks };
  });
  assert.ok(s.nodes >= 2 && s.edges.length >= 1, `summary: ${s.nodes} states, ${s.edges.length} pairs`);
  assert.ok(s.edges.every((e) => e.weight >= 1));
  console.log(`# summary at 1920x1080: ${s.nodes} states, ${s.edges.length} pairs; drawn in ${s.drawMs.toFixed(0)} ms (click to drawn ${wall} ms); long tasks ${JSON.stringify(s.long.map(Math.round))}`);
  await shot(sp, '17-summary');
  // Drill down: the heaviest pair's engagements, as many as its weight.
  const top = s.edges[0];
  await sp.evaluate((id) => window.attacheSummary.pick(id), top.id);
  const items = sp.locator('#summary .summary-meetings li');
  await items.first().waitFor();
  assert.equal(await items.count(), Math.min(top.weight, 50), `the ${top.a}-${top.b} line says ${top.weight}`);
  await shot(sp, '17b-summary-drill');
  await sp.getByRole('button', { name: 'Open both in the graph' }).click();
  await sp.waitForFunction(([a, b]) => {
    const ex = window.attacheExplorer.state.expanded;
    return ex.includes(`country:${a}`) && ex.includes(`country:${b}`) && !document.body.classList.contains('busy');
  }, [top.a, top.b]);
  const drawn = await sp.evaluate(() => window.attacheExplorer.graph.cy.nodes('[type="meeting"]').length);
  assert.ok(drawn >= top.weight, `the graph draws the pair's ${top.weight} engagements (${drawn} meetings)`);
  await shot(sp, '17c-summary-opened');
  await sp.close();
});

test('GraphiQL is served from the same bundle and its Docs panel reads the schema', async () => {
  const gq = await browser.context.newPage();
  watch(gq, problems);
  const refused = [];
  gq.on('response', (r) => { if (r.url().endsWith('/graphql') && r.request().method() === 'POST' && !r.ok()) refused.push(r.status()); });
  await gq.goto('/graphql');
  await gq.locator('.graphiql-container').waitFor();
  await shot(gq, '16-graphiql');
  // The Docs panel needs the full introspection query to pass the limits.
  await gq.getByRole('button', { name: /documentation explorer/i }).click();
  const docs = gq.locator('.graphiql-doc-explorer');
  await docs.waitFor();
  await docs.getByText('Query', { exact: true }).first().waitFor();
  assert.doesNotMatch(await docs.innerText(), /Error fetching schema/);
  await docs.getByText('Query', { exact: true }).first().click();
  await docs.getByText('officialsWhoMet', { exact: true }).first().waitFor();
  await docs.getByText('connections', { exact: true }).first().waitFor();
  await shot(gq, '16b-graphiql-docs');
  assert.deepEqual(refused, [], 'no GraphiQL request was refused');
  await gq.close();
});

test('no console errors, failed requests or requests to other hosts', () => {
  assert.deepEqual(problems, []);
});

export { baseURL };

// The side panel: details of the selected node. Meetings show the evidence
// sentence of every reporting article with a link to it; a country shows its
// partners, the officials who met its leaders and its timeline.
import { h, clear, append, safeURL } from './dom.js';
import { makeKey, periodWindow, periodRange } from './state.js';
import { meetingLabel } from './graph.js';
import { drawTimeline, drawPartnerSeries } from './timeline.js';
import { openReader, meetingSpans } from './reader.js';
import { articleText } from './api.js';

let destroyCharts = [];

/**
 * Draws a chart in a task of its own, after the panel's text is on screen:
 * a Chart.js chart costs about a hundred milliseconds to build, and two in
 * the same task as the panel (right after an expansion) made one long task.
 * draw() returns the chart's destroy function; a reset before it ran cancels
 * it.
 */
function drawLater(draw) {
  let destroy = null;
  const timer = setTimeout(() => { destroy = draw(); }, 0);
  destroyCharts.push(() => {
    clearTimeout(timer);
    destroy?.();
  });
}

function reset(el) {
  for (const destroy of destroyCharts) destroy();
  destroyCharts = [];
  return clear(el);
}

/** A button that opens the article's text with this meeting's evidence marked. */
function readButton(m, articleId) {
  if (!articleId) return null;
  return h('button', { type: 'button', class: 'small read', onclick: () => openReader(articleId, meetingSpans(m, articleId), articleText) }, 'Read in article');
}

/** Each issue of a meeting with the sentences that put it there. */
function issueEvidence(m, ctx) {
  const discussed = m.issueEvidence || (m.issues || []).map((issue) => ({ issue, evidence: [] }));
  return h('ul', { class: 'issue-evidence' }, discussed.map((d) => h('li', {},
    link(ctx, makeKey('issue', d.issue.id), d.issue.label || d.issue.id),
    (d.evidence || []).length
      ? h('ul', { class: 'evidence' }, d.evidence.map((e) => h('li', {},
        h('blockquote', {}, e.evidence || ''),
        h('p', { class: 'source' }, '— ', e.article?.title || e.article?.id || 'article', ' ', readButton(m, e.article?.id)))))
      : h('span', { class: 'muted' }, ' (no sentence recorded)'))));
}

/** A button that selects (and expands) another entity. */
function link(ctx, key, text) {
  return h('button', { type: 'button', class: 'entity', dataset: { key }, onclick: () => ctx.open(key) }, text);
}

function countryName(c) {
  return c ? c.name || c.code : '';
}

function officialLine(o) {
  const where = o.country ? countryName(o.country) : o.organization || '';
  return [o.title, where].filter(Boolean).join(', ');
}

function evidenceList(m) {
  const reports = m.reports || [];
  if (!reports.length) return h('p', { class: 'muted' }, 'No reporting article is recorded for this engagement.');
  return h(
    'ul',
    { class: 'evidence' },
    reports.map((r) => {
      const a = r.article || {};
      const href = safeURL(a.url);
      const title = a.title || a.id || 'article';
      const meta = [a.outlet, a.published].filter(Boolean).join(', ');
      return h(
        'li',
        {},
        h('blockquote', {}, r.evidence || ''),
        h('p', { class: 'source' }, '— ', href ? h('a', { href, target: '_blank', rel: 'noopener noreferrer' }, title) : h('span', {}, title), meta ? ` (${meta})` : '', ' ', readButton(m, a.id)),
      );
    }),
  );
}

function meetingFacts(m, ctx) {
  const loc = m.location ? [m.location.city, countryName(m.location.country)].filter(Boolean).join(', ') : '';
  return h(
    'dl',
    { class: 'facts' },
    h('dt', {}, 'When'), h('dd', {}, m.date || 'date unknown'),
    h('dt', {}, 'Status'), h('dd', {}, m.status || ''),
    loc ? [h('dt', {}, 'Where'), h('dd', {}, loc)] : null,
    h('dt', {}, 'Participants'),
    h('dd', {}, (m.participants || []).length ? h('ul', { class: 'inline' }, m.participants.map((o) => h('li', {}, link(ctx, makeKey('official', o.id), o.name), officialLine(o) ? ` (${officialLine(o)})` : ''))) : 'none named'),
    h('dt', {}, 'States'),
    h('dd', {}, h('ul', { class: 'inline' }, (m.countries || []).map((c) => h('li', {}, link(ctx, makeKey('country', c.code), countryName(c)))))),
    (m.issues || []).length ? [h('dt', {}, 'Issues'), h('dd', {}, issueEvidence(m, ctx))] : null,
  );
}

/** The full view of one meeting. */
export function renderMeeting(el, m, ctx) {
  reset(el);
  append(el, 
    h('h2', {}, h('span', { class: 'badge meeting' }, m.kind), ' ', meetingLabel(m)),
    meetingFacts(m, ctx),
    h('section', { class: 'evidence-panel', 'aria-label': 'Evidence' }, h('h3', {}, 'Evidence'), evidenceList(m)),
  );
}

/** A list of meetings, each opening onto its evidence. */
function meetingList(meetings, ctx, empty) {
  if (!meetings.length) return h('p', { class: 'muted' }, empty);
  return h(
    'ul',
    { class: 'meetings' },
    meetings.map((m) =>
      h(
        'li',
        {},
        h(
          'details',
          { class: 'meeting-item' },
          h('summary', {}, `${meetingLabel(m)} · ${m.status} · `, (m.participants || []).map((o) => o.name).join(', ') || (m.countries || []).map(countryName).join(', ')),
          meetingFacts(m, ctx),
          h('h4', {}, 'Evidence'),
          evidenceList(m),
          h('button', { type: 'button', class: 'small', onclick: () => ctx.open(makeKey('meeting', m.id)) }, 'Show in graph'),
        ),
      ),
    ),
  );
}

export function renderOfficial(el, o, meetings, ctx) {
  reset(el);
  append(el, 
    h('h2', {}, h('span', { class: 'badge official' }, 'official'), ' ', o.name),
    h('p', {}, officialLine(o) || ''),
    (o.aliases || []).length ? h('p', { class: 'muted' }, 'Also: ', o.aliases.join(', ')) : null,
    (o.roles || []).length
      ? [h('h3', {}, 'Roles'), h('ul', {}, o.roles.map((r) => h('li', {}, [r.title || r.level, countryName(r.country)].filter(Boolean).join(', '), r.firstSeen ? ` (${r.firstSeen}${r.lastSeen && r.lastSeen !== r.firstSeen ? ` – ${r.lastSeen}` : ''})` : '')))]
      : null,
    (o.counterparts || []).length
      ? [h('h3', {}, 'Met most often'), h('ol', {}, o.counterparts.map((c) => h('li', {}, link(ctx, makeKey('official', c.official.id), c.official.name), ` ${countryName(c.official.country)} · ${c.meetingCount}×`)))]
      : null,
    h('h3', {}, `Engagements in view (${meetings.length})`),
    meetingList(meetings, ctx, 'No engagements match the filters.'),
  );
}

export function renderIssue(el, i, meetings, ctx) {
  reset(el);
  append(el, 
    h('h2', {}, h('span', { class: 'badge issue' }, 'issue'), ' ', i.label),
    i.description ? h('p', {}, i.description) : null,
    h('p', { class: 'muted' }, `${i.meetingCount} engagements and ${i.articleCount} articles in all.`),
    h('h3', {}, `Engagements in view (${meetings.length})`),
    meetingList(meetings, ctx, 'No engagements match the filters.'),
  );
}

/** The country view: partners, officials who met its leaders, timeline. */
export function renderCountry(el, c, meetings, ctx) {
  reset(el);
  const canvasWrap = h('div', { class: 'chart' });
  const partnersWrap = h('div', { class: 'partners-chart' });
  const gran = ctx.granularity === 'MONTH' ? 'MONTH' : 'YEAR';
  const met = (c.officialsWhoMet?.edges || []).map((e) => e.node);
  append(el, 
    h('h2', {}, h('span', { class: 'badge country' }, 'country'), ' ', c.name),
    h('h3', {}, 'Partners by engagements'),
    c.partners.length
      ? h('ol', { class: 'ranked' }, c.partners.map((p) => h('li', {}, link(ctx, makeKey('country', p.country.code), countryName(p.country)), ` ${p.meetingCount}`, h('span', { class: 'muted' }, p.firstDate ? ` (${p.firstDate}${p.lastDate && p.lastDate !== p.firstDate ? ` – ${p.lastDate}` : ''})` : ''))))
      : h('p', { class: 'muted' }, 'No partners in this period.'),
    (c.partnersOverTime || []).length ? [h('h3', { id: 'partners-h' }, 'Partners by year'), partnersWrap] : null,
    h('h3', {}, `Officials who met its leaders`),
    met.length
      ? h('ul', { class: 'ranked' }, met.map((m) => h('li', {}, link(ctx, makeKey('official', m.official.id), m.official.name), ` (${countryName(m.official.country) || m.official.organization || ''}) met `, (m.counterparts || []).map((x) => x.name).join(', '), ` · ${m.meetingCount}×`)))
      : h('p', { class: 'muted' }, 'None in this period.'),
    h(
      'div',
      { class: 'chart-head' },
      h('h3', { id: 'timeline-h' }, 'Engagements per ', gran === 'MONTH' ? 'month' : 'year'),
      h('div', { role: 'group', 'aria-label': 'Timeline granularity' },
        h('button', { type: 'button', class: 'small', 'aria-pressed': String(gran === 'YEAR'), onclick: () => ctx.setGranularity('YEAR') }, 'Year'),
        h('button', { type: 'button', class: 'small', 'aria-pressed': String(gran === 'MONTH'), onclick: () => ctx.setGranularity('MONTH') }, 'Month')),
    ),
    c.timeline.length ? [canvasWrap, periodSlider(c.timeline, ctx)] : h('p', { class: 'muted' }, 'No dated engagements.'),
    h('h3', {}, `Engagements in view (${meetings.length})`),
    meetingList(meetings, ctx, 'No engagements match the filters.'),
  );
  if (c.timeline.length) drawLater(() => {
    // The canvas joins the page with its chart, so whoever finds the one finds the other.
    const canvas = h('canvas', { 'aria-labelledby': 'timeline-h', role: 'img' });
    append(canvasWrap, canvas);
    // A text version of the chart for screen readers and the keyboard.
    append(canvasWrap, h('p', { class: 'visually-hidden' }, c.timeline.map((b) => `${b.period}: ${b.meetingCount}`).join('; ')));
    const periods = c.timeline.map((b) => b.period);
    const { inRange } = periodWindow(periods, ctx.range.from, ctx.range.to);
    return drawTimeline(canvas, c.timeline, { inRange, onPick: (i) => pickPeriod(periods, i, ctx) });
  });
  if ((c.partnersOverTime || []).length) drawLater(() => {
    const canvas = h('canvas', { 'aria-labelledby': 'partners-h', role: 'img' });
    append(partnersWrap, canvas);
    append(partnersWrap, h('p', { class: 'visually-hidden' }, c.partnersOverTime.map((p) =>
      `${countryName(p.country)}: ${p.buckets.map((b) => `${b.period} ${b.meetingCount}`).join(', ')}`).join('; ')));
    return drawPartnerSeries(canvas, c.partnersOverTime);
  });
}

/** A click on a bar filters to its period; a click on the only bar selected lifts the filter. */
function pickPeriod(periods, i, ctx) {
  const { inRange } = periodWindow(periods, ctx.range.from, ctx.range.to);
  const alone = inRange[i] && inRange.filter(Boolean).length === 1 && (ctx.range.from || ctx.range.to);
  ctx.setRange(alone ? { from: '', to: '' } : periodRange(periods, i, i));
}

/**
 * Two sliders over the timeline's periods, its first and last shown period:
 * the date filter as a time range the keyboard can move too. The label
 * follows while a thumb moves; the filter changes when it is let go.
 */
function periodSlider(timeline, ctx) {
  const periods = timeline.map((b) => b.period);
  const { start, end } = periodWindow(periods, ctx.range.from, ctx.range.to);
  const last = periods.length - 1;
  const out = h('output', { class: 'period-label', 'aria-live': 'polite' });
  const a = h('input', { type: 'range', min: 0, max: last, step: 1, value: start, 'aria-label': 'First period shown' });
  const b = h('input', { type: 'range', min: 0, max: last, step: 1, value: end, 'aria-label': 'Last period shown' });
  const label = () => {
    const [x, y] = [Number(a.value), Number(b.value)].sort((p, q) => p - q);
    out.textContent = x === 0 && y === last ? `all (${periods[0]} – ${periods[last]})` : x === y ? periods[x] : `${periods[x]} – ${periods[y]}`;
  };
  const apply = () => ctx.setRange(periodRange(periods, Number(a.value), Number(b.value)));
  for (const input of [a, b]) {
    input.addEventListener('input', label);
    input.addEventListener('change', apply);
  }
  label();
  return h('div', { class: 'period-slider', role: 'group', 'aria-label': 'Time range' }, h('span', {}, 'Shown: '), out, a, b);
}

export function renderPath(el, path, ctx) {
  reset(el);
  if (!path) {
    append(el, h('h2', {}, 'No path'), h('p', {}, 'These two officials are not linked through shared engagements within six steps.'));
    return;
  }
  append(el, 
    h('h2', {}, `Path in ${path.hops} steps`),
    h('ol', { class: 'path-steps' }, path.steps.map((s) => {
      const key = s.kind === 'official' ? makeKey('official', s.id) : s.kind === 'meeting' ? makeKey('meeting', s.id) : makeKey('country', s.id);
      return h('li', {}, h('span', { class: `badge ${s.kind}` }, s.kind), ' ', link(ctx, key, s.label), s.relationship ? h('span', { class: 'muted' }, ` ${s.relationship.toLowerCase()} ↓`) : '');
    })),
    (path.alternatives || []).length
      ? [h('h3', {}, `Other paths of ${path.hops} steps`),
        h('ol', { class: 'path-alternatives' }, path.alternatives.map((p) => h('li', {}, p.steps.map((s) => s.label).join(' → '))))]
      : null,
  );
}

export function renderMessage(el, title, text) {
  reset(el);
  append(el, h('h2', {}, title), text ? h('p', {}, text) : null);
}

// The explorer's state and its form in the URL, so that a view can be shared
// as a link: which entities are expanded, which node is selected or focused,
// the filters and the path. Pure functions, tested with node --test.

/** Entity keys look like "country:PE", "official:abc", "issue:trade", "meeting:m1", "article:a1". */
export const KINDS = ['official', 'country', 'issue', 'meeting', 'article'];

/** The kinds of node the graph draws, each of which can be hidden. */
export const DRAWN = ['official', 'country', 'meeting', 'issue'];

export function emptyState() {
  return {
    expanded: [],
    selected: null,
    focus: null,
    filters: { from: '', to: '', kind: '', status: '', issue: '' },
    path: null,
    hidden: [],
  };
}

/** The hidden kinds with `type` shown or hidden, in DRAWN's order. */
export function toggleHidden(hidden, type) {
  const set = new Set(hidden);
  if (set.has(type)) set.delete(type);
  else set.add(type);
  return DRAWN.filter((t) => set.has(t));
}

/** Splits "country:PE" into {type, id}; null when the key is not one of ours. */
export function parseKey(key) {
  if (typeof key !== 'string') return null;
  const i = key.indexOf(':');
  if (i <= 0 || i === key.length - 1) return null;
  const type = key.slice(0, i);
  if (!KINDS.includes(type)) return null;
  return { type, id: key.slice(i + 1) };
}

export function makeKey(type, id) {
  return `${type}:${id}`;
}

const DATE = /^\d{4}(-\d{2}(-\d{2})?)?$/;
const WORD = /^[a-z_-]{1,40}$/;

/** Reads a state from a query string such as location.search; bad values are dropped. */
export function decodeState(search) {
  const params = new URLSearchParams(search);
  const state = emptyState();
  const seen = new Set();
  for (const key of params.getAll('e')) {
    if (parseKey(key) && !seen.has(key)) {
      seen.add(key);
      state.expanded.push(key);
    }
  }
  const sel = params.get('sel');
  if (parseKey(sel)) state.selected = sel;
  const focus = params.get('focus');
  if (parseKey(focus)) state.focus = focus;
  for (const name of ['from', 'to']) {
    const v = params.get(name) || '';
    if (DATE.test(v)) state.filters[name] = v;
  }
  for (const name of ['kind', 'status']) {
    const v = params.get(name) || '';
    if (WORD.test(v)) state.filters[name] = v;
  }
  const issue = params.get('issue') || '';
  if (issue && issue.length <= 100) state.filters.issue = issue;
  const pf = params.get('pathFrom');
  const pt = params.get('pathTo');
  if (parseKey(pf) && parseKey(pt)) state.path = { from: pf, to: pt };
  const hide = new Set((params.get('hide') || '').split(','));
  state.hidden = DRAWN.filter((t) => hide.has(t));
  return state;
}

/** Writes a state as a query string (with its leading "?", or "" when empty). */
export function encodeState(state) {
  const params = new URLSearchParams();
  for (const key of state.expanded) params.append('e', key);
  if (state.selected) params.set('sel', state.selected);
  if (state.focus) params.set('focus', state.focus);
  for (const [name, value] of Object.entries(state.filters)) {
    if (value) params.set(name, value);
  }
  if (state.path) {
    params.set('pathFrom', state.path.from);
    params.set('pathTo', state.path.to);
  }
  if (state.hidden?.length) params.set('hide', state.hidden.join(','));
  const s = params.toString();
  return s ? `?${s}` : '';
}

/** The API's meeting filter for one expanded entity under the current filters. */
export function meetingFilter(key, filters) {
  const parsed = parseKey(key);
  const f = {};
  if (parsed) {
    if (parsed.type === 'country') f.countries = [parsed.id];
    if (parsed.type === 'official') f.official = parsed.id;
    if (parsed.type === 'issue') f.issue = parsed.id;
  }
  if (filters.issue && !f.issue) f.issue = filters.issue;
  if (filters.kind) f.kind = filters.kind;
  if (filters.status) f.status = filters.status;
  const range = apiRange(filters.from, filters.to);
  if (range.from) f.from = range.from;
  if (range.to) f.to = range.to;
  return f;
}

/** The first day of a date known to a year, a month or a day ("2005" → "2005-01-01"). */
export function firstDay(date) {
  if (!date) return '';
  return date.length === 4 ? `${date}-01-01` : date.length === 7 ? `${date}-01` : date;
}

/** The last day of a date known to a year, a month or a day ("2004-02" → "2004-02-29"). */
export function lastDay(date) {
  if (!date) return '';
  if (date.length === 4) return `${date}-12-31`;
  if (date.length === 7) {
    const [y, m] = date.split('-').map(Number);
    const days = new Date(Date.UTC(y, m, 0)).getUTCDate(); // day 0 of the next month
    return `${date}-${String(days).padStart(2, '0')}`;
  }
  return date;
}

/**
 * The dates to send the API for the range [from, to], so that every meeting
 * whose date overlaps it comes back, however precisely it is dated. The API
 * compares dates as text, where "2005" and "2005-11" sort before
 * "2005-11-01": a `from` of 2005-11-01 would drop talks dated only
 * "2005-11" and a summit dated "2005". So `from` goes as its year (which
 * every partial date overlapping the range starts with, or is later than)
 * and `to` as its last day; the answer is then trimmed with dateInRange.
 */
export function apiRange(from, to) {
  return { from: from ? from.slice(0, 4) : '', to: lastDay(to) };
}

/**
 * The `from` for the API's counts (partners, timeline), which cannot be
 * trimmed here: the coarsest prefix that adds no day before `from`, so a
 * range starting on the 1st of a month keeps what is dated by that month
 * (and one starting on 1 January what is dated by the year).
 */
export function aggregateFrom(from) {
  if (/^\d{4}-01-01$/.test(from)) return from.slice(0, 4);
  if (/^\d{4}-\d{2}-01$/.test(from)) return from.slice(0, 7);
  return from || '';
}

/**
 * Whether a meeting's date overlaps [from, to]. Dates and bounds may be
 * partial ("2005", "2005-08"): each stands for the span of its days, and a
 * meeting is kept when its span overlaps the range's.
 */
export function dateInRange(date, from, to) {
  if (!from && !to) return true;
  if (!date) return false;
  if (from && lastDay(date) < firstDay(from)) return false;
  if (to && firstDay(date) > lastDay(to)) return false;
  return true;
}

/**
 * Where the filter's [from, to] falls on a timeline of periods ("2005" or
 * "2005-11", oldest first): which periods it overlaps, and the first and
 * last of them as slider positions (the whole timeline when unbounded).
 */
export function periodWindow(periods, from, to) {
  const inRange = periods.map((p) => dateInRange(p, from, to));
  let start = inRange.indexOf(true);
  let end = inRange.lastIndexOf(true);
  if (start < 0) [start, end] = [0, Math.max(periods.length - 1, 0)];
  return { inRange, start, end };
}

/**
 * The date filter for the periods start..end of a timeline (indices, in
 * either order): from the first day of one to the last day of the other, or
 * no bounds at all when that is the whole timeline (so undated meetings stay).
 */
export function periodRange(periods, start, end) {
  const [a, b] = start <= end ? [start, end] : [end, start];
  if (a <= 0 && b >= periods.length - 1) return { from: '', to: '' };
  return { from: firstDay(periods[a]), to: lastDay(periods[b]) };
}

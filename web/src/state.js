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
  if (filters.from) f.from = filters.from;
  if (filters.to) f.to = filters.to;
  return f;
}

/** Whether a meeting's date (possibly "2005" or "2005-08") falls in [from, to]. */
export function dateInRange(date, from, to) {
  if (!from && !to) return true;
  if (!date) return false;
  // A partial date stands for a span: keep it when the span overlaps.
  const first = date.length === 4 ? `${date}-01-01` : date.length === 7 ? `${date}-01` : date;
  const last = date.length === 4 ? `${date}-12-31` : date.length === 7 ? `${date}-31` : date;
  if (from && last < from) return false;
  if (to && first > to) return false;
  return true;
}

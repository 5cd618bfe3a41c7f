import { test } from 'node:test';
import assert from 'node:assert/strict';
import { decodeState, encodeState, emptyState, parseKey, meetingFilter, dateInRange, toggleHidden, apiRange, aggregateFrom, lastDay, periodWindow, periodRange } from './state.js';

test('state round-trips through the URL', () => {
  const s = emptyState();
  s.expanded = ['country:PE', 'official:o-1'];
  s.selected = 'meeting:m 1';
  s.focus = 'country:PE';
  s.filters = { from: '2005-01-01', to: '2005-12-31', kind: 'meeting', status: 'held', issue: 'counternarcotics' };
  s.path = { from: 'official:a', to: 'official:b' };
  s.hidden = ['official', 'issue'];
  assert.deepEqual(decodeState(encodeState(s)), s);
});

test('the empty state encodes to nothing', () => {
  assert.equal(encodeState(emptyState()), '');
  assert.deepEqual(decodeState(''), emptyState());
});

test('bad values in a shared link are dropped', () => {
  const cases = [
    ['?e=planet:mars', emptyState()],
    ['?e=country:', emptyState()],
    ['?from=yesterday', emptyState()],
    ['?kind=<script>', emptyState()],
    ['?pathFrom=official:a', emptyState()],
    ['?hide=article,planet', emptyState()],
  ];
  for (const [search, want] of cases) assert.deepEqual(decodeState(search), want, search);
});

test('duplicate expanded keys are kept once', () => {
  assert.deepEqual(decodeState('?e=country:PE&e=country:PE').expanded, ['country:PE']);
});

test('parseKey keeps colons inside ids', () => {
  assert.deepEqual(parseKey('official:a:b'), { type: 'official', id: 'a:b' });
  assert.equal(parseKey('nope'), null);
  assert.equal(parseKey(null), null);
});

test('meetingFilter combines the entity with the filters', () => {
  const filters = { from: '2005-01-01', to: '', kind: 'visit', status: '', issue: 'trade' };
  // `from` goes to the API as its year, so that meetings dated only by year or month come back.
  assert.deepEqual(meetingFilter('country:PE', filters), { countries: ['PE'], issue: 'trade', kind: 'visit', from: '2005' });
  assert.deepEqual(meetingFilter('issue:energy', filters), { issue: 'energy', kind: 'visit', from: '2005' });
  assert.deepEqual(meetingFilter('country:CN', { ...emptyState().filters, from: '2005-11-01', to: '2005-11-30' }), { countries: ['CN'], from: '2005', to: '2005-11-30' });
  assert.deepEqual(meetingFilter('official:x', emptyState().filters), { official: 'x' });
});

test('dateInRange treats partial dates as spans', () => {
  const cases = [
    ['2005-08-18', '2005-01-01', '2005-12-31', true],
    ['2005-08-18', '2006-01-01', '', false],
    ['2005', '2005-06-01', '2005-06-30', true],
    ['2005-08', '2005-09-01', '', false],
    ['', '2005-01-01', '', false],
    ['', '', '', true],
    // The issue's cases: a summit dated "2005" in Peru's 2005, talks dated "2005-11" in November.
    ['2005', '2005-01-01', '2005-12-31', true],
    ['2005-11', '2005-11-01', '2005-11-30', true],
    ['2005', '2005-11-01', '2005-11-30', true],
    ['2005-11', '2005-11-15', '2005-11-20', true],
    ['2005-10', '2005-11-01', '2005-11-30', false],
    ['2005-12', '2005-11-01', '2005-11-30', false],
    ['2004', '2005-01-01', '', false],
    // Partial bounds from a shared link stand for their spans too.
    ['2005-03-10', '', '2005', true],
    ['2005-03-10', '2005', '2005', true],
    ['2005-02-28', '', '2005-02', true],
    ['2006-01-01', '', '2005', false],
  ];
  for (const [d, from, to, want] of cases) assert.equal(dateInRange(d, from, to), want, `${d} in [${from}, ${to}]`);
});

test('hidden kinds toggle and keep one order in the URL', () => {
  const cases = [
    [[], 'issue', ['issue']],
    [['issue'], 'official', ['official', 'issue']],
    [['official', 'issue'], 'official', ['issue']],
    [['issue'], 'issue', []],
  ];
  for (const [hidden, type, want] of cases) assert.deepEqual(toggleHidden(hidden, type), want, `${hidden} ± ${type}`);
  assert.deepEqual(decodeState('?hide=issue,official,issue').hidden, ['official', 'issue']);
  assert.equal(encodeState({ ...emptyState(), hidden: ['meeting'] }), '?hide=meeting');
});

test('apiRange widens the range so partial dates come back', () => {
  const cases = [
    ['2005-11-01', '2005-11-30', { from: '2005', to: '2005-11-30' }],
    ['2005-01-01', '2005-12-31', { from: '2005', to: '2005-12-31' }],
    ['', '2005', { from: '', to: '2005-12-31' }],
    ['2005-08', '2005-08', { from: '2005', to: '2005-08-31' }],
    ['', '', { from: '', to: '' }],
  ];
  for (const [from, to, want] of cases) assert.deepEqual(apiRange(from, to), want, `${from}..${to}`);
  // What the API then answers, compared as text, includes every partial date overlapping the range.
  const { from, to } = apiRange('2005-11-01', '2005-11-30');
  for (const d of ['2005', '2005-11', '2005-11-04']) assert.ok(d >= from && d <= to, d);
});

test('lastDay knows the length of months', () => {
  const cases = [['2004-02', '2004-02-29'], ['2005-02', '2005-02-28'], ['2005-11', '2005-11-30'], ['2005', '2005-12-31'], ['2005-08-18', '2005-08-18'], ['', '']];
  for (const [d, want] of cases) assert.equal(lastDay(d), want, d);
});

test('aggregateFrom adds no day before the range', () => {
  const cases = [['2005-01-01', '2005'], ['2005-11-01', '2005-11'], ['2005-11-15', '2005-11-15'], ['', '']];
  for (const [d, want] of cases) assert.equal(aggregateFrom(d), want, d);
});

test('periodWindow places the date filter on a timeline', () => {
  const years = ['2003', '2005', '2008', '2013'];
  assert.deepEqual(periodWindow(years, '', ''), { inRange: [true, true, true, true], start: 0, end: 3 });
  assert.deepEqual(periodWindow(years, '2005-11-01', '2008-12-31'), { inRange: [false, true, true, false], start: 1, end: 2 });
  assert.deepEqual(periodWindow(years, '2010-01-01', '2011-12-31'), { inRange: [false, false, false, false], start: 0, end: 3 });
  const months = ['2005-08', '2005-11', '2006-01'];
  assert.deepEqual(periodWindow(months, '2005-11-01', '2005-11-30').inRange, [false, true, false]);
  assert.deepEqual(periodWindow([], '', ''), { inRange: [], start: 0, end: 0 });
});

test('periodRange turns slider positions into a date filter', () => {
  const years = ['2003', '2005', '2008', '2013'];
  assert.deepEqual(periodRange(years, 1, 2), { from: '2005-01-01', to: '2008-12-31' });
  assert.deepEqual(periodRange(years, 2, 1), { from: '2005-01-01', to: '2008-12-31' });
  assert.deepEqual(periodRange(years, 3, 3), { from: '2013-01-01', to: '2013-12-31' });
  assert.deepEqual(periodRange(years, 0, 3), { from: '', to: '' }, 'the whole timeline is no filter');
  assert.deepEqual(periodRange(['2005-02', '2005-11'], 0, 0), { from: '2005-02-01', to: '2005-02-28' });
});

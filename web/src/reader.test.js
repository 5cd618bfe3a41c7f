import { test } from 'node:test';
import assert from 'node:assert/strict';
import { segments, meetingSpans } from './reader.js';

const bytes = (s) => new TextEncoder().encode(s).length;

test('segments mark evidence by byte offsets, past multi-byte letters', () => {
  const first = 'Señora Quintana met the minister. ';
  const second = 'They discussed trade.';
  const text = first + second;
  const start = bytes(first);
  const out = segments(text, [{ start, end: start + bytes(second), label: 'trade' }]);
  assert.deepEqual(out, [
    { text: first, mark: false, labels: [] },
    { text: second, mark: true, labels: ['trade'] },
  ]);
});

test('overlapping spans merge and bad spans are ignored', () => {
  const text = 'abcdefghij';
  const out = segments(text, [{ start: 2, end: 5, label: 'a' }, { start: 4, end: 7, label: 'b' }, { start: 8, end: 99 }, { start: 3, end: 3 }]);
  assert.deepEqual(out.map((s) => [s.text, s.mark]), [['ab', false], ['cdefg', true], ['hij', false]]);
  assert.deepEqual(out[1].labels, ['a', 'b']);
});

test('meetingSpans takes the report and issue sentences of one article', () => {
  const m = {
    kind: 'talks',
    reports: [{ start: 0, end: 5, article: { id: 'a1' } }, { start: 0, end: 9, article: { id: 'a2' } }],
    issueEvidence: [{ issue: { id: 'trade', label: 'Trade' }, evidence: [{ start: 6, end: 10, article: { id: 'a1' } }] }],
  };
  assert.deepEqual(meetingSpans(m, 'a1'), [{ start: 0, end: 5, label: 'talks' }, { start: 6, end: 10, label: 'Trade' }]);
});

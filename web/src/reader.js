// Reading an article in the explorer: its cleaned text with the evidence
// sentences marked, so a claim is checked in context without leaving the
// application. Evidence offsets are byte offsets into the UTF-8 text (as
// the API gives them), so the text is cut as bytes, not as JavaScript's
// UTF-16 characters. segments() is pure and tested without a browser.
import { h, clear, append, safeURL } from './dom.js';

const encoder = new TextEncoder();
const decoder = new TextDecoder();

/**
 * Cuts text into runs: plain ones and marked ones for the spans
 * [{start, end, label}] (byte offsets). Overlapping spans merge; spans
 * outside the text or empty are ignored. Returns [{text, mark, labels}].
 */
export function segments(text, spans) {
  const bytes = encoder.encode(text || '');
  const valid = (spans || [])
    .filter((s) => Number.isInteger(s.start) && Number.isInteger(s.end) && s.start >= 0 && s.end <= bytes.length && s.start < s.end)
    .sort((a, b) => a.start - b.start || a.end - b.end);
  const merged = [];
  for (const s of valid) {
    const last = merged[merged.length - 1];
    if (last && s.start <= last.end) {
      last.end = Math.max(last.end, s.end);
      if (s.label && !last.labels.includes(s.label)) last.labels.push(s.label);
    } else {
      merged.push({ start: s.start, end: s.end, labels: s.label ? [s.label] : [] });
    }
  }
  const out = [];
  let at = 0;
  const cut = (a, b) => decoder.decode(bytes.subarray(a, b));
  for (const m of merged) {
    if (m.start > at) out.push({ text: cut(at, m.start), mark: false, labels: [] });
    out.push({ text: cut(m.start, m.end), mark: true, labels: m.labels });
    at = m.end;
  }
  if (at < bytes.length) out.push({ text: cut(at, bytes.length), mark: false, labels: [] });
  return out;
}

/** The evidence spans of one article in a meeting: its report and its issues' sentences. */
export function meetingSpans(m, articleId) {
  const spans = [];
  for (const r of m?.reports || []) {
    if (r.article?.id === articleId) spans.push({ start: r.start, end: r.end, label: `${m.kind || 'engagement'}` });
  }
  for (const d of m?.issueEvidence || []) {
    for (const e of d.evidence || []) {
      if (e.article?.id === articleId) spans.push({ start: e.start, end: e.end, label: d.issue?.label || d.issue?.id });
    }
  }
  return spans;
}

let dialog = null;

function readerDialog() {
  if (dialog && dialog.isConnected) return dialog;
  dialog = h('dialog', { id: 'reader', class: 'reader', 'aria-labelledby': 'reader-title' });
  document.body.appendChild(dialog);
  return dialog;
}

/**
 * Opens the reader on an article: fetch(id) gives {title, url, outlet,
 * published, text}; spans are the evidence to mark. The first mark is
 * scrolled into view.
 */
export async function openReader(id, spans, fetchArticle) {
  const d = readerDialog();
  clear(d);
  append(d, h('p', { class: 'muted' }, 'Loading the article…'));
  if (!d.open) d.showModal();
  let a;
  try {
    a = await fetchArticle(id);
  } catch (err) {
    clear(d);
    append(d, h('h2', { id: 'reader-title' }, 'Could not load the article'), h('p', {}, err.message), closeButton(d));
    return;
  }
  clear(d);
  const href = safeURL(a?.url);
  const meta = [a?.outlet, a?.published].filter(Boolean).join(', ');
  const body = a?.text
    ? h('div', { class: 'reader-text' }, segments(a.text, spans).map((s) =>
      s.mark ? h('mark', { title: s.labels.join(', ') || 'evidence' }, s.text) : s.text))
    : h('p', { class: 'muted' }, 'The text of this article is not stored (it was loaded before texts were kept); load it again to read it here.');
  append(d,
    h('div', { class: 'reader-head' },
      h('h2', { id: 'reader-title' }, a?.title || id),
      closeButton(d)),
    h('p', { class: 'source' }, meta, href ? [meta ? ' · ' : '', h('a', { href, target: '_blank', rel: 'noopener noreferrer' }, 'original')] : ''),
    body);
  d.querySelector('mark')?.scrollIntoView({ block: 'center' });
}

function closeButton(d) {
  return h('button', { type: 'button', class: 'small', onclick: () => d.close() }, 'Close');
}

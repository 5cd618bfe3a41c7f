// Exports of the current view: GraphML for Gephi and JSON. Pure functions over
// plain {nodes, edges} so they are tested without a browser; graph.js turns
// Cytoscape's elements into that form.

// Node columns as Gephi reads them: x, y, size, r, g, b and color are taken
// as the node's position, size and colour; the others become data columns
// (kind, date, status, the official's state, the counts in view).
const NODE_ATTRS = [
  ['type', 'string'], ['label', 'string'], ['date', 'string'], ['datePrecision', 'string'],
  ['kind', 'string'], ['status', 'string'], ['title', 'string'], ['country', 'string'],
  ['countries', 'string'], ['meetings', 'int'], ['degree', 'int'],
  ['x', 'double'], ['y', 'double'], ['size', 'double'],
  ['color', 'string'], ['r', 'int'], ['g', 'int'], ['b', 'int'],
];
const EDGE_ATTRS = [['type', 'string']];

/** The r, g, b of a "#rrggbb" colour, or null. */
export function rgb(hex) {
  const m = /^#([0-9a-f]{2})([0-9a-f]{2})([0-9a-f]{2})$/i.exec(String(hex || ''));
  return m ? { r: parseInt(m[1], 16), g: parseInt(m[2], 16), b: parseInt(m[3], 16) } : null;
}

/** A node with its colour split into the r, g, b columns Gephi reads. */
function withRGB(n) {
  const c = rgb(n.color);
  return c ? { ...n, ...c } : n;
}

function escapeXML(s) {
  return String(s)
    .replace(/&/g, '&amp;')
    .replace(/</g, '&lt;')
    .replace(/>/g, '&gt;')
    .replace(/"/g, '&quot;')
    .replace(/'/g, '&apos;')
    // XML 1.0 forbids most control characters even when escaped.
    .replace(/[\u0000-\u0008\u000B\u000C\u000E-\u001F]/g, '');
}

/** GraphML 1.0 with typed attributes Gephi reads as node and edge columns. */
export function toGraphML({ nodes, edges }) {
  const out = [];
  out.push('<?xml version="1.0" encoding="UTF-8"?>');
  out.push('<graphml xmlns="http://graphml.graphdrawing.org/xmlns" xmlns:xsi="http://www.w3.org/2001/XMLSchema-instance" xsi:schemaLocation="http://graphml.graphdrawing.org/xmlns http://graphml.graphdrawing.org/xmlns/1.0/graphml.xsd">');
  for (const [a, t] of NODE_ATTRS) out.push(`  <key id="n_${a}" for="node" attr.name="${a}" attr.type="${t}"/>`);
  for (const [a, t] of EDGE_ATTRS) out.push(`  <key id="e_${a}" for="edge" attr.name="${a}" attr.type="${t}"/>`);
  out.push('  <graph id="attache" edgedefault="undirected">');
  for (const node of nodes) {
    const n = withRGB(node);
    out.push(`    <node id="${escapeXML(n.id)}">`);
    for (const [a] of NODE_ATTRS) {
      if (n[a] !== undefined && n[a] !== null && n[a] !== '') out.push(`      <data key="n_${a}">${escapeXML(n[a])}</data>`);
    }
    out.push('    </node>');
  }
  for (const e of edges) {
    out.push(`    <edge id="${escapeXML(e.id)}" source="${escapeXML(e.source)}" target="${escapeXML(e.target)}">`);
    for (const [a] of EDGE_ATTRS) {
      if (e[a]) out.push(`      <data key="e_${a}">${escapeXML(e[a])}</data>`);
    }
    out.push('    </edge>');
  }
  out.push('  </graph>');
  out.push('</graphml>');
  return out.join('\n') + '\n';
}

/** The view as JSON: its nodes and edges, and the state that rebuilds it. */
export function toJSON({ nodes, edges }, state, link) {
  return JSON.stringify({ generator: 'Attaché explorer', link, state, nodes, edges }, null, 2) + '\n';
}

/** A file name for an export: attache-<what>-<date>.<ext>. */
export function exportName(what, ext, now = new Date()) {
  const safe = String(what || 'graph').toLowerCase().replace(/[^a-z0-9]+/g, '-').replace(/^-|-$/g, '') || 'graph';
  return `attache-${safe}-${now.toISOString().slice(0, 10)}.${ext}`;
}

// The graph canvas: Cytoscape.js with the fCoSE layout. It knows how to add
// the API's meetings (with their participants, states and issues) as nodes
// and edges, highlight a path, fade all but a focus, and hand its elements to
// the exporters. It does no fetching.
import cytoscape from 'cytoscape';
import { makeKey } from './state.js';
import { runLayout } from './layoutjob.js';

const COLORS = { official: '#1f5fa8', country: '#2e7d32', meeting: '#c75d00', issue: '#7b3fa0', article: '#555' };

const STYLE = [
  {
    selector: 'node',
    style: {
      label: 'data(label)',
      'font-size': 11,
      'font-family': 'system-ui, sans-serif',
      color: '#1b1b1b',
      'text-valign': 'bottom',
      'text-margin-y': 4,
      'text-wrap': 'ellipsis',
      'text-max-width': 140,
      'text-background-color': '#ffffff',
      'text-background-opacity': 0.8,
      'text-background-padding': 1,
      width: 26,
      height: 26,
      'border-width': 2,
      'border-color': '#ffffff',
    },
  },
  { selector: 'node[type="official"]', style: { shape: 'ellipse', 'background-color': COLORS.official } },
  { selector: 'node[type="country"]', style: { shape: 'round-rectangle', 'background-color': COLORS.country, width: 34, height: 24 } },
  { selector: 'node[type="meeting"]', style: { shape: 'diamond', 'background-color': COLORS.meeting, 'font-size': 10 } },
  { selector: 'node[type="issue"]', style: { shape: 'hexagon', 'background-color': COLORS.issue, 'font-size': 10 } },
  { selector: 'node.expanded', style: { 'border-color': '#111', 'border-width': 3 } },
  { selector: 'node.hidden', style: { display: 'none' } },
  { selector: 'node:selected', style: { 'border-color': '#f2b300', 'border-width': 5, 'z-index': 10 } },
  {
    selector: 'edge',
    style: { width: 1.5, 'line-color': '#b8bec6', 'curve-style': 'haystack', 'haystack-radius': 0, opacity: 0.9 },
  },
  { selector: 'edge[type="serves"]', style: { 'line-style': 'dashed', width: 1 } },
  { selector: '.faded', style: { opacity: 0.15 } },
  { selector: 'node.path', style: { 'border-color': '#d81b60', 'border-width': 5 } },
  { selector: 'edge.path', style: { 'line-color': '#d81b60', width: 4, opacity: 1, 'z-index': 9 } },
];

// Below this zoom the 11 px labels are too small to read; above the other, a
// few nodes look oversized.
const MIN_READABLE_ZOOM = 0.65;
const MAX_FIT_ZOOM = 1.3;

export function meetingLabel(m) {
  return `${m.kind || 'meeting'}${m.date ? ` ${m.date}` : ''}`;
}

/** Where new nodes gather: the node they expand from, else the middle of the placed ones. */
function anchorPosition(cy, anchorKey, placed) {
  const a = cy.getElementById(anchorKey);
  if (a.nonempty() && placed.contains(a)) return { ...a.position() };
  const bb = placed.boundingBox();
  return { x: (bb.x1 + bb.x2) / 2, y: (bb.y1 + bb.y2) / 2 };
}

/**
 * Starting places for new nodes: meetings on a ring around the anchor (wider
 * as there are more), everything else beside a neighbour already seeded or
 * placed. fCoSE starts from these, so new nodes settle near where they belong.
 */
function seedPositions(cy, fresh, center) {
  const meetings = fresh.filter('[type="meeting"]');
  const ring = Math.max(140, (meetings.length * 60) / (2 * Math.PI));
  meetings.forEach((m, i) => {
    const t = (2 * Math.PI * i) / Math.max(meetings.length, 1);
    m.position({ x: center.x + ring * Math.cos(t), y: center.y + ring * Math.sin(t) });
  });
  const seeded = new Set(meetings.map((m) => m.id()));
  fresh.difference(meetings).forEach((n, i) => {
    const near = n.neighborhood('node').filter((x) => seeded.has(x.id()) || !fresh.contains(x));
    const base = near.nonempty() ? near[0].position() : center;
    const t = i * 2.39996; // the golden angle spreads neighbours of one meeting apart
    n.position({ x: base.x + 70 * Math.cos(t), y: base.y + 70 * Math.sin(t) });
    seeded.add(n.id());
  });
}

// Closer than this, two nodes' shapes touch and their labels collide.
const MIN_GAP = 46;

/**
 * Moves each of the `fresh` nodes that sits on one of the `still` nodes (or
 * on a fresh node settled before it) away from it, a few steps at most; the
 * still nodes do not move. A grid of
 * MIN_GAP cells keeps this linear in the number of nodes. Returns how many
 * fresh nodes moved.
 */
function separate(fresh, still) {
  const cell = (v) => Math.floor(v / MIN_GAP);
  const grid = new Map();
  const put = (p) => {
    const k = `${cell(p.x)},${cell(p.y)}`;
    if (!grid.has(k)) grid.set(k, []);
    grid.get(k).push(p);
  };
  still.forEach((n) => put({ ...n.position() }));
  const nearest = (p) => {
    let best = null;
    for (let dx = -1; dx <= 1; dx++) {
      for (let dy = -1; dy <= 1; dy++) {
        for (const q of grid.get(`${cell(p.x) + dx},${cell(p.y) + dy}`) || []) {
          const d = Math.hypot(q.x - p.x, q.y - p.y);
          if (d < MIN_GAP && (!best || d < best.d)) best = { q, d };
        }
      }
    }
    return best;
  };
  let moved = 0;
  fresh.forEach((n) => {
    const p = { ...n.position() };
    let hit = nearest(p);
    if (!hit) {
      put(p); // settled: the new nodes after it keep clear of it too
      return;
    }
    for (let step = 0; hit && step < 8; step++) {
      // Straight away from the node it sits on (any way at all if exactly on it).
      const [ux, uy] = hit.d > 0.5 ? [(p.x - hit.q.x) / hit.d, (p.y - hit.q.y) / hit.d] : [Math.cos(step), Math.sin(step)];
      p.x = hit.q.x + ux * (MIN_GAP + 2);
      p.y = hit.q.y + uy * (MIN_GAP + 2);
      hit = nearest(p);
    }
    n.position(p);
    put(p);
    moved++;
  });
  return moved;
}

/**
 * The box around the nodes' positions with room for a node and its label
 * (FIT_MARGIN), or null for no nodes. Unlike Cytoscape's boundingBox it
 * works for nodes staged but not drawn yet, and across two instances.
 */
const FIT_MARGIN = 60;
function positionBox(nodes) {
  if (!nodes || nodes.empty()) return null;
  let x1 = Infinity;
  let y1 = Infinity;
  let x2 = -Infinity;
  let y2 = -Infinity;
  nodes.forEach((n) => {
    const p = n.position();
    x1 = Math.min(x1, p.x);
    y1 = Math.min(y1, p.y);
    x2 = Math.max(x2, p.x);
    y2 = Math.max(y2, p.y);
  });
  x1 -= FIT_MARGIN;
  y1 -= FIT_MARGIN;
  x2 += FIT_MARGIN;
  y2 += FIT_MARGIN;
  return { x1, y1, x2, y2, w: x2 - x1, h: y2 - y1 };
}

// fCoSE's options for a whole layout (a search, a shared link).
const WHOLE = {
  quality: 'default',
  randomize: true,
  nodeRepulsion: 9000,
  idealEdgeLength: 90,
  nodeSeparation: 90,
  packComponents: true,
};

/** The stage's new elements as Cytoscape JSON with their positions (copies of drawn nodes left out). */
function placedElements(stage) {
  const nodes = stage.nodes('[^real]').map((n) => ({ group: 'nodes', data: { ...n.data() }, position: { ...n.position() } }));
  const edges = stage.edges().map((e) => ({ group: 'edges', data: { ...e.data() } }));
  return [...nodes, ...edges];
}

// New nodes drawn per frame once placed.
const PLACE_CHUNK = 40;

/** Resolves after the next frame is drawn (or 100 ms, where frames are not drawn). */
function nextFrame() {
  return new Promise((resolve) => {
    let done = false;
    const go = () => {
      if (!done) resolve((done = true));
    };
    if (typeof requestAnimationFrame === 'function') requestAnimationFrame(() => setTimeout(go, 0));
    setTimeout(go, 100);
  });
}

// The box of each kind of node as drawn (STYLE) and its label's font size.
const SHAPES = { country: [34, 24, 11], meeting: [26, 26, 10], issue: [26, 26, 10] };
const DEFAULT_SHAPE = [26, 26, 11];

/**
 * The box a node takes with its label below it, from the label's length: an
 * estimate (0.6 em a character, up to the 140 px the label is cut at) that
 * spares measuring text on the main thread, where measuring hundreds of
 * labels was a long task of its own.
 */
export function nodeBox(type, label) {
  const [w, h, font] = SHAPES[type] || DEFAULT_SHAPE;
  const text = Math.min(140, String(label || '').length * font * 0.6) + 2;
  return { w: Math.max(w + 4, text), h: h + 4 + 4 + font * 1.3 };
}

/**
 * A layout job for layoutjob.js: each node's id, its box with its label
 * and its position now.
 */
function layoutJob(nodes, edges, options) {
  return {
    nodes: nodes.map((n) => {
      const { w, h } = nodeBox(n.data('type'), n.data('label'));
      const p = n.position();
      return { id: n.id(), w, h, x: p.x, y: p.y };
    }),
    edges: edges.map((e) => ({ id: e.id(), source: e.data('source'), target: e.data('target') })),
    options,
  };
}

// One worker runs every layout, one after another; without workers (Node's
// unit tests) or if the worker fails to start, the layout runs in-thread.
let worker = null;
let workerBroken = typeof Worker === 'undefined';
let jobs = 0;
const waiting = new Map();

function usesWorker() {
  return !workerBroken;
}

function startWorker() {
  try {
    worker = new Worker(new URL('./layout.worker.js', import.meta.url), { type: 'module' });
  } catch {
    workerBroken = true;
    return;
  }
  worker.onmessage = (event) => {
    const { id, error, ...result } = event.data;
    const w = waiting.get(id);
    waiting.delete(id);
    if (!w) return;
    if (error) w.reject(new Error(`layout: ${error}`));
    else w.resolve(result);
  };
  worker.onerror = (event) => {
    // A worker that cannot load (say, a blocked script) must not leave the
    // graph unplaced: every job waiting and all later ones run in-thread.
    event.preventDefault?.();
    workerBroken = true;
    worker.terminate();
    worker = null;
    for (const [id, w] of waiting) {
      waiting.delete(id);
      try { w.resolve(runLayout(w.job)); } catch (err) { w.reject(err); }
    }
  };
}

function layoutOffThread(job) {
  if (!workerBroken && !worker) startWorker();
  if (workerBroken) {
    try { return Promise.resolve(runLayout(job)); } catch (err) { return Promise.reject(err); }
  }
  const id = ++jobs;
  return new Promise((resolve, reject) => {
    waiting.set(id, { resolve, reject, job });
    worker.postMessage({ id, job });
  });
}

export class Graph {
  constructor(container, { onSelect, onExpand, onFocus } = {}) {
    this.cy = cytoscape({
      container,
      style: STYLE,
      minZoom: 0.2,
      maxZoom: 3,
      wheelSensitivity: 0.3,
      boxSelectionEnabled: false,
      selectionType: 'single',
    });
    this.meetings = new Map();
    this.generation = 0;
    // Which expanded entities (or "path") brought each meeting in, so that
    // collapsing one takes away only what no other still needs.
    this.sources = new Map();
    // A tap selects and expands; a double tap focuses. Cytoscape fires both
    // "tap" events before "dbltap", so the focus simply follows the expand.
    this.cy.on('tap', 'node', (evt) => {
      const key = evt.target.id();
      onSelect?.(key);
      onExpand?.(key);
    });
    this.cy.on('dbltap', 'node', (evt) => onFocus?.(evt.target.id()));
    this.cy.on('tap', (evt) => {
      if (evt.target === this.cy) onSelect?.(null);
    });
  }

  clear() {
    this.generation++; // a layout still running for the old elements is dropped
    this.cy.elements().remove();
    this.stage?.destroy();
    this.stage = null;
    this.meetings.clear();
    this.sources.clear();
  }

  isEmpty() {
    return this.cy.nodes().length === 0 && !this.stage?.nodes('[^real]').length;
  }

  /** The element with this id, drawn or staged (an empty collection if neither). */
  find(key) {
    const n = this.cy.getElementById(key);
    if (n.nonempty() || !this.stage) return n;
    return this.stage.getElementById(key);
  }

  has(key) {
    return this.find(key).nonempty();
  }

  node(key) {
    const n = this.find(key);
    return n.nonempty() ? n.data() : null;
  }

  /**
   * What is added goes first to the stage, a headless Cytoscape of its own:
   * a layout (layout, layoutAround) places it there and only then adds it to
   * the drawn graph, a part per frame (addPlaced). Drawing hundreds of new
   * elements in one frame, even hidden ones, was a long task of its own.
   */
  staging() {
    if (!this.stage) this.stage = cytoscape({ headless: true });
    return this.stage;
  }

  addNode(key, data) {
    const drawn = this.cy.getElementById(key);
    const staged = this.stage?.getElementById(key);
    // A drawn node keeps the data (its copy in the stage is for the layout only).
    const n = drawn.nonempty() ? drawn : staged?.nonempty() ? staged : null;
    if (n) {
      // Keep what we knew and add what is new (a later query may know more).
      for (const [k, v] of Object.entries(data)) if (v !== undefined && v !== null && v !== '') n.data(k, v);
      return;
    }
    this.staging().add({ group: 'nodes', data: { id: key, ...data } });
  }

  addEdge(source, target, type) {
    const id = `${source}->${target}`;
    const back = `${target}->${source}`;
    if (this.find(id).nonempty() || this.find(back).nonempty()) return;
    const stage = this.staging();
    // An edge to a drawn node takes a copy of it (flagged real, with its
    // position) into the stage, for the layout to attach the new nodes to.
    for (const end of [source, target]) {
      if (stage.getElementById(end).nonempty()) continue;
      const drawn = this.cy.getElementById(end);
      if (drawn.nonempty()) stage.add({ group: 'nodes', data: { ...drawn.data(), real: true }, position: { ...drawn.position() } });
    }
    stage.add({ group: 'edges', data: { id, source, target, type } });
  }

  /** Hands over the stage (null if nothing was added since the last layout). */
  takeStage() {
    const stage = this.stage;
    this.stage = null;
    return stage;
  }

  /** Adds what is staged to the drawn graph at once, where it is (for the unit tests). */
  flush() {
    const stage = this.takeStage();
    if (stage) this.cy.add(placedElements(stage));
    stage?.destroy();
  }

  /**
   * Adds the staged elements, placed, to the drawn graph, PLACE_CHUNK nodes
   * per frame, each edge with the later of its two ends: the first drawing of
   * a node (its label's texture) is what costs, and this keeps each frame's
   * share small. An element drawn meanwhile (by a path, say) is skipped.
   */
  async addPlaced(stage) {
    const gen = this.generation;
    const all = placedElements(stage);
    stage.destroy();
    const nodes = all.filter((e) => e.group === 'nodes');
    let edges = all.filter((e) => e.group === 'edges');
    for (let i = 0; i < nodes.length; i += PLACE_CHUNK) {
      if (i > 0) await nextFrame();
      if (gen !== this.generation) return;
      this.cy.batch(() => {
        this.cy.add(nodes.slice(i, i + PLACE_CHUNK).filter((n) => this.cy.getElementById(n.data.id).empty()));
        const ready = [];
        const later = [];
        for (const e of edges) {
          const ends = this.cy.getElementById(e.data.source).nonempty() && this.cy.getElementById(e.data.target).nonempty();
          (ends ? ready : later).push(e);
        }
        this.cy.add(ready.filter((e) => this.cy.getElementById(e.data.id).empty()));
        edges = later;
      });
    }
  }

  addOfficial(o) {
    const key = makeKey('official', o.id);
    this.addNode(key, {
      type: 'official',
      label: o.name,
      title: o.title || '',
      country: o.country?.code || o.organization || '',
    });
    return key;
  }

  addCountry(c) {
    const key = makeKey('country', c.code);
    this.addNode(key, { type: 'country', label: c.name || c.code });
    return key;
  }

  addIssue(i) {
    const key = makeKey('issue', i.id);
    this.addNode(key, { type: 'issue', label: i.label || i.id });
    return key;
  }

  /** Adds a meeting with everything around it, brought in by `source`; returns its key. */
  addMeeting(m, source) {
    const key = makeKey('meeting', m.id);
    this.meetings.set(key, m);
    if (!this.sources.has(key)) this.sources.set(key, new Set());
    if (source) this.sources.get(key).add(source);
    this.addNode(key, { type: 'meeting', label: meetingLabel(m), date: m.date || '', kind: m.kind, status: m.status });
    for (const o of m.participants || []) {
      const ok = this.addOfficial(o);
      this.addEdge(key, ok, 'participant');
    }
    for (const c of m.countries || []) this.addEdge(key, this.addCountry(c), 'country');
    for (const i of m.issues || []) this.addEdge(key, this.addIssue(i), 'issue');
    return key;
  }

  /**
   * Adds many meetings in one batch: Cytoscape then computes styles once for
   * all the new elements instead of once per element added.
   */
  addMeetings(list, source) {
    for (const m of list) this.addMeeting(m, source);
  }

  /**
   * Takes back what expanding `key` brought in: its meetings that no other
   * source needs, then the officials, states and issues left without an
   * edge. The node itself and the keys in `keep` (other expanded entities,
   * the path) stay; nothing else moves. Returns how many nodes went.
   */
  collapse(key, keep) {
    const cy = this.cy;
    let gone = cy.collection();
    for (const [mk, srcs] of this.sources) {
      if (!srcs.delete(key) || srcs.size || mk === key || keep.has(mk)) continue;
      this.sources.delete(mk);
      this.meetings.delete(mk);
      gone = gone.union(cy.getElementById(mk));
    }
    cy.remove(gone);
    const orphans = cy.nodes().filter((n) => n.data('type') !== 'meeting' && n.degree(false) === 0 && n.id() !== key && !keep.has(n.id()));
    cy.remove(orphans);
    return gone.length + orphans.length;
  }

  /** Hides every node of the given types (and so their edges); shows the rest. */
  setHidden(types) {
    this.cy.batch(() => {
      // Only the nodes that change: Cytoscape restyles every element given
      // to addClass or removeClass, changed or not, and a restyle of every
      // node of a big graph (with its label) is a long task.
      const hide = this.cy.nodes().filter((n) => types.includes(n.data('type')));
      this.cy.nodes('.hidden').difference(hide).removeClass('hidden');
      hide.filter((n) => !n.hasClass('hidden')).addClass('hidden');
    });
  }

  markExpanded(keys) {
    // Only the nodes that change (see setHidden).
    const want = new Set(keys);
    this.cy.nodes('.expanded').filter((n) => !want.has(n.id())).removeClass('expanded');
    for (const k of keys) {
      const n = this.cy.getElementById(k);
      if (n.nonempty() && !n.hasClass('expanded')) n.addClass('expanded');
    }
  }

  select(key) {
    this.cy.nodes(':selected').filter((n) => n.id() !== key).unselect();
    if (key) this.cy.getElementById(key).select();
  }

  /**
   * Lays out the whole graph afresh (a rebuild), off the main thread, fits
   * it in view and draws it a part per frame. Meant for a cleared graph whose
   * elements are all staged; anything drawn already is laid out with them.
   */
  layout() {
    this.flushIfDrawn();
    const stage = this.takeStage();
    if (!stage) return this.relayoutDrawn();
    const nodes = stage.nodes();
    const gen = this.generation;
    return layoutOffThread(layoutJob(nodes, stage.edges(), WHOLE)).then(({ positions, ms }) => {
      if (gen !== this.generation) return stage.destroy();
      nodes.forEach((n) => { if (positions[n.id()]) n.position(positions[n.id()]); });
      this.lastLayout = { placed: 0, added: nodes.length, drift: 0, nudged: 0, ms, worker: usesWorker() };
      this.readableFit(positionBox(nodes));
      return this.addPlaced(stage);
    });
  }

  /** With nodes drawn already, a whole layout takes the staged ones in among them first. */
  flushIfDrawn() {
    if (this.stage && this.cy.nodes().nonempty()) this.flush();
  }

  /** A whole layout of the drawn graph (nothing staged), moving the nodes in one batch. */
  relayoutDrawn() {
    const nodes = this.cy.nodes();
    if (nodes.empty()) return Promise.resolve();
    const gen = this.generation;
    return layoutOffThread(layoutJob(nodes, this.cy.edges(), WHOLE)).then(({ positions, ms }) => {
      if (gen !== this.generation) return;
      this.cy.batch(() => nodes.forEach((n) => { if (positions[n.id()] && !n.removed()) n.position(positions[n.id()]); }));
      this.lastLayout = { placed: 0, added: nodes.length, drift: 0, nudged: 0, ms, worker: usesWorker() };
      this.readableFit();
    });
  }

  /** The ids of the nodes drawn now; layoutAround places only the others. */
  placedIds() {
    return new Set(this.cy.nodes().map((n) => n.id()));
  }

  /**
   * Places the nodes added since `placed` (ids from placedIds) and leaves
   * every placed node where it is, so an expansion does not scramble what the
   * reader has already found. New nodes start around the node they expand
   * from (or the middle of the graph), fCoSE settles them with the placed
   * nodes fixed, and the view pans to them only if they fall outside it.
   */
  layoutAround(placed, anchorKey) {
    const cy = this.cy;
    if (cy.nodes().empty()) return this.layout();
    const stage = this.takeStage();
    if (!stage) return Promise.resolve();
    const fresh = stage.nodes('[^real]');
    if (fresh.empty()) {
      // Only edges between drawn nodes: nothing to place.
      return this.addPlaced(stage);
    }
    seedPositions(stage, fresh, anchorPosition(cy, anchorKey, cy.nodes()));
    // Only the new nodes and the drawn nodes they attach to take part: the
    // cost then grows with the expansion, not with the whole graph.
    const scope = fresh.union(fresh.neighborhood());
    const kept = new Map(scope.nodes('[?real]').map((n) => [n.id(), { ...n.position() }]));
    const started = performance.now();
    const gen = this.generation;
    const job = layoutJob(scope.nodes(), scope.edges(), {
      quality: 'default', // fast cooling: new nodes start near their place already
      randomize: false,
      nodeRepulsion: 9000,
      idealEdgeLength: 90,
      nodeSeparation: 90,
      packComponents: false,
      fixedNodeConstraint: [...kept].map(([nodeId, position]) => ({ nodeId, position })),
    });
    return layoutOffThread(job).then(({ positions }) => {
      if (gen !== this.generation) return stage.destroy();
      // fCoSE honours fixed nodes up to rounding; drawn nodes are not moved
      // at all, and how far fCoSE had let them drift is kept for the tests.
      let drift = 0;
      for (const [id, p] of kept) {
        const q = positions[id];
        if (q) drift = Math.max(drift, Math.hypot(q.x - p.x, q.y - p.y));
      }
      fresh.forEach((n) => { if (positions[n.id()]) n.position(positions[n.id()]); });
      // Drawn nodes outside the layout did not push the new ones away.
      const nudged = separate(fresh, cy.nodes().filter((n) => !kept.has(n.id())));
      this.lastLayout = { placed: kept.size, added: fresh.length, drift, nudged, ms: performance.now() - started, worker: usesWorker() };
      this.reveal(positionBox(fresh.union(stage.getElementById(anchorKey))));
      return this.addPlaced(stage);
    });
  }

  /** Pans (and if need be zooms out, down to readable) so that eles are in view. */
  reveal(bb) {
    const cy = this.cy;
    const ext = cy.extent();
    if (!bb || (bb.x1 >= ext.x1 && bb.x2 <= ext.x2 && bb.y1 >= ext.y1 && bb.y2 <= ext.y2)) return;
    const zoom = cy.zoom();
    this.fitBox(bb, Math.min(zoom, Math.max(this.zoomToFit(bb), MIN_READABLE_ZOOM)));
  }

  /** The zoom at which a box fits in the canvas, or the current zoom if there is no canvas. */
  zoomToFit(bb) {
    const cy = this.cy;
    const w = cy.width();
    const h = cy.height();
    if (!w || !h) return cy.zoom();
    return Math.min(w / Math.max(bb.w, 1), h / Math.max(bb.h, 1));
  }

  /** Zooms to `zoom` (within Cytoscape's bounds) with the middle of `bb` in the middle of the canvas. */
  fitBox(bb, zoom) {
    const cy = this.cy;
    const z = Math.min(cy.maxZoom(), Math.max(cy.minZoom(), zoom));
    const mid = { x: (bb.x1 + bb.x2) / 2, y: (bb.y1 + bb.y2) / 2 };
    cy.viewport({ zoom: z, pan: { x: cy.width() / 2 - z * mid.x, y: cy.height() / 2 - z * mid.y } });
  }

  /**
   * Fits the graph in view, but within zooms where labels stay readable: a
   * handful of nodes is not blown up, and a big graph on a narrow screen is
   * shown around the selected node (or its middle) rather than shrunk to dots.
   * fitAll() shows everything whatever the zoom. It works from the nodes'
   * positions, so it also fits nodes placed but not drawn yet (addPlaced).
   */
  readableFit(box = null) {
    const cy = this.cy;
    const bb = box || positionBox(cy.nodes());
    if (!bb) return;
    const fit = this.zoomToFit(bb);
    if (fit >= MIN_READABLE_ZOOM) {
      this.fitBox(bb, Math.min(fit, MAX_FIT_ZOOM));
      return;
    }
    const sel = cy.nodes(':selected');
    const around = sel.nonempty() ? positionBox(sel) : cy.nodes('.expanded').nonempty() ? positionBox(cy.nodes('.expanded')) : bb;
    this.fitBox(around, MIN_READABLE_ZOOM);
  }

  fitAll() {
    this.cy.animate({ fit: { eles: this.cy.elements(), padding: 30 }, duration: 250 });
  }

  /** Fades everything but the node and its neighbours and zooms to them. */
  focus(key) {
    this.cy.elements('.faded').removeClass('faded');
    if (!key) return;
    const n = this.cy.getElementById(key);
    if (n.empty()) return;
    const near = n.closedNeighborhood();
    this.cy.elements().difference(near).addClass('faded');
    this.cy.animate({ fit: { eles: near, padding: 60 }, duration: 300 });
  }

  /** Highlights the path's nodes (keys in order) and the edges between them. */
  highlightPath(keys) {
    this.cy.elements('.path').removeClass('path');
    if (!keys || !keys.length) return;
    const nodes = keys.map((k) => this.cy.getElementById(k)).filter((n) => n.nonempty());
    let eles = this.cy.collection();
    nodes.forEach((n, i) => {
      n.addClass('path');
      eles = eles.union(n);
      if (i > 0) {
        const e = n.edgesWith(nodes[i - 1]);
        e.addClass('path');
        eles = eles.union(e);
      }
    });
    if (eles.nonempty()) this.cy.animate({ fit: { eles, padding: 80 }, duration: 300 });
  }

  /** Nodes and edges as plain objects for the exporters and the node list. */
  /**
   * The view as plain nodes and edges for the exports, with what a Gephi
   * user needs besides the data: each node's position and colour as drawn,
   * its size, its degree in view and, for an official, state or issue, the
   * meetings in view around it (for a meeting, its states).
   */
  view() {
    const nodes = this.cy.nodes().map((n) => {
      const d = { ...n.data() };
      const p = n.position();
      d.x = Math.round(p.x * 10) / 10;
      d.y = Math.round(p.y * 10) / 10;
      d.size = Math.round(n.width() * 10) / 10;
      d.color = COLORS[d.type] || '';
      d.degree = n.degree(false);
      if (d.type === 'meeting') {
        const m = this.meetings.get(n.id());
        d.countries = (m?.countries || []).map((c) => c.code).join(' ');
        d.datePrecision = m?.datePrecision || '';
      } else {
        d.meetings = n.neighborhood('node[type="meeting"]').length;
      }
      return d;
    });
    const edges = this.cy.edges().map((e) => ({ id: e.id(), source: e.data('source'), target: e.data('target'), type: e.data('type') }));
    return { nodes, edges };
  }

  png() {
    return this.cy.png({ output: 'blob', bg: '#ffffff', full: true, scale: 2, maxWidth: 4000, maxHeight: 4000 });
  }

  resize() {
    this.cy.resize();
  }
}

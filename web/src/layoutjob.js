// fCoSE on plain data, away from the page: the explorer sends the nodes
// (id, size with label, starting position), the edges and the layout's
// options, and gets back a position per node. The same function runs in the
// layout worker (layout.worker.js), so that laying out hundreds of nodes
// never blocks the page, and in-thread where there are no workers (the unit
// tests under Node). It touches no DOM.
import cytoscape from 'cytoscape';
import fcose from 'cytoscape-fcose';

cytoscape.use(fcose);

// The sizes measured on the page (label included) stand in for the nodes'
// own shapes, so the headless layout keeps names apart as the page would.
const STYLE = [{ selector: 'node', style: { width: 'data(w)', height: 'data(h)', shape: 'rectangle' } }];

/**
 * Runs fCoSE on job = {nodes: [{id, w, h, x?, y?}], edges: [{id, source,
 * target}], options} and returns {positions: {id: {x, y}}, ms}. Options are
 * fCoSE's; animation, fitting and label measuring are the page's business
 * and are turned off here.
 */
export function runLayout(job) {
  const started = performance.now();
  const cy = cytoscape({ headless: true, styleEnabled: true, style: STYLE });
  cy.batch(() => {
    cy.add(job.nodes.map((n) => ({
      group: 'nodes',
      data: { id: n.id, w: n.w, h: n.h },
      position: { x: n.x ?? 0, y: n.y ?? 0 },
    })));
    const ids = new Set(job.nodes.map((n) => n.id));
    cy.add(job.edges.filter((e) => ids.has(e.source) && ids.has(e.target)).map((e) => ({
      group: 'edges',
      data: { id: e.id, source: e.source, target: e.target },
    })));
  });
  cy.layout({
    ...job.options,
    name: 'fcose',
    animate: false,
    fit: false,
    nodeDimensionsIncludeLabels: false,
  }).run();
  const positions = {};
  cy.nodes().forEach((n) => {
    const p = n.position();
    positions[n.id()] = { x: p.x, y: p.y };
  });
  cy.destroy();
  return { positions, ms: performance.now() - started };
}

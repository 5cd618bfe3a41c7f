import { test } from 'node:test';
import assert from 'node:assert/strict';
import { runLayout } from './layoutjob.js';

// An invented star: a meeting with three participants, one of them fixed.
const job = (options = {}) => ({
  nodes: [
    { id: 'meeting:m1', w: 30, h: 40, x: 0, y: 0 },
    { id: 'official:a', w: 80, h: 40, x: 10, y: 0 },
    { id: 'official:b', w: 80, h: 40, x: 0, y: 10 },
    { id: 'country:AA', w: 40, h: 40, x: 500, y: 500 },
  ],
  edges: [
    { id: 'e1', source: 'meeting:m1', target: 'official:a' },
    { id: 'e2', source: 'meeting:m1', target: 'official:b' },
    { id: 'e3', source: 'meeting:m1', target: 'country:AA' },
    { id: 'dangling', source: 'meeting:m1', target: 'official:elsewhere' },
  ],
  options: { quality: 'default', randomize: false, nodeRepulsion: 9000, idealEdgeLength: 90, nodeSeparation: 90, packComponents: false, ...options },
});

test('runLayout places every node of the job, apart from the others', () => {
  const { positions, ms } = runLayout(job());
  assert.deepEqual(Object.keys(positions).sort(), ['country:AA', 'meeting:m1', 'official:a', 'official:b']);
  assert.ok(ms >= 0);
  const ps = Object.values(positions);
  for (let i = 0; i < ps.length; i++) for (let j = i + 1; j < ps.length; j++) {
    const d = Math.hypot(ps[i].x - ps[j].x, ps[i].y - ps[j].y);
    assert.ok(d > 30, `nodes ${i} and ${j} are ${d.toFixed(1)} apart`);
  }
});

test('runLayout keeps fixed nodes where they are', () => {
  const { positions } = runLayout(job({ fixedNodeConstraint: [{ nodeId: 'country:AA', position: { x: 500, y: 500 } }] }));
  assert.ok(Math.hypot(positions['country:AA'].x - 500, positions['country:AA'].y - 500) < 1, JSON.stringify(positions['country:AA']));
  // The others settle around the meeting, which is pulled towards the fixed state.
  assert.ok(Math.hypot(positions['meeting:m1'].x - 500, positions['meeting:m1'].y - 500) < 400);
});

test('runLayout of nothing is nothing', () => {
  assert.deepEqual(runLayout({ nodes: [], edges: [], options: {} }).positions, {});
});

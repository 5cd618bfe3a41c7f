// The layout worker: runs fCoSE (layoutjob.js) off the page's main thread,
// so that laying out an expansion of hundreds of nodes leaves the page
// responsive. Each message is {id, job}; the answer is {id, positions, ms}
// or {id, error}.
import { runLayout } from './layoutjob.js';

self.onmessage = (event) => {
  const { id, job } = event.data;
  try {
    self.postMessage({ id, ...runLayout(job) });
  } catch (err) {
    self.postMessage({ id, error: String(err?.message || err) });
  }
};

// Two pages from one build: the explorer (index.html, plain JS) and GraphiQL
// (graphiql.html, React), so the explorer's bundle never carries React.
// Assets are hashed under /assets/ so web.Handler can cache them forever.
import { defineConfig } from 'vite';
import { resolve } from 'node:path';

export default defineConfig({
  base: '/',
  build: {
    outDir: 'dist',
    emptyOutDir: true,
    assetsDir: 'assets',
    sourcemap: false,
    reportCompressedSize: true,
    chunkSizeWarningLimit: 2000,
    rollupOptions: {
      input: {
        explorer: resolve(import.meta.dirname, 'index.html'),
        graphiql: resolve(import.meta.dirname, 'graphiql.html'),
      },
    },
  },
  // The layout worker (src/layout.worker.js) is an ES module like the page.
  worker: { format: 'es' },
  server: {
    // `npm run dev` talks to a running `attache serve`.
    proxy: { '/graphql': 'http://127.0.0.1:8080' },
  },
});

import { resolve } from 'node:path';
import { defineConfig } from 'electron-vite';
import solid from 'vite-plugin-solid';
import { withCspMeta } from './src-main/shared/csp';

// Non-default folders (src-main, src-renderer), so every entry is named explicitly.
export default defineConfig({
  main: {
    build: {
      rollupOptions: {
        input: {
          index: resolve('src-main/shell/main.ts'),
          web: resolve('src-main/web/main.ts'),
          cli: resolve('src-main/cli/main.ts'),
          // The core's worker thread (web mode and the window both relay to it); found beside them at run time.
          'core-worker': resolve('src-main/core/host/core-worker.ts'),
        },
      },
    },
  },
  preload: {
    // A sandboxed preload must be one CommonJS file.
    build: {
      rollupOptions: {
        input: { index: resolve('src-main/preload/index.ts') },
        output: { format: 'cjs', entryFileNames: '[name].cjs' },
      },
    },
  },
  renderer: {
    root: 'src-renderer',
    // The page's <meta> policy comes from the one CSP list (src-main/shared/csp.ts).
    plugins: [solid(), { name: 'antq-csp-meta', transformIndexHtml: withCspMeta }],
    build: { rollupOptions: { input: resolve('src-renderer/index.html') } },
  },
});

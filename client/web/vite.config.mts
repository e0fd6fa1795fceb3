import { defineConfig } from 'vite';
import { fileURLToPath } from 'node:url';

const webRoot = fileURLToPath(new URL('.', import.meta.url));

// No @vitejs/plugin-react: Vite's own Oxc transform compiles JSX with the automatic runtime, and the plugin's
// peer range would let npm pull a Vite that writes a lock `npm ci` refuses (see /work/shared/STACK.md).
export default defineConfig({
  root: webRoot,
  base: '/',
  oxc: { jsx: { runtime: 'automatic' } },
  build: {
    outDir: 'dist',
    emptyOutDir: true,
    // GraphiQL (Monaco) is large by nature; it is its own lazily loaded chunk, never in the first load.
    chunkSizeWarningLimit: 4096,
    rolldownOptions: {
      // GraphiQL's dependencies mark files "use client" (a React Server Components hint): meaningless in a browser
      // bundle, and hundreds of lines of noise in every build.
      onwarn(warning, warn) {
        if (warning.code !== 'MODULE_LEVEL_DIRECTIVE') warn(warning);
      },
    },
  },
  worker: { format: 'es' },
});

// Build configuration: points electron-vite's three builds at the project's own folders.
import { resolve } from 'node:path';
import { defineConfig } from 'electron-vite';
import react from '@vitejs/plugin-react';
import type { Plugin } from 'vite';

/** The dev server injects inline scripts and styles (React refresh, CSS hot reload); only it gets them. */
function devServerCsp(): Plugin {
  return {
    name: 'dossier-dev-csp',
    apply: 'serve',
    transformIndexHtml: (html) =>
      html
        .replace("script-src 'self'", "script-src 'self' 'unsafe-inline'")
        .replace("style-src 'self'", "style-src 'self' 'unsafe-inline'")
        .replace("connect-src 'self'", "connect-src 'self' ws://localhost:*"),
  };
}

export default defineConfig({
  main: {
    build: {
      // ESM-only packages are bundled into main's CommonJS output instead of require()d at run time.
      externalizeDeps: {
        exclude: ['mdast-util-from-markdown', 'pdfjs-dist', 'mammoth', 'jszip', 'fast-xml-parser', 'franc-min'],
      },
      rollupOptions: {
        input: {
          index: resolve(__dirname, 'src-main/index.ts'),
          // The catalog, its search index and the folder scanner run in a worker thread: a script of its own.
          'catalog-worker': resolve(__dirname, 'src-main/catalog/workers/catalog-worker.ts'),
          // It reads and parses a large first read's files on a thread of its own.
          'read-worker': resolve(__dirname, 'src-main/catalog/workers/read-worker.ts'),
        },
      },
    },
  },
  preload: {
    build: {
      rollupOptions: {
        input: {
          index: resolve(__dirname, 'src-preload/index.ts'),
          // The hidden window that reads the page's old file:// storage once (src-main/window/legacy-window.ts).
          legacy: resolve(__dirname, 'src-preload/legacy.ts'),
        },
      },
    },
  },
  renderer: {
    root: resolve(__dirname, 'src-renderer'),
    plugins: [react(), devServerCsp()],
    build: {
      rollupOptions: {
        input: {
          index: resolve(__dirname, 'src-renderer/index.html'),
          // The page a window shows when the app could not start (src-main/window/startup-error.ts).
          error: resolve(__dirname, 'src-renderer/error.html'),
          // The script-less file:// page that hidden window loads.
          legacy: resolve(__dirname, 'src-renderer/legacy.html'),
        },
      },
    },
  },
});

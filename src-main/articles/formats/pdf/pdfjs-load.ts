// Loads pdf.js once, its worker's code running on this thread: the read worker is already a thread of its own,
// and reading a text layer needs no second one (nor rendering, nor a canvas).
type PdfJs = typeof import('pdfjs-dist/legacy/build/pdf.mjs');

let loading: Promise<PdfJs> | null = null;

async function load(): Promise<PdfJs> {
  // pdf.js looks for the worker's message handler on globalThis before it would import a worker file by path,
  // so it runs in-process the same under tsx, vitest and the bundled read worker.
  // @ts-expect-error -- pdf.js ships no types for its worker module; only its message handler is looked for.
  const worker: unknown = await import('pdfjs-dist/legacy/build/pdf.worker.mjs');
  (globalThis as { pdfjsWorker?: unknown }).pdfjsWorker = worker;
  return import('pdfjs-dist/legacy/build/pdf.mjs');
}

/** pdf.js, loaded on first use; a failed load is tried again next time. */
export function loadPdfJs(): Promise<PdfJs> {
  if (loading === null) {
    loading = load();
    loading.catch(() => {
      loading = null;
    });
  }
  return loading;
}

// The types pdf.js's worker module does not ship: only its message handler is used (pdfjs-load.ts).
declare module 'pdfjs-dist/legacy/build/pdf.worker.mjs' {
  export const WorkerMessageHandler: unknown;
}

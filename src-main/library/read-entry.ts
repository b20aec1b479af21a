// watcher.ts imports errorCode from here, where it used to live beside the file reader (now
// src-main/catalog/reading/read-entry.ts). New code imports it from fs-errors.ts; this file goes once the
// watcher does too.
export { errorCode } from './fs-errors';

// The search module's public API: schema, index upkeep and queries over a node:sqlite handle.
// No threads and no Electron here; the caller owns the connection and the transactions.
export { createListIndexes, createSearchSchema, dropListIndexes } from './schema';
export { indexArticle, removeArticle, renameArticle, type IndexableArticle } from './article-index';
export { markForIndex, pendingCount, pendingPaths } from './pending';
export { refreshTerms, termsFresh } from './terms';
export { setAnnotations, type RefusedAnnotation } from './annotation-index';
export { search } from './search';
export { setSourceGrades } from './source-grades';

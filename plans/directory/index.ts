/** Community resource directory: Open Referral UK import and matching. Pure core (no SDK, no DB). */
export { buildDirectoryIndex, type DirectoryIndex } from './build-index';
export { deriveCost, LOW_COST_MAX_POUNDS } from './cost';
export { CSV_COLUMNS, parseCsv } from './csv';
export { fetchOpenReferral, type FetchLike, type FetchOptions } from './fetch-pages';
export { DirectoryImportError, importCsvText, importDirectoryDocument, importDirectoryText, importOrukRecords } from './import';
export { loadDirectory, toNormalisedDocument } from './load';
export { matchResources, scanResources } from './match';
export * from './model';
export type { MatchQuery, ResourceSuggestion } from './query';
export { WEIGHTS } from './score';
export { generateSyntheticDirectory, generateSyntheticQueries } from './synthetic';
export { mapNeedAreas, TAXONOMY_NEED_MAP } from './taxonomy-map';

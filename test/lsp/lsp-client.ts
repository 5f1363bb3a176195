/**
 * Moved to test/helpers/lsp-client.ts. This re-export stays only for test/lsp/functies.test.ts,
 * which another change edits at the same time; delete it once that file imports from
 * ../helpers/lsp-client.js and ../helpers/index.js (ROOT).
 */
export { kopieer, LspClient, uriVan } from '../helpers/lsp-client.js';
export { ROOT as REPO } from '../helpers/index.js';

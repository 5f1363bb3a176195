/**
 * Moved to test/helpers/index.ts. This re-export stays only for test/docs/regels.test.ts, which
 * another change edits at the same time; delete it once that file imports from ../helpers/index.js
 * (controleerTekst, ROOT).
 */
export { controleerTekst, ROOT as REPO } from '../helpers/index.js';

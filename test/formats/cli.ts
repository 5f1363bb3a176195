/**
 * Moved to test/helpers/cli.ts. This re-export stays only for test/docs/regels.test.ts, which
 * another change edits at the same time; delete it once that file imports from ../helpers/cli.js.
 */
export { draai } from '../helpers/cli.js';

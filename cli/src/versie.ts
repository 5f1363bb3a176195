/** The version of `opgave`: package.json's, put in by the bundler (scripts/bundle.mjs); `0.0.0-dev` unbundled. */
declare const OPGAVE_VERSION: string | undefined;

/** The version shown by `--version` and written into SARIF and JUnit output. */
export const versie = typeof OPGAVE_VERSION === 'string' ? OPGAVE_VERSION : '0.0.0-dev';

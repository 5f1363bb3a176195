/**
 * Temporary folders of the tests, and the mocha root hooks (loaded by `.mocharc.json` `require`)
 * that remove them and fail the run when something is left behind.
 *
 * On load this module gives the test process its own temporary folder (`TMPDIR`, which
 * `os.tmpdir()` reads and which the CLI and language-server processes the tests start inherit).
 * Everything a test makes in the temporary folder lands there, so the check at the end sees this
 * run's leftovers only, not those of other runs on the same machine.
 *
 * - A folder from {@link tijdelijkeMap} made during a test (or its `beforeEach`) is removed after
 *   that test; one made in a `before` hook lives until the end of the run.
 * - After the last test the hook fails when the run's temporary folder still holds anything
 *   (a `mkdtemp` without `after`/`finally`, or a child process's leftovers), naming it.
 * - Without the root hooks (`mocha --no-config file.js`) the folders are removed when the process
 *   exits.
 */
import * as fs from 'node:fs';
import * as os from 'node:os';
import * as path from 'node:path';

/**
 * The system's temporary folder, outside this run's: for external tools (the SARIF validator)
 * whose caches belong there and are not a test's leftovers.
 */
export const SYSTEEM_TMP = os.tmpdir();
/** This run's own temporary folder, below the system's. */
const RUN_MAP = fs.mkdtempSync(path.join(SYSTEEM_TMP, 'opgave-testrun-'));
process.env.TMPDIR = RUN_MAP;
// dist/cli.cjs switches on Node's compile cache, by default in the temporary folder: for the CLI
// processes of the tests it stays in the system's, where it belongs (it is no test's leftover).
process.env.NODE_COMPILE_CACHE ??= path.join(SYSTEEM_TMP, 'node-compile-cache');

const perTest: string[] = [];
const perRun: string[] = [];
let inTest = false;

function verwijder(mappen: string[]): void {
    for (const map of mappen.splice(0)) {
        fs.rmSync(map, { recursive: true, force: true });
    }
}

process.on('exit', () => {
    verwijder(perTest);
    verwijder(perRun);
    fs.rmSync(RUN_MAP, { recursive: true, force: true });
});

/**
 * A new empty folder `opgave-<naam>-XXXXXX` in the temporary folder, removed with its contents
 * after the test that made it (made in a `before` hook: after the run), also when the test fails.
 */
export function tijdelijkeMap(naam: string): string {
    const map = fs.mkdtempSync(path.join(os.tmpdir(), `opgave-${naam}-`));
    (inTest ? perTest : perRun).push(map);
    return map;
}

/**
 * What the temporary folder of this run holds that nobody removed, after removing the folders
 * of {@link tijdelijkeMap} (relative names, sorted).
 */
export function achtergebleven(): string[] {
    verwijder(perTest);
    verwijder(perRun);
    return fs.readdirSync(RUN_MAP).sort();
}

/** Mocha root hooks: per-test removal and the leftover check at the end of the run. */
export const mochaHooks = {
    beforeEach(): void {
        inTest = true;
    },
    afterEach(): void {
        inTest = false;
        verwijder(perTest);
    },
    afterAll(): void {
        const over = achtergebleven();
        if (over.length > 0) {
            fs.rmSync(RUN_MAP, { recursive: true, force: true });
            throw new Error(
                `De tests lieten tijdelijke mappen of bestanden achter: ${over.join(', ')} (in ${RUN_MAP}). ` +
                    'Ruim ze op in after/afterEach of met try/finally, of maak ze met tijdelijkeMap() uit test/helpers/tijdelijk.ts.',
            );
        }
    },
};

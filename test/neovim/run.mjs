// Neovim test (real LSP client over stdio): opens a file of examples/fouten in headless Neovim
// with opgave-language-server and checks that its diagnostics equal the command line's JSON for
// the same file (line, column, end, severity, message, rule id). Skips with a message when nvim
// is missing. Usage: node test/neovim/run.mjs
import { spawnSync } from 'node:child_process';
import * as fs from 'node:fs';
import * as os from 'node:os';
import * as path from 'node:path';
import { fileURLToPath } from 'node:url';

const HIER = path.dirname(fileURLToPath(import.meta.url));
const REPO = path.resolve(HIER, '..', '..');
const SERVER = path.join(REPO, 'dist', 'server.cjs');
const CLI = path.join(REPO, 'dist', 'cli.cjs');

if (spawnSync('nvim', ['--version']).status !== 0) {
    console.log('OVERGESLAGEN: nvim niet gevonden (installeer met test/e2e/install.sh).');
    process.exit(0);
}
const ERNST = { error: 1, warning: 2, info: 3 };

/** UTF-16 column (1-based, CLI) → byte column (0-based, Neovim) on a line. */
function byteKolom(regel, kolom1) {
    return Buffer.byteLength(regel.slice(0, kolom1 - 1), 'utf8');
}

// A copy of a clean example in a path with spaces, #, & and diacritics, with one error added.
// Every temporary folder this run makes: removed at the end when all passed, kept (and named) for a look when not.
const werkmappen = [fs.mkdtempSync(path.join(os.tmpdir(), 'opgave-nvim-'))];
const kopie = path.join(werkmappen[0], 'portfolio ë & #1');
fs.cpSync(path.join(REPO, 'examples', 'winterswijk'), kopie, { recursive: true });
fs.appendFileSync(path.join(kopie, 'werkend-winterswijk.opgave'), '\nopgave extra "Extra ë" {\n    thema werkend-winterswyk\n}\n');

let fouten = 0;
for (const [map, bestand] of [
    ['fouten', 'leefomgeving.opgave'],
    ['fouten', 'samenleving.opgave'],
    [kopie, 'werkend-winterswijk.opgave'],
]) {
    const root = path.isAbsolute(map) ? map : path.join(REPO, 'examples', map);
    const doel = path.join(root, bestand);
    const regels = fs.readFileSync(doel, 'utf8').split(/\r?\n/);
    // Exit code 1 means "errors found"; the JSON is on stdout either way.
    const cli = JSON.parse(
        spawnSync(process.execPath, [CLI, 'check', root, '--format', 'json'], { cwd: REPO, encoding: 'utf8' }).stdout || '[]',
    );
    const verwacht = cli
        .filter((b) => path.resolve(REPO, b.file) === doel)
        .map((b) => ({
            lnum: b.line - 1,
            col: byteKolom(regels[b.line - 1], b.column),
            severity: ERNST[b.severity],
            message: b.message,
            code: b.ruleId,
        }))
        .map((d) => JSON.stringify(d))
        .sort();
    const thuis = fs.mkdtempSync(path.join(os.tmpdir(), 'opgave-nvim-'));
    werkmappen.push(thuis);
    const r = spawnSync(
        'nvim',
        ['--headless', '--clean', '-n', '-u', path.join(HIER, 'init.lua'), doel, '-c', `luafile ${path.join(HIER, 'check.lua')}`],
        {
            cwd: root,
            encoding: 'utf8',
            timeout: 60000,
            env: {
                ...process.env,
                OPGAVE_SERVER: SERVER,
                OPGAVE_ROOT: root,
                XDG_CONFIG_HOME: thuis,
                XDG_DATA_HOME: thuis,
                XDG_STATE_HOME: thuis,
                XDG_CACHE_HOME: thuis,
            },
        },
    );
    const regel = (r.stdout || '').split('\n').find((l) => l.startsWith('{'));
    if (!regel) {
        console.error(`FOUT ${map}/${bestand}: geen uitvoer van nvim (status ${r.status}).\n${r.stdout}\n${r.stderr}`);
        fouten++;
        continue;
    }
    const uit = JSON.parse(regel);
    const kregen = uit.diagnostics
        .map((d) => ({ lnum: d.lnum, col: d.col, severity: d.severity, message: d.message, code: d.code }))
        .map((d) => JSON.stringify(d))
        .sort();
    const bronnen = new Set(uit.diagnostics.map((d) => d.source));
    const gelijk = JSON.stringify(kregen) === JSON.stringify(verwacht) && [...bronnen].every((b) => b === 'opgave');
    console.log(
        `${gelijk ? 'OK  ' : 'FOUT'} ${path.basename(map)}/${bestand}: ${kregen.length} diagnostics in Neovim, ${verwacht.length} bij opgave check --format json`,
    );
    if (!gelijk) {
        fouten++;
        console.error('verwacht:\n' + verwacht.join('\n') + '\nkregen:\n' + kregen.join('\n'));
    }
}
if (fouten > 0) {
    console.error(`werkmappen bewaard: ${werkmappen.join(', ')}`);
} else {
    for (const map of werkmappen) {
        fs.rmSync(map, { recursive: true, force: true });
    }
}
process.exit(fouten > 0 ? 1 : 0);

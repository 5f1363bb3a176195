// Emacs test (real LSP client over stdio: eglot with flymake, in emacs --batch): loads the setup
// of docs/editors.md (test/emacs/opgave.el, checked to be the same text), opens .opgave files and
// checks that one server serves them and that each file's flymake diagnostics equal the command
// line's JSON for it (line, column, severity, rule id and message). Once in examples/fouten inside
// this git repository (the portfolio is the folder with opgave.config.json, not the repository),
// once in a copy in a path with spaces, #, & and diacritics. Skips with a message when Emacs or
// eglot is missing. Usage: node test/emacs/run.mjs (after npm run build)
import { spawnSync } from 'node:child_process';
import * as fs from 'node:fs';
import * as os from 'node:os';
import * as path from 'node:path';
import { fileURLToPath } from 'node:url';

const HIER = path.dirname(fileURLToPath(import.meta.url));
const REPO = path.resolve(HIER, '..', '..');
const SERVER = path.join(REPO, 'dist', 'server.cjs');
const CLI = path.join(REPO, 'dist', 'cli.cjs');
const SETUP = path.join(HIER, 'opgave.el');

if (spawnSync('emacs', ['--batch', '--eval', "(require 'eglot)"]).status !== 0) {
    console.log('OVERGESLAGEN: emacs met eglot niet gevonden (installeer met test/e2e/install.sh).');
    process.exit(0);
}
const SOORT = { error: 'eglot-error', warning: 'eglot-warning', info: 'eglot-note' };
let fouten = 0;

/** Prints one check's outcome and counts a failure. */
function meld(gelijk, tekst, uitleg) {
    console.log(`${gelijk ? 'OK  ' : 'FOUT'} ${tekst}`);
    if (!gelijk) {
        fouten++;
        if (uitleg) {
            console.error(uitleg);
        }
    }
}

// The setup users copy is the one tested here.
const setup = fs.readFileSync(SETUP, 'utf8');
const docs = fs.readFileSync(path.join(REPO, 'docs', 'editors.md'), 'utf8').replace(/\r\n/g, '\n');
meld(docs.includes('```elisp\n' + setup + '```\n'), 'docs/editors.md toont test/emacs/opgave.el letterlijk als elisp-blok');

/** Quotes a string for sh. */
function sh(s) {
    return `'${s.replace(/'/g, `'\\''`)}'`;
}

// Every temporary folder this run makes: removed at the end when all passed, kept (and named) for a look when not.
const basis = fs.mkdtempSync(path.join(os.tmpdir(), 'opgave-emacs-'));
// The setup starts `opgave-language-server` from PATH, as after `npm link`: put this build there.
const bin = path.join(basis, 'bin');
fs.mkdirSync(bin);
fs.writeFileSync(path.join(bin, 'opgave-language-server'), `#!/bin/sh\nexec ${sh(process.execPath)} ${sh(SERVER)} "$@"\n`, { mode: 0o755 });
const thuis = path.join(basis, 'thuis');
fs.mkdirSync(thuis);
const kopie = path.join(basis, 'portfolio ë & #3');
fs.cpSync(path.join(REPO, 'examples', 'fouten'), kopie, { recursive: true });

/** The command line's findings for the portfolio at root, per absolute file, in flymake's terms. */
function cliPerBestand(root) {
    // Exit code 1 means "errors found"; the JSON is on stdout either way.
    const cli = JSON.parse(
        spawnSync(process.execPath, [CLI, 'check', root, '--format', 'json'], { cwd: REPO, encoding: 'utf8' }).stdout || '[]',
    );
    const perBestand = new Map();
    for (const b of cli) {
        const bestand = path.resolve(REPO, b.file);
        const regel = fs.readFileSync(bestand, 'utf8').split(/\r?\n/)[b.line - 1];
        // Emacs counts columns in characters, the command line in UTF-16 units.
        const d = {
            line: b.line,
            col: Array.from(regel.slice(0, b.column - 1)).length + 1,
            type: SOORT[b.severity],
            text: `opgave [${b.ruleId}]: ${b.message}`,
        };
        perBestand.set(bestand, [...(perBestand.get(bestand) ?? []), JSON.stringify(d)]);
    }
    return (bestand) => (perBestand.get(bestand) ?? []).sort();
}

for (const { root, bestanden } of [
    { root: path.join(REPO, 'examples', 'fouten'), bestanden: ['leefomgeving.opgave', 'samenleving.opgave'] },
    { root: kopie, bestanden: ['samenleving.opgave'] },
]) {
    const titel = `${path.basename(root)}/{${bestanden.join(', ')}}`;
    const verwacht = cliPerBestand(root);
    const begin = Date.now();
    const r = spawnSync(
        'emacs',
        ['--batch', '-l', SETUP, '-l', path.join(HIER, 'check.el'), '--', ...bestanden.map((b) => path.join(root, b))],
        {
            cwd: root,
            encoding: 'utf8',
            timeout: 60000,
            env: {
                ...process.env,
                PATH: `${bin}${path.delimiter}${process.env.PATH}`,
                HOME: thuis,
                XDG_CONFIG_HOME: thuis,
                XDG_CACHE_HOME: thuis,
            },
        },
    );
    const regel = (r.stdout || '').split('\n').find((l) => l.startsWith('{'));
    if (!regel) {
        meld(false, `${titel}: geen uitvoer van emacs (status ${r.status})`, `${r.stdout}\n${r.stderr}`);
        continue;
    }
    const uit = JSON.parse(regel);
    meld(uit.ok === true, `${titel}: diagnostics ontvangen in ${((Date.now() - begin) / 1000).toFixed(1)} s`);
    meld(
        uit.servers === 1 && uit.buffers.every((b) => b.project === root + path.sep),
        `${titel}: één taalserver, met ${path.basename(root)} als project`,
        `servers: ${uit.servers}; projecten: ${uit.buffers.map((b) => b.project).join(', ')}`,
    );
    for (const bestand of bestanden) {
        const b = uit.buffers.find((x) => path.resolve(x.naam) === path.join(root, bestand));
        const kregen = (b?.diagnostics ?? []).map((d) => JSON.stringify({ line: d.line, col: d.col, type: d.type, text: d.text })).sort();
        const v = verwacht(path.join(root, bestand));
        meld(
            JSON.stringify(kregen) === JSON.stringify(v),
            `${path.basename(root)}/${bestand}: ${kregen.length} diagnostics in flymake, ${v.length} bij opgave check --format json`,
            'verwacht:\n' + v.join('\n') + '\nkregen:\n' + kregen.join('\n'),
        );
    }
}
if (fouten > 0) {
    console.error(`werkmap bewaard: ${basis}`);
} else {
    fs.rmSync(basis, { recursive: true, force: true });
}
process.exit(fouten > 0 ? 1 : 0);

// Emacs test (real LSP client over stdio: eglot with flymake, in emacs --batch): loads the setup
// of docs/editors.md (test/emacs/opgave.el, checked to be the same text), opens .opgave files and
// checks that one server serves them and that each file's flymake diagnostics equal the command
// line's JSON for it (line, column, severity, rule id and message). Once in examples/fouten inside
// this git repository (the portfolio is the folder with opgave.config.json, not the repository),
// once in a copy in a path with spaces, #, & and diacritics. Skips with a message when Emacs or
// eglot is missing. Usage: node test/emacs/run.mjs (after npm run build)
import { spawnSync } from 'node:child_process';
import * as fs from 'node:fs';
import * as path from 'node:path';
import { fileURLToPath } from 'node:url';
import { cliPerBestand, serverOpPad, Uitslag, werkmap } from '../e2e/editor-hulp.mjs';

const HIER = path.dirname(fileURLToPath(import.meta.url));
const REPO = path.resolve(HIER, '..', '..');
const SETUP = path.join(HIER, 'opgave.el');

if (spawnSync('emacs', ['--batch', '--eval', "(require 'eglot)"]).status !== 0) {
    console.log('OVERGESLAGEN: emacs met eglot niet gevonden (installeer met test/e2e/install.sh).');
    process.exit(0);
}
const SOORT = { error: 'eglot-error', warning: 'eglot-warning', info: 'eglot-note' };
const uitslag = new Uitslag();
const meld = (...a) => uitslag.meld(...a);

// The setup users copy is the one tested here.
uitslag.setupInDocs(fs.readFileSync(SETUP, 'utf8'), 'elisp', [path.join('docs', 'editors.md')], 'test/emacs/opgave.el');

// Every temporary folder this run makes: removed at the end when all passed, kept (and named) for a look when not.
const basis = werkmap('emacs');
// The setup starts `opgave-language-server` from PATH, as after `npm link`: put this build there.
const bin = serverOpPad(basis);
const thuis = path.join(basis, 'thuis');
fs.mkdirSync(thuis);
const kopie = path.join(basis, 'portfolio ë & #3');
fs.cpSync(path.join(REPO, 'examples', 'fouten'), kopie, { recursive: true });

/** The command line's findings for the portfolio at root, per absolute file, in flymake's terms. */
function cliInFlymake(root) {
    // Emacs counts columns in characters, the command line in UTF-16 units.
    return cliPerBestand(root, (b, regel) => ({
        line: b.line,
        col: Array.from(regel.slice(0, b.column - 1)).length + 1,
        type: SOORT[b.severity],
        text: `opgave [${b.ruleId}]: ${b.message}`,
    }));
}

for (const { root, bestanden } of [
    { root: path.join(REPO, 'examples', 'fouten'), bestanden: ['leefomgeving.opgave', 'samenleving.opgave'] },
    { root: kopie, bestanden: ['samenleving.opgave'] },
]) {
    const titel = `${path.basename(root)}/{${bestanden.join(', ')}}`;
    const verwacht = cliInFlymake(root);
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
uitslag.einde([basis]);

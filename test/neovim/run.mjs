// Neovim test (real LSP client over stdio, with the setup of README.md and docs/editors.md):
// opens .opgave files in headless Neovim with opgave-language-server and checks that
// - the setup in test/neovim/init.lua is, character for character, the Neovim 0.7 setup shown in
//   README.md and docs/editors.md;
// - one Neovim with two files of one portfolio (one in a subfolder) has exactly one client, shared
//   by both buffers;
// - each buffer's diagnostics equal the command line's JSON for that file (line, column, severity,
//   message, rule id), so nothing shows twice;
// - renaming a person used in both files (vim.lsp.buf.rename) changes both buffers and brings no
//   new diagnostics: after writing the buffers they again equal the command line's JSON.
// Paths with spaces, #, & and diacritics. Skips with a message when nvim is missing.
// Usage: node test/neovim/run.mjs (after npm run build)
import { spawnSync } from 'node:child_process';
import * as fs from 'node:fs';
import * as path from 'node:path';
import { fileURLToPath } from 'node:url';
import { cliPerBestand, serverOpPad, Uitslag, werkmap } from '../e2e/editor-hulp.mjs';

const HIER = path.dirname(fileURLToPath(import.meta.url));
const REPO = path.resolve(HIER, '..', '..');
const INIT = path.join(HIER, 'init.lua');

if (spawnSync('nvim', ['--version']).status !== 0) {
    console.log('OVERGESLAGEN: nvim niet gevonden (installeer met test/e2e/install.sh).');
    process.exit(0);
}
const ERNST = { error: 1, warning: 2, info: 3 };
const uitslag = new Uitslag();
const meld = (...a) => uitslag.meld(...a);

// The setup users copy is the one tested here: init.lua must appear verbatim as a Lua block.
uitslag.setupInDocs(fs.readFileSync(INIT, 'utf8'), 'lua', ['README.md', path.join('docs', 'editors.md')], 'test/neovim/init.lua');

/** UTF-16 column (1-based, CLI) → byte column (0-based, Neovim) on a line. */
function byteKolom(regel, kolom1) {
    return Buffer.byteLength(regel.slice(0, kolom1 - 1), 'utf8');
}

// Every temporary folder this run makes: removed at the end when all passed, kept (and named) for a look when not.
const werkmappen = [werkmap('nvim')];
const basis = werkmappen[0];

// init.lua starts `opgave-language-server` from PATH, as after `npm link`: put this build there.
const bin = serverOpPad(basis);

// A copy of a clean example with one error added.
const winterswijk = path.join(basis, 'portfolio ë & #1');
fs.cpSync(path.join(REPO, 'examples', 'winterswijk'), winterswijk, { recursive: true });
fs.appendFileSync(path.join(winterswijk, 'werkend-winterswijk.opgave'), '\nopgave extra "Extra ë" {\n    thema werkend-winterswyk\n}\n');
// A copy of examples/fouten with the people in a subfolder: the root is found upwards from there.
const fouten2 = path.join(basis, 'portfolio ë & #2');
fs.cpSync(path.join(REPO, 'examples', 'fouten'), fouten2, { recursive: true });
fs.mkdirSync(path.join(fouten2, 'mensen ë'));
fs.renameSync(path.join(fouten2, 'organisatie.opgave'), path.join(fouten2, 'mensen ë', 'organisatie.opgave'));

/** The command line's findings for the portfolio at root, per absolute file, in Neovim's terms. */
function cliInNeovim(root) {
    return cliPerBestand(root, (b, regel) => ({
        lnum: b.line - 1,
        col: byteKolom(regel, b.column),
        severity: ERNST[b.severity],
        message: b.message,
        code: b.ruleId,
    }));
}

/** Neovim's diagnostics in the same shape as cliPerBestand's. */
function inNeovim(lijst) {
    return lijst.map((d) => JSON.stringify({ lnum: d.lnum, col: d.col, severity: d.severity, message: d.message, code: d.code })).sort();
}

/** Compares one buffer's diagnostics with the command line's. */
function vergelijk(titel, kregen, verwacht) {
    const k = inNeovim(kregen);
    const gelijk = JSON.stringify(k) === JSON.stringify(verwacht) && kregen.every((d) => d.source === 'opgave');
    meld(
        gelijk,
        `${titel}: ${k.length} diagnostics in Neovim, ${verwacht.length} bij opgave check --format json`,
        'verwacht:\n' + verwacht.join('\n') + '\nkregen:\n' + k.join('\n'),
    );
}

const sessies = [
    { root: path.join(REPO, 'examples', 'fouten'), bestanden: ['leefomgeving.opgave'] },
    { root: path.join(REPO, 'examples', 'fouten'), bestanden: ['samenleving.opgave'] },
    { root: winterswijk, bestanden: ['werkend-winterswijk.opgave'] },
    // weth-ruimte is declared in organisatie.opgave and used in leefomgeving.opgave.
    {
        root: fouten2,
        bestanden: ['leefomgeving.opgave', path.join('mensen ë', 'organisatie.opgave')],
        oud: 'weth-ruimte',
        nieuw: 'weth-ruimte-verkeer',
    },
];
for (const sessie of sessies) {
    const { root, bestanden, oud, nieuw } = sessie;
    const titel = `${path.basename(root)}/{${bestanden.join(', ')}}`;
    const verwacht = cliInNeovim(root);
    const thuis = werkmap('nvim');
    werkmappen.push(thuis);
    const r = spawnSync(
        'nvim',
        [
            '--headless',
            '--clean',
            '-n',
            '-u',
            INIT,
            '-o',
            ...bestanden.map((b) => path.join(root, b)),
            '-c',
            `luafile ${path.join(HIER, 'check.lua')}`,
        ],
        {
            cwd: root,
            encoding: 'utf8',
            timeout: 60000,
            env: {
                ...process.env,
                PATH: `${bin}${path.delimiter}${process.env.PATH}`,
                ...(oud ? { OPGAVE_OUD: oud, OPGAVE_NIEUW: nieuw } : {}),
                XDG_CONFIG_HOME: thuis,
                XDG_DATA_HOME: thuis,
                XDG_STATE_HOME: thuis,
                XDG_CACHE_HOME: thuis,
            },
        },
    );
    const regel = (r.stdout || '').split('\n').find((l) => l.startsWith('{'));
    if (!regel) {
        meld(false, `${titel}: geen uitvoer van nvim (status ${r.status})`, `${r.stdout}\n${r.stderr}`);
        continue;
    }
    const uit = JSON.parse(regel);
    const buffers = Object.values(uit.buffers);
    meld(uit.ok, `${titel}: diagnostics ontvangen${oud ? ' voor en na het hernoemen' : ''}`);
    const ids = new Set(buffers.flatMap((b) => b.clients));
    meld(
        uit.clients === 1 && ids.size === 1 && buffers.every((b) => b.clients.length === 1),
        `${titel}: één taalserver voor ${buffers.length} buffer(s)`,
        `clients in Neovim: ${uit.clients}; per buffer: ${buffers.map((b) => `${path.basename(b.naam)} → [${b.clients.join(', ')}]`).join('; ')}`,
    );
    for (const bestand of bestanden) {
        const b = buffers.find((x) => path.resolve(x.naam) === path.join(root, bestand));
        if (!b) {
            meld(false, `${titel}: geen buffer voor ${bestand}`);
            continue;
        }
        vergelijk(`${path.basename(root)}/${bestand}`, b.voor, verwacht(path.join(root, bestand)));
    }
    if (!oud) {
        continue;
    }
    // After the rename: the buffers were written, so the command line checks the renamed files.
    const daarna = cliInNeovim(root);
    meld(uit.hernoemd === true, `${titel}: ${oud} hernoemd naar ${nieuw}`);
    for (const bestand of bestanden) {
        const b = buffers.find((x) => path.resolve(x.naam) === path.join(root, bestand));
        if (!b) {
            continue;
        }
        meld(b.oud === 0 && b.nieuw > 0, `${bestand} na het hernoemen: ${b.nieuw} keer ${nieuw}, ${b.oud} keer ${oud}`);
        const nieuweFouten = (b.na ?? []).filter((d) => !b.voor.some((v) => v.code === d.code && v.message === d.message));
        meld(
            nieuweFouten.length === 0,
            `${bestand} na het hernoemen: geen nieuwe bevindingen`,
            nieuweFouten.map((d) => `${d.lnum + 1}:${d.col + 1} ${d.code} ${d.message}`).join('\n'),
        );
        vergelijk(`${path.basename(root)}/${bestand} na het hernoemen`, b.na ?? [], daarna(path.join(root, bestand)));
    }
}
uitslag.einde(werkmappen);

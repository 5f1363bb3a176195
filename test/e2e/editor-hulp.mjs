// Helpers shared by the tests of the setups in docs/editors.md (test/neovim/run.mjs,
// test/emacs/run.mjs): counting checks, the setup shown verbatim in the docs, the language server
// on PATH as after `npm link`, the command line's findings per file, and the temporary folders.
import { spawnSync } from 'node:child_process';
import * as fs from 'node:fs';
import * as os from 'node:os';
import * as path from 'node:path';
import { REPO } from './code-server.mjs';

const SERVER = path.join(REPO, 'dist', 'server.cjs');
const CLI = path.join(REPO, 'dist', 'cli.cjs');

/** Checks of one run: `meld` prints each outcome (OK/FOUT) and counts the failures. */
export class Uitslag {
    fouten = 0;

    /** Prints one check's outcome; on a failure also `uitleg` (on stderr). */
    meld(gelijk, tekst, uitleg) {
        console.log(`${gelijk ? 'OK  ' : 'FOUT'} ${tekst}`);
        if (!gelijk) {
            this.fouten++;
            if (uitleg) console.error(uitleg);
        }
    }

    /** Checks that every document (relative to the repository) shows `setup` verbatim as a ```taal block. */
    setupInDocs(setup, taal, documenten, naam) {
        for (const doc of documenten) {
            const bestand = path.join(REPO, doc);
            const tekst = fs.existsSync(bestand) ? fs.readFileSync(bestand, 'utf8').replace(/\r\n/g, '\n') : '';
            this.meld(tekst.includes('```' + taal + '\n' + setup + '```\n'), `${doc} toont ${naam} letterlijk als ${taal}-blok`);
        }
    }

    /** Removes the run's folders when everything passed, else names them for a look; exits with 0 or 1. */
    einde(mappen) {
        if (this.fouten > 0) {
            console.error(`werkmappen bewaard: ${mappen.join(', ')}`);
        } else {
            for (const map of mappen) fs.rmSync(map, { recursive: true, force: true });
        }
        process.exit(this.fouten > 0 ? 1 : 0);
    }
}

/** Quotes a string for sh. */
export function sh(s) {
    return `'${s.replace(/'/g, `'\\''`)}'`;
}

/** A fresh temporary folder `opgave-<naam>-…`. */
export function werkmap(naam) {
    return fs.mkdtempSync(path.join(os.tmpdir(), `opgave-${naam}-`));
}

/**
 * Puts `opgave-language-server` (this build's dist/server.cjs on this Node) into `<basis>/bin`, as
 * `npm link` would put it on PATH. @returns the bin folder
 */
export function serverOpPad(basis) {
    const bin = path.join(basis, 'bin');
    fs.mkdirSync(bin, { recursive: true });
    fs.writeFileSync(path.join(bin, 'opgave-language-server'), `#!/bin/sh\nexec ${sh(process.execPath)} ${sh(SERVER)} "$@"\n`, {
        mode: 0o755,
    });
    return bin;
}

/**
 * The command line's findings (`opgave check <root> --format json`) per absolute file, each turned
 * into an editor's shape by `vorm(bevinding, regel)` (`regel`: the text of its line).
 * @returns (absolute file) → the sorted JSON texts of its findings
 */
export function cliPerBestand(root, vorm) {
    // Exit code 1 means "errors found"; the JSON is on stdout either way.
    const cli = JSON.parse(
        spawnSync(process.execPath, [CLI, 'check', root, '--format', 'json'], { cwd: REPO, encoding: 'utf8' }).stdout || '[]',
    );
    const perBestand = new Map();
    for (const b of cli) {
        const bestand = path.resolve(REPO, b.file);
        const regel = fs.readFileSync(bestand, 'utf8').split(/\r?\n/)[b.line - 1] ?? '';
        perBestand.set(bestand, [...(perBestand.get(bestand) ?? []), JSON.stringify(vorm(b, regel))]);
    }
    return (bestand) => (perBestand.get(bestand) ?? []).sort();
}

/**
 * `opgave format [PATH…] [--check]`: formats .opgave files in place with the same formatter as
 * the editor (language/src/format/formatteer.ts), or with `--check` lists the files that are not
 * formatted. Files that are not UTF-8 text are left alone, and so are files with a syntax error
 * (the formatter would re-indent everything after it): those are named on stderr, exit code 1.
 */
import * as fs from 'node:fs';
import * as path from 'node:path';
import { EmptyFileSystem, URI } from 'langium';
import { formatteer } from '../../../language/src/format/formatteer.js';
import { eersteSyntaxfoutRegel, nietOpgemaaktBericht } from '../../../language/src/format/syntaxfout.js';
import { createOpgaveServices } from '../../../language/src/opgave-module.js';
import { decodeer, vindBestanden } from '../../../language/src/workspace/laden.js';
import { GebruikFout } from '../../../language/src/workspace/laden.js';
import { schrijfAlles, SchrijfFout, type TeSchrijven } from '../../../language/src/workspace/schrijven.js';
import type { Schrijver } from '../schrijver.js';

/**
 * Formats (or checks) every .opgave file under `paden`.
 * @returns exit code: 0 all formatted (or written), 1 `--check` found unformatted files or a file
 *   has a syntax error (left unchanged)
 * Writes all or nothing (language/src/workspace/schrijven.ts): a file that cannot be written leaves every file
 * as it was. A file that is a symbolic link is replaced by the formatted regular file.
 * @param uit where the command prints (stdout: the summary; stderr: skipped files and, with
 *   `--check`, the unformatted ones)
 * @throws GebruikFout when a path does not exist, or naming the file that could not be written
 */
export async function formatteerBestanden(paden: readonly string[], opties: { check?: boolean }, uit: Schrijver): Promise<number> {
    const bestanden = await vindBestanden(paden.length > 0 ? paden : ['.']);
    const afwijkend: string[] = [];
    const schrijven: TeSchrijven[] = [];
    let syntaxfouten = 0;
    // Only parsed (not linked, not added to a workspace): enough to find syntax errors.
    const documenten = createOpgaveServices(EmptyFileSystem).shared.workspace.LangiumDocumentFactory;
    for (const bestand of bestanden) {
        const bytes = fs.readFileSync(bestand);
        const gelezen = decodeer(bytes);
        if ('fout' in gelezen) {
            uit.err(`let op: ${path.relative(process.cwd(), bestand)}: ${gelezen.fout}\n`);
            continue;
        }
        const weergave = path.relative(process.cwd(), bestand).split(path.sep).join('/');
        const fout = eersteSyntaxfoutRegel(documenten.fromString(gelezen.tekst, URI.file(bestand)));
        if (fout !== undefined) {
            uit.err(`${weergave}: ${nietOpgemaaktBericht(fout)}\n`);
            syntaxfouten++;
            continue;
        }
        const bom = bytes[0] === 0xef && bytes[1] === 0xbb && bytes[2] === 0xbf ? '\uFEFF' : '';
        const nieuw = formatteer(gelezen.tekst);
        if (nieuw === gelezen.tekst) {
            continue;
        }
        afwijkend.push(weergave);
        schrijven.push({ doel: bestand, inhoud: bom + nieuw });
    }
    if (!opties.check) {
        try {
            await schrijfAlles(schrijven);
        } catch (e) {
            if (e instanceof SchrijfFout) {
                const naam = path.relative(process.cwd(), e.bestand).split(path.sep).join('/');
                throw new GebruikFout(`${naam}: niet te schrijven (${e.code}); er is geen enkel bestand veranderd.`);
            }
            throw e;
        }
    }
    if (opties.check) {
        if (afwijkend.length > 0) {
            uit.err(`Niet opgemaakt (draai opgave format):\n${afwijkend.map((b) => `  ${b}`).join('\n')}\n`);
            return 1;
        }
        if (syntaxfouten === 0) {
            uit.out(`Alle ${bestanden.length} bestanden zijn opgemaakt.\n`);
        }
        return syntaxfouten > 0 ? 1 : 0;
    }
    if (syntaxfouten > 0) {
        uit.out(
            `${afwijkend.length} van de ${bestanden.length} bestanden opgemaakt; ${syntaxfouten} met een syntaxfout niet aangeraakt.\n`,
        );
        return 1;
    }
    uit.out(
        afwijkend.length === 0
            ? `Alle ${bestanden.length} bestanden waren al netjes opgemaakt.\n`
            : `${afwijkend.length} van de ${bestanden.length} bestanden opgemaakt.\n`,
    );
    return 0;
}

/**
 * `opgave format [PATH…] [--check]`: formats .opgave files in place with the same formatter as
 * the editor (language/src/format/formatteer.ts), or with `--check` lists the files that are not
 * formatted. Files that are not UTF-8 text are left alone.
 */
import * as fs from 'node:fs';
import * as path from 'node:path';
import { formatteer } from '../../language/src/format/formatteer.js';
import { decodeer, vindBestanden } from '../../language/src/workspace/laden.js';
import { schrijfAtomisch } from './schrijven.js';

/**
 * Formats (or checks) every .opgave file under `paden`.
 * @returns exit code: 0 all formatted (or written), 1 `--check` found unformatted files
 * @throws GebruikFout when a path does not exist
 */
export async function formatteerBestanden(paden: readonly string[], opties: { check?: boolean }): Promise<number> {
    const bestanden = await vindBestanden(paden.length > 0 ? paden : ['.']);
    const afwijkend: string[] = [];
    for (const bestand of bestanden) {
        const bytes = fs.readFileSync(bestand);
        const gelezen = decodeer(bytes);
        if ('fout' in gelezen) {
            process.stderr.write(`let op: ${path.relative(process.cwd(), bestand)}: ${gelezen.fout}\n`);
            continue;
        }
        const bom = bytes[0] === 0xef && bytes[1] === 0xbb && bytes[2] === 0xbf ? '\uFEFF' : '';
        const nieuw = formatteer(gelezen.tekst);
        if (nieuw === gelezen.tekst) {
            continue;
        }
        const weergave = path.relative(process.cwd(), bestand).split(path.sep).join('/');
        afwijkend.push(weergave);
        if (!opties.check) {
            await schrijfAtomisch(bestand, bom + nieuw);
        }
    }
    if (opties.check) {
        if (afwijkend.length > 0) {
            process.stderr.write(`Niet opgemaakt (draai opgave format):\n${afwijkend.map((b) => `  ${b}`).join('\n')}\n`);
            return 1;
        }
        process.stdout.write(`Alle ${bestanden.length} bestanden zijn opgemaakt.\n`);
        return 0;
    }
    process.stdout.write(
        afwijkend.length === 0
            ? `Alle ${bestanden.length} bestanden waren al netjes opgemaakt.\n`
            : `${afwijkend.length} van de ${bestanden.length} bestanden opgemaakt.\n`,
    );
    return 0;
}

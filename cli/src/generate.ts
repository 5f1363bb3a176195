/**
 * `opgave generate`: writes the reports of the portfolio into the output folder, atomically,
 * or with `--check` compares them with what is on disk.
 */
import * as fs from 'node:fs';
import * as path from 'node:path';
import { genereerRapporten, GEGENEREERD_KOP } from '../../reports/src/index.js';
import { GebruikFout, laadProject, type ProjectOpties } from './project.js';
import { schrijfAtomisch } from './schrijven.js';

/** Options of `opgave generate`. */
export interface GenerateOpties extends ProjectOpties {
    readonly out?: string;
    readonly check?: boolean;
    /** Overrides config `csv.scheidingsteken`. */
    readonly csvScheidingsteken?: ',' | ';';
    /** Overrides config `csv.bom`. */
    readonly csvBom?: boolean;
}

/**
 * Generates (or with `check` compares) the reports.
 * @returns exit code: 0 written or up to date, 1 `--check` found a difference
 * @throws GebruikFout for an unsafe output folder (outside the portfolio root, the root itself, a file)
 */
export async function genereer(paden: readonly string[], opties: GenerateOpties): Promise<number> {
    const project = await laadProject(paden, opties);
    const uitvoer = opties.out ? path.resolve(opties.out) : project.uitvoer;
    controleerUitvoermap(project.root, uitvoer);
    project.meldingen.forEach((m) => process.stderr.write(`let op: ${m}\n`));
    const csv = {
        scheidingsteken: opties.csvScheidingsteken ?? project.config.csv?.scheidingsteken,
        bom: opties.csvBom ?? project.config.csv?.bom,
    };
    const rapporten = genereerRapporten(project.resultaat, { peildatum: project.peildatum, root: project.root, uitvoer, csv });

    const bestaand = new Set(bestandenIn(uitvoer));
    const verschillen: string[] = [];
    const mappen = new Map<string, Promise<unknown>>();
    // Compare and write concurrently (bounded): a large portfolio has thousands of pages.
    await metBegrensdeGelijktijdigheid([...rapporten], 32, async ([rel, inhoud]) => {
        const doel = path.join(uitvoer, rel);
        const huidig = bestaand.has(rel) ? await fs.promises.readFile(doel, 'utf8') : undefined;
        if (huidig === inhoud) {
            return;
        }
        verschillen.push(huidig === undefined ? `nieuw: ${rel}` : `gewijzigd: ${rel}`);
        if (!opties.check) {
            const map = path.dirname(doel);
            if (!mappen.has(map)) {
                mappen.set(map, fs.promises.mkdir(map, { recursive: true }));
            }
            await mappen.get(map);
            await schrijfAtomisch(doel, inhoud);
        }
    });
    // Files no longer generated: removed only when this tool wrote them (its header).
    for (const rel of [...bestaand].sort()) {
        if (!rapporten.has(rel) && isEigenBestand(path.join(uitvoer, rel))) {
            verschillen.push(`verouderd: ${rel}`);
            if (!opties.check) {
                fs.rmSync(path.join(uitvoer, rel));
            }
        }
    }
    verschillen.sort();
    const weergave = path.relative(process.cwd(), uitvoer) || '.';
    if (opties.check) {
        if (verschillen.length > 0) {
            process.stderr.write(
                `De rapporten in ${weergave} zijn niet actueel (draai opgave generate):\n${verschillen.map((v) => `  ${v}`).join('\n')}\n`,
            );
            return 1;
        }
        process.stdout.write(`De rapporten in ${weergave} zijn actueel.\n`);
        return 0;
    }
    process.stdout.write(`${rapporten.size} rapporten in ${weergave} (${verschillen.length} nieuw, gewijzigd of opgeruimd).\n`);
    const fouten = project.resultaat.bevindingen.filter((b) => b.severity === 'error').length;
    if (fouten > 0) {
        process.stderr.write(
            `let op: het portfolio heeft ${fouten} ${fouten === 1 ? 'fout' : 'fouten'}; zie bevindingen.md of draai opgave check.\n`,
        );
    }
    return 0;
}

/** Refuses output folders that could overwrite sources: outside the root, the root itself, or a file. */
function controleerUitvoermap(root: string, uitvoer: string): void {
    const rel = path.relative(root, uitvoer);
    if (rel === '') {
        throw new GebruikFout(`${uitvoer}: de uitvoermap mag niet de portfoliomap zelf zijn; kies een submap zoals docs/portfolio.`);
    }
    if (rel.startsWith('..') || path.isAbsolute(rel)) {
        throw new GebruikFout(`${uitvoer}: de uitvoermap moet binnen de portfoliomap ${root} liggen.`);
    }
    if (fs.existsSync(uitvoer) && !fs.statSync(uitvoer).isDirectory()) {
        throw new GebruikFout(`${uitvoer}: bestaat al en is geen map.`);
    }
}

/** Relative paths (with `/`) of all files under `map` (none when it does not exist). */
function bestandenIn(map: string): string[] {
    if (!fs.existsSync(map)) {
        return [];
    }
    return fs
        .readdirSync(map, { recursive: true, withFileTypes: true })
        .filter((item) => item.isFile())
        .map((item) => path.relative(map, path.join(item.parentPath, item.name)).split(path.sep).join('/'));
}

/** True when the file starts with the header this tool writes (only its first bytes are read). */
function isEigenBestand(bestand: string): boolean {
    const buffer = Buffer.alloc(512);
    const fd = fs.openSync(bestand, 'r');
    try {
        const gelezen = fs.readSync(fd, buffer, 0, buffer.length, 0);
        return buffer.subarray(0, gelezen).toString('utf8').includes(GEGENEREERD_KOP);
    } finally {
        fs.closeSync(fd);
    }
}

/** Runs `taak` over `items` with at most `max` at a time. */
async function metBegrensdeGelijktijdigheid<T>(items: readonly T[], max: number, taak: (item: T) => Promise<void>): Promise<void> {
    let volgende = 0;
    const werker = async (): Promise<void> => {
        while (volgende < items.length) {
            await taak(items[volgende++]);
        }
    };
    await Promise.all(Array.from({ length: Math.min(max, items.length) }, werker));
}

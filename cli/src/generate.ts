/**
 * `opgave generate`: writes the reports of the portfolio into the output folder, atomically,
 * or with `--check` compares them with what is on disk.
 */
import * as fs from 'node:fs';
import * as path from 'node:path';
import { genereerRapporten, GEGENEREERD_KOP } from '../../reports/src/index.js';
import { GebruikFout, laadProject, type ProjectOpties } from './project.js';

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

    const bestaand = eigenBestanden(uitvoer);
    const verschillen: string[] = [];
    for (const [rel, inhoud] of rapporten) {
        const doel = path.join(uitvoer, rel);
        const huidig = fs.existsSync(doel) ? fs.readFileSync(doel, 'utf8') : undefined;
        if (huidig !== inhoud) {
            verschillen.push(huidig === undefined ? `nieuw: ${rel}` : `gewijzigd: ${rel}`);
            if (!opties.check) {
                schrijfAtomisch(doel, inhoud);
            }
        }
    }
    for (const rel of bestaand) {
        if (!rapporten.has(rel)) {
            verschillen.push(`verouderd: ${rel}`);
            if (!opties.check) {
                fs.rmSync(path.join(uitvoer, rel));
            }
        }
    }
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
    process.stdout.write(`${rapporten.size} rapporten in ${weergave} (${verschillen.length} gewijzigd).\n`);
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

/** Relative paths (with `/`) of files under `map` that this tool wrote (recognised by their header). */
function eigenBestanden(map: string): string[] {
    if (!fs.existsSync(map)) {
        return [];
    }
    const resultaat: string[] = [];
    for (const item of fs.readdirSync(map, { recursive: true, withFileTypes: true })) {
        if (!item.isFile()) {
            continue;
        }
        const vol = path.join(item.parentPath, item.name);
        const begin = fs.readFileSync(vol, 'utf8').slice(0, 400);
        if (begin.includes(GEGENEREERD_KOP)) {
            resultaat.push(path.relative(map, vol).split(path.sep).join('/'));
        }
    }
    return resultaat.sort();
}

/** Writes via a temporary file in the same folder and a rename, so no half file is ever left. */
function schrijfAtomisch(doel: string, inhoud: string): void {
    fs.mkdirSync(path.dirname(doel), { recursive: true });
    const tijdelijk = path.join(path.dirname(doel), `.${path.basename(doel)}.${process.pid}.tmp`);
    fs.writeFileSync(tijdelijk, inhoud, 'utf8');
    fs.renameSync(tijdelijk, doel);
}

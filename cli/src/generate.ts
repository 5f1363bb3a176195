/**
 * `opgave generate`: writes the reports of the portfolio into the output folder, or with `--check`
 * compares them with what is on disk. Also run by the language server's "generate reports"
 * command, so nothing here prints: the caller gets a {@link GenereerResultaat} and prints it.
 *
 * Safety (issue "Trust"): first a full plan (writes, removals, refusals) is made without touching
 * the disk; any refusal ends the run before anything is written. The tool only writes into a
 * folder that really (after resolving symbolic links) lies inside the portfolio root, is not the
 * root and holds no sources; it only overwrites or removes files that start with its own header
 * (reports/src/kop.ts); it writes all or nothing (cli/src/schrijven.ts); and it removes the
 * temporary files a killed run left behind (`--check` reports them).
 */
import * as fs from 'node:fs';
import * as path from 'node:path';
import { genereerRapporten, isEigenBegin } from '../../reports/src/index.js';
import { KOP_BYTES } from '../../reports/src/kop.js';
import { GebruikFout, laadProject, type Project, type ProjectOpties } from '../../language/src/project.js';
import { foutReden, isTijdelijk, schrijfAlles, SchrijfFout, type TeSchrijven } from './schrijven.js';

/** Options of `opgave generate`. */
export interface GenerateOpties extends ProjectOpties {
    readonly out?: string;
    readonly check?: boolean;
    /** Overrides config `csv.scheidingsteken`. */
    readonly csvScheidingsteken?: ',' | ';';
    /** Overrides config `csv.bom`. */
    readonly csvBom?: boolean;
}

/** What a run did, for the caller to show (the CLI prints it, the server returns it). */
export interface GenereerResultaat {
    /** 0 written or up to date; 1 `--check` found a difference. */
    readonly code: 0 | 1;
    /** Absolute output folder. */
    readonly uitvoer: string;
    /** One Dutch line: what was written, or whether the reports are up to date. */
    readonly samenvatting: string;
    /** Sorted `nieuw: …`, `gewijzigd: …`, `verouderd: …`, `tijdelijk: …` (paths relative to the output folder, `/`). */
    readonly verschillen: readonly string[];
    /** Dutch notices (without the `let op: ` prefix), e.g. configuration remarks or the error count. */
    readonly meldingen: readonly string[];
}

/** The plan of a run: nothing on disk has changed while it is made. */
interface Plan {
    readonly schrijven: TeSchrijven[];
    /** Absolute paths of files to remove: stale own reports and leftover temporary files. */
    readonly verwijderen: string[];
    /** Absolute folders to create, parents first. */
    readonly mappen: string[];
    readonly verschillen: string[];
}

/**
 * Generates (or with `check` compares) the reports. Prints nothing.
 * @returns the outcome; its `code` is the exit code
 * @throws GebruikFout (one Dutch line, nothing written) for an unsafe output folder (outside the
 *   portfolio root, the root itself, a file, a symbolic link leading outside or to the root or to
 *   sources, a link below the output folder), for a file in the way that this tool did not write,
 *   and for a failing write (naming the file; the existing reports are then unchanged)
 */
export async function genereer(paden: readonly string[], opties: GenerateOpties): Promise<GenereerResultaat> {
    const project = await laadProject(paden, opties);
    const uitvoer = opties.out ? path.resolve(opties.out) : project.uitvoer;
    controleerUitvoermap(project, uitvoer);
    const csv = {
        scheidingsteken: opties.csvScheidingsteken ?? project.config.csv?.scheidingsteken,
        bom: opties.csvBom ?? project.config.csv?.bom,
    };
    const rapporten = genereerRapporten(project.resultaat, { peildatum: project.peildatum, root: project.root, uitvoer, csv });
    const plan = await maakPlan(uitvoer, rapporten);
    const weergave = toon(uitvoer);
    const meldingen = [...project.meldingen];
    if (opties.check) {
        return plan.verschillen.length > 0
            ? {
                  code: 1,
                  uitvoer,
                  samenvatting: `De rapporten in ${weergave} zijn niet actueel (draai opgave generate):`,
                  verschillen: plan.verschillen,
                  meldingen,
              }
            : { code: 0, uitvoer, samenvatting: `De rapporten in ${weergave} zijn actueel.`, verschillen: [], meldingen };
    }
    await voerUit(plan);
    const fouten = project.resultaat.bevindingen.filter((b) => b.severity === 'error').length;
    if (fouten > 0) {
        meldingen.push(`het portfolio heeft ${fouten} ${fouten === 1 ? 'fout' : 'fouten'}; zie bevindingen.md of draai opgave check.`);
    }
    return {
        code: 0,
        uitvoer,
        samenvatting: `${rapporten.size} rapporten in ${weergave} (${plan.verschillen.length} nieuw, gewijzigd of opgeruimd).`,
        verschillen: plan.verschillen,
        meldingen,
    };
}

/** A path as shown to the user: relative to the current folder, with `/`. */
function toon(p: string): string {
    return (path.relative(process.cwd(), p) || '.').split(path.sep).join('/');
}

/** True when `kind` is `ouder` or lies below it (both absolute and normalised). */
function binnen(ouder: string, kind: string): boolean {
    const rel = path.relative(ouder, kind);
    return rel === '' || (!rel.startsWith('..') && !path.isAbsolute(rel));
}

/** `fs.lstatSync`, or undefined when nothing is there. */
function lstat(p: string): fs.Stats | undefined {
    try {
        return fs.lstatSync(p);
    } catch (e) {
        if ((e as NodeJS.ErrnoException).code === 'ENOENT') {
            return undefined;
        }
        throw new GebruikFout(`${toon(p)}: niet te lezen (${foutReden(e)}).`);
    }
}

/**
 * Refuses output folders that could overwrite sources or write elsewhere: outside the root, the
 * root itself, a file, and — after resolving symbolic links in the deepest existing ancestor —
 * a folder that really lies outside the root, is the root, or is or contains a folder with the
 * portfolio's `.opgave` files.
 */
function controleerUitvoermap(project: Project, uitvoer: string): void {
    const root = project.root;
    const rel = path.relative(root, uitvoer);
    if (rel === '') {
        throw new GebruikFout(`${uitvoer}: de uitvoermap mag niet de portfoliomap zelf zijn; kies een submap zoals docs/portfolio.`);
    }
    if (rel.startsWith('..') || path.isAbsolute(rel)) {
        throw new GebruikFout(`${uitvoer}: de uitvoermap moet binnen de portfoliomap ${root} liggen.`);
    }
    // The deepest part of the path that exists (a link counts, even a dangling one).
    let bestaand = uitvoer;
    const rest: string[] = [];
    while (lstat(bestaand) === undefined) {
        rest.unshift(path.basename(bestaand));
        bestaand = path.dirname(bestaand);
    }
    let echt: string;
    try {
        echt = fs.realpathSync(bestaand);
    } catch {
        throw new GebruikFout(`${bestaand}: is een koppeling die nergens heen wijst; kies een andere uitvoermap.`);
    }
    if (!fs.statSync(echt).isDirectory()) {
        throw new GebruikFout(`${bestaand}: bestaat al en is geen map.`);
    }
    echt = path.join(echt, ...rest);
    const echteRoot = fs.realpathSync(root);
    if (echt === echteRoot) {
        throw new GebruikFout(
            `${uitvoer}: wijst via een koppeling naar de portfoliomap zelf; maak er een gewone map van of kies een andere uitvoermap met -o.`,
        );
    }
    if (!binnen(echteRoot, echt)) {
        throw new GebruikFout(
            `${uitvoer}: wijst via een koppeling naar ${echt}, buiten de portfoliomap ${echteRoot}; opgave schrijft alleen binnen de portfoliomap.`,
        );
    }
    for (const bron of project.bestanden) {
        let map: string;
        try {
            map = fs.realpathSync(path.dirname(bron));
        } catch {
            continue;
        }
        if (binnen(echt, map)) {
            throw new GebruikFout(
                `${uitvoer}: is (via een koppeling) de map met de bronbestanden ${map} of een map daarboven; kies een map zonder .opgave-bestanden.`,
            );
        }
    }
}

/** The files found in the output folder; links are never followed. */
interface Inhoud {
    /** Relative paths (`/`) of regular files. */
    readonly bestanden: string[];
    /** Relative paths of leftover temporary files (this tool's, or its older `.<name>.<pid>.tmp`). */
    readonly tijdelijk: string[];
    /** Relative paths of `.opgave` source files. */
    readonly bronnen: string[];
}

const OUD_TIJDELIJK = /^\.(.+\.(?:md|csv|json))\.\d+\.tmp$/;

function doorloop(uitvoer: string): Inhoud {
    const inhoud: Inhoud = { bestanden: [], tijdelijk: [], bronnen: [] };
    const bezoek = (rel: string): void => {
        const map = path.join(uitvoer, rel);
        let items: fs.Dirent[];
        try {
            items = fs.readdirSync(map, { withFileTypes: true });
        } catch (e) {
            throw new GebruikFout(`${toon(map)}: map niet te lezen (${foutReden(e)}).`);
        }
        for (const item of items) {
            const r = rel ? `${rel}/${item.name}` : item.name;
            if (item.isDirectory()) {
                bezoek(r);
            } else if (item.isFile()) {
                const oud = OUD_TIJDELIJK.exec(item.name);
                if (isTijdelijk(item.name) || (oud && isEigenBegin(oud[1], leesBegin(path.join(uitvoer, r))))) {
                    inhoud.tijdelijk.push(r);
                } else if (item.name.endsWith('.opgave')) {
                    inhoud.bronnen.push(r);
                } else {
                    inhoud.bestanden.push(r);
                }
            }
        }
    };
    if (lstat(uitvoer) !== undefined) {
        bezoek('');
    }
    return inhoud;
}

/** The first {@link KOP_BYTES} bytes of a file as UTF-8. */
function leesBegin(bestand: string): string {
    const buffer = Buffer.alloc(KOP_BYTES);
    let fd: number;
    try {
        fd = fs.openSync(bestand, 'r');
    } catch (e) {
        throw new GebruikFout(`${toon(bestand)}: niet te lezen (${foutReden(e)}).`);
    }
    try {
        return buffer.subarray(0, fs.readSync(fd, buffer, 0, buffer.length, 0)).toString('utf8');
    } finally {
        fs.closeSync(fd);
    }
}

/**
 * Compares the reports with the disk and decides every write, removal and folder, reading only.
 * @throws GebruikFout for the first refusal (with the number of others): a folder on the way that
 *   is a link or a file, a report path holding a folder or a file this tool did not write, sources
 *   in the output folder
 */
async function maakPlan(uitvoer: string, rapporten: ReadonlyMap<string, string>): Promise<Plan> {
    const inhoud = doorloop(uitvoer);
    if (inhoud.bronnen.length > 0) {
        throw new GebruikFout(
            `${toon(uitvoer)}: bevat .opgave-bestanden (${inhoud.bronnen[0]}); kies een uitvoermap zonder bronbestanden.`,
        );
    }
    const weigeringen: string[] = [];
    // Folders written into: below the output folder no link is followed, and none may be a file.
    const mappen: string[] = [];
    for (let map = path.dirname(uitvoer); lstat(map) === undefined; map = path.dirname(map)) {
        mappen.unshift(map); // missing parents of the output folder (inside the root: checked before)
    }
    const gezien = new Set<string>();
    for (const rel of rapporten.keys()) {
        const delen = rel.split('/').slice(0, -1);
        for (let i = 0; i <= delen.length; i++) {
            const map = path.join(uitvoer, ...delen.slice(0, i));
            if (gezien.has(map)) {
                continue;
            }
            gezien.add(map);
            const stat = lstat(map);
            if (stat === undefined) {
                mappen.push(map);
            } else if (i > 0 && stat.isSymbolicLink()) {
                weigeringen.push(
                    `${toon(map)}: is een koppeling; opgave schrijft niet via koppelingen in de uitvoermap. Maak er een gewone map van of kies een andere uitvoermap met -o.`,
                );
            } else if (i > 0 && !stat.isDirectory()) {
                weigeringen.push(`${toon(map)}: bestaat al en is geen map; verplaats het of kies een andere uitvoermap met -o.`);
            }
        }
    }
    const schrijven: TeSchrijven[] = [];
    const verschillen: string[] = [];
    await metBegrensdeGelijktijdigheid([...rapporten], 32, async ([rel, nieuw]) => {
        const doel = path.join(uitvoer, rel);
        const stat = mappen.includes(path.dirname(doel)) ? undefined : lstat(doel);
        if (stat === undefined || stat.isSymbolicLink()) {
            // A link where a report goes is replaced by the report (rename), never followed.
            verschillen.push(`nieuw: ${rel}`);
            schrijven.push({ doel, inhoud: nieuw });
            return;
        }
        if (!stat.isFile()) {
            weigeringen.push(
                `${toon(doel)}: staat in de weg van een rapport en is geen bestand; verplaats het of kies een andere uitvoermap met -o.`,
            );
            return;
        }
        if (!isEigenBegin(rel, leesBegin(doel))) {
            weigeringen.push(
                `${toon(doel)}: is niet door opgave gemaakt en wordt niet overschreven; verplaats het bestand of kies een andere uitvoermap met -o.`,
            );
            return;
        }
        const huidig = await fs.promises.readFile(doel, 'utf8');
        if (huidig !== nieuw) {
            verschillen.push(`gewijzigd: ${rel}`);
            schrijven.push({ doel, inhoud: nieuw });
        }
    });
    if (weigeringen.length > 0) {
        weigeringen.sort();
        const n = weigeringen.length - 1;
        const meer = n > 0 ? ` (nog ${n} ${n === 1 ? 'ander probleem' : 'andere problemen'} gevonden)` : '';
        throw new GebruikFout(`${weigeringen[0]} Er is niets geschreven${meer}.`);
    }
    const verwijderen: string[] = [];
    // Files no longer generated: removed only when this tool wrote them (its exact header).
    for (const rel of inhoud.bestanden) {
        if (!rapporten.has(rel) && isEigenBegin(rel, leesBegin(path.join(uitvoer, rel)))) {
            verschillen.push(`verouderd: ${rel}`);
            verwijderen.push(path.join(uitvoer, rel));
        }
    }
    for (const rel of inhoud.tijdelijk) {
        verschillen.push(`tijdelijk: ${rel} (achtergebleven van een afgebroken run)`);
        verwijderen.push(path.join(uitvoer, rel));
    }
    verschillen.sort();
    schrijven.sort((a, b) => (a.doel < b.doel ? -1 : a.doel > b.doel ? 1 : 0));
    return { schrijven, verwijderen, mappen, verschillen };
}

/**
 * Carries out a plan: folders, then all writes (all or nothing), then removals.
 * @throws GebruikFout naming the file or folder that failed; on a failing write the folders made
 *   by this run are removed again and every existing report is unchanged
 */
async function voerUit(plan: Plan): Promise<void> {
    const gemaakt: string[] = [];
    try {
        for (const map of plan.mappen) {
            fs.mkdirSync(map);
            gemaakt.push(map);
        }
        await schrijfAlles(plan.schrijven);
    } catch (e) {
        try {
            gemaakt.reverse().forEach((map) => fs.rmdirSync(map));
        } catch {
            // a folder that is not empty is left alone
        }
        if (e instanceof SchrijfFout) {
            throw new GebruikFout(`${toon(e.bestand)}: niet te schrijven (${e.code}); de bestaande rapporten zijn niet veranderd.`);
        }
        const fout = e as NodeJS.ErrnoException;
        throw new GebruikFout(`${toon(fout.path ?? plan.mappen[gemaakt.length])}: map niet te maken (${fout.code ?? fout.message}).`);
    }
    for (const bestand of plan.verwijderen) {
        try {
            fs.rmSync(bestand, { force: true });
        } catch (e) {
            throw new GebruikFout(`${toon(bestand)}: niet te verwijderen (${foutReden(e)}).`);
        }
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

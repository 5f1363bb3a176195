/**
 * The one report writer (uitvoer.md "Reports", issue "Trust"): puts the generated reports into
 * the output folder, or with `check` compares them with what is on disk. Used by `opgave generate`
 * and by the language server's "generate reports" command. It prints nothing: it returns a
 * {@link SchrijfUitkomst} (what was written, unchanged, removed, the differences, a refusal or a
 * failure as Dutch lines) and the caller shows it; the server's stdout is the protocol stream.
 *
 * Safety: first a full plan (writes, removals, refusals) is made without touching the disk; any
 * refusal ends the run before anything is written. The writer only writes into a folder that
 * really (after resolving symbolic links) lies inside the portfolio root, is not the root and
 * holds no sources; it only overwrites or removes files that start with this tool's own header
 * (`kop.ts`); it writes all or nothing (language/src/workspace/schrijven.ts); and it removes the
 * temporary files a killed run left behind (`check` reports them).
 */
import * as fs from 'node:fs';
import * as path from 'node:path';
import { foutReden, isTijdelijk, pauzes, schrijfAlles, SchrijfFout, type TeSchrijven } from '../../language/src/workspace/schrijven.js';
import type { Bevinding } from '../../language/src/check/checker.js';
import { isEigenBegin, KOP_BYTES } from './kop.js';

/** What {@link schrijfRapporten} needs. */
export interface SchrijfOpdracht {
    /** Absolute portfolio root: the output folder must (really) lie inside it and not be it. */
    readonly root: string;
    /** Absolute output folder. */
    readonly uitvoer: string;
    /** Absolute paths of the portfolio's `.opgave` files: the output folder may not hold their folders. */
    readonly bronnen: readonly string[];
    /**
     * The reports: relative path (`/`) → content, as `genereerRapporten` returns them, or a function
     * making it (`rapportenLui`): then each is made when it is compared or written, and not kept.
     */
    readonly rapporten: ReadonlyMap<string, string | (() => string)>;
    /** Only compare with the disk (`generate --check`): nothing is written or removed. */
    readonly check?: boolean;
}

/** A run that a safety check refused: nothing on disk was changed. */
export interface Weigering {
    /** One Dutch line for the user, naming the file or folder (and how many other problems there are). */
    readonly bericht: string;
    /** Every refusal found, sorted (one line each); the output folder checks stop at the first. */
    readonly problemen: readonly string[];
}

/** What a run did. Paths are relative to the output folder, with `/`, sorted. */
export interface SchrijfUitkomst {
    /** Absolute output folder. */
    readonly uitvoer: string;
    /** True for a comparison only (`check`). */
    readonly check: boolean;
    /** Number of reports given. */
    readonly rapporten: number;
    /** Reports written (new or changed); empty with `check`, a refusal or a failed write. */
    readonly geschreven: readonly string[];
    /** Reports whose file already had exactly this content. */
    readonly ongewijzigd: readonly string[];
    /** Files removed: stale own reports and leftover temporary files; empty with `check`. */
    readonly verwijderd: readonly string[];
    /**
     * Differences with the disk before the run, sorted: `nieuw: …`, `gewijzigd: …`, `verouderd: …`
     * (an own report no longer generated) and `tijdelijk: … (achtergebleven van een afgebroken run)`.
     * With `check`, any difference means the reports are not up to date.
     */
    readonly verschillen: readonly string[];
    /** Set when a safety check refused the run. */
    readonly weigering?: Weigering;
    /**
     * Set when the disk failed (a folder or file that could not be read, made, written or removed):
     * one Dutch line naming it. A failed write leaves every existing report as it was.
     */
    readonly fout?: string;
}

/** The plan of a run: nothing on disk has changed while it is made. */
interface Plan {
    readonly schrijven: TeSchrijven[];
    /** Absolute paths of files to remove: stale own reports and leftover temporary files. */
    readonly verwijderen: string[];
    /** Absolute folders to create, parents first. */
    readonly mappen: string[];
    readonly verschillen: string[];
    readonly ongewijzigd: string[];
}

/** Ends planning or carrying out: a refusal or a failure of the disk, with its Dutch line. */
class Stop extends Error {
    constructor(
        readonly soort: 'weigering' | 'fout',
        message: string,
        readonly problemen: readonly string[] = [message],
    ) {
        super(message);
    }
}

/** A refusal by a safety check. */
function weigering(bericht: string): Stop {
    return new Stop('weigering', bericht);
}

/**
 * Writes (or with `check` compares) the reports. Prints nothing.
 * @returns the outcome; refusals and failures of the disk are in it, not thrown
 * @throws only unexpected errors (a bug), never for a refusal or a file-system error
 */
export async function schrijfRapporten(opdracht: SchrijfOpdracht): Promise<SchrijfUitkomst> {
    const leeg = {
        uitvoer: opdracht.uitvoer,
        check: opdracht.check === true,
        rapporten: opdracht.rapporten.size,
        geschreven: [],
        ongewijzigd: [],
        verwijderd: [],
        verschillen: [],
    };
    let plan: Plan;
    try {
        controleerUitvoermap(opdracht);
        plan = await maakPlan(opdracht.uitvoer, opdracht.rapporten);
    } catch (e) {
        return { ...leeg, ...stopUitkomst(e) };
    }
    const gepland = { ...leeg, ongewijzigd: plan.ongewijzigd, verschillen: plan.verschillen };
    if (opdracht.check) {
        return gepland;
    }
    const voortgang: Voortgang = { geschreven: false, verwijderd: [] };
    let stop: Pick<SchrijfUitkomst, 'weigering' | 'fout'> = {};
    try {
        await voerUit(plan, voortgang);
    } catch (e) {
        stop = stopUitkomst(e);
    }
    return {
        ...gepland,
        ...stop,
        geschreven: voortgang.geschreven ? plan.schrijven.map((s) => relatief(opdracht.uitvoer, s.doel)) : [],
        verwijderd: voortgang.verwijderd.map((b) => relatief(opdracht.uitvoer, b)).sort(),
    };
}

/** The refusal or failure of a {@link Stop}; any other error is rethrown. */
function stopUitkomst(e: unknown): Pick<SchrijfUitkomst, 'weigering' | 'fout'> {
    if (!(e instanceof Stop)) {
        throw e;
    }
    return e.soort === 'weigering' ? { weigering: { bericht: e.message, problemen: e.problemen } } : { fout: e.message };
}

/**
 * The Dutch summary line of a completed run, as `opgave generate` prints it and the editor shows
 * it: with `check` whether the reports are up to date, else how many were written where.
 * @param wat what the files are called and the command that makes them again (the site's pages:
 *   `bestanden` "bestanden van de site", `opdracht` "opgave site"); default the reports
 */
export function samenvatting(
    uitkomst: SchrijfUitkomst,
    wat: { readonly bestanden: string; readonly opdracht: string } = { bestanden: 'rapporten', opdracht: 'opgave generate' },
): string {
    const weergave = toon(uitkomst.uitvoer);
    if (uitkomst.check) {
        return uitkomst.verschillen.length > 0
            ? `De ${wat.bestanden} in ${weergave} zijn niet actueel (draai ${wat.opdracht}):`
            : `De ${wat.bestanden} in ${weergave} zijn actueel.`;
    }
    return `${uitkomst.rapporten} ${wat.bestanden} in ${weergave} (${uitkomst.verschillen.length} nieuw, gewijzigd of opgeruimd).`;
}

/**
 * The Dutch notice after writing reports of a portfolio with errors (without `let op: `), or
 * undefined when it has none.
 * @param bevindingen the portfolio's findings; those of severity `error` are counted
 */
export function foutenMelding(bevindingen: readonly Pick<Bevinding, 'severity'>[]): string | undefined {
    const fouten = bevindingen.filter((b) => b.severity === 'error').length;
    return fouten > 0
        ? `het portfolio heeft ${fouten} ${fouten === 1 ? 'fout' : 'fouten'}; zie bevindingen.md of draai opgave check.`
        : undefined;
}

/** A path as shown to the user: relative to the current folder, with `/`. */
function toon(p: string): string {
    return (path.relative(process.cwd(), p) || '.').split(path.sep).join('/');
}

/** A path below the output folder as reported: relative, with `/`. */
function relatief(uitvoer: string, p: string): string {
    return path.relative(uitvoer, p).split(path.sep).join('/');
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
        throw new Stop('fout', `${toon(p)}: niet te lezen (${foutReden(e)}).`);
    }
}

/**
 * Refuses output folders that could overwrite sources or write elsewhere: outside the root, the
 * root itself, a file, and — after resolving symbolic links in the deepest existing ancestor —
 * a folder that really lies outside the root, is the root, or is or contains a folder with the
 * portfolio's `.opgave` files.
 */
function controleerUitvoermap({ root, uitvoer, bronnen }: SchrijfOpdracht): void {
    const rel = path.relative(root, uitvoer);
    if (rel === '') {
        throw weigering(`${uitvoer}: de uitvoermap mag niet de portfoliomap zelf zijn; kies een submap zoals docs/portfolio.`);
    }
    if (rel.startsWith('..') || path.isAbsolute(rel)) {
        throw weigering(`${uitvoer}: de uitvoermap moet binnen de portfoliomap ${root} liggen.`);
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
        throw weigering(`${bestaand}: is een koppeling die nergens heen wijst; kies een andere uitvoermap.`);
    }
    if (!fs.statSync(echt).isDirectory()) {
        throw weigering(`${bestaand}: bestaat al en is geen map.`);
    }
    echt = path.join(echt, ...rest);
    const echteRoot = fs.realpathSync(root);
    if (echt === echteRoot) {
        throw weigering(
            `${uitvoer}: wijst via een koppeling naar de portfoliomap zelf; maak er een gewone map van of kies een andere uitvoermap met -o.`,
        );
    }
    if (!binnen(echteRoot, echt)) {
        throw weigering(
            `${uitvoer}: wijst via een koppeling naar ${echt}, buiten de portfoliomap ${echteRoot}; opgave schrijft alleen binnen de portfoliomap.`,
        );
    }
    for (const bron of bronnen) {
        let map: string;
        try {
            map = fs.realpathSync(path.dirname(bron));
        } catch {
            continue;
        }
        if (binnen(echt, map)) {
            throw weigering(
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
            throw new Stop('fout', `${toon(map)}: map niet te lezen (${foutReden(e)}).`);
        }
        for (const item of items) {
            const r = rel ? `${rel}/${item.name}` : item.name;
            if (item.isDirectory()) {
                bezoek(r);
            } else if (item.isFile()) {
                const oud = OUD_TIJDELIJK.exec(item.name)?.[1];
                if (isTijdelijk(item.name) || (oud !== undefined && isEigenBegin(oud, leesBegin(path.join(uitvoer, r))))) {
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

/** Files up to this size are read whole at once when compared; of a larger one first only its header. */
const MAX_VERGELIJK_BYTES = 64 * 1024 * 1024;

/** A whole file; a file that cannot be read is a {@link Stop} naming it, as in {@link leesBegin}. */
function leesBestand(bestand: string): Buffer {
    try {
        return fs.readFileSync(bestand);
    } catch (e) {
        throw new Stop('fout', `${toon(bestand)}: niet te lezen (${foutReden(e)}).`);
    }
}

/** How a calendar file begins ({@link beginVan}). */
const KALENDER = Buffer.from('BEGIN:VCALENDAR');

/**
 * The start of a file as {@link isEigenBegin} reads it: its first {@link KOP_BYTES} bytes as UTF-8,
 * but no further than the second line break (isEigenBegin looks at the first two lines only, and
 * whether they end), so a page's header costs a short string instead of 4,096 characters. A
 * calendar (`BEGIN:VCALENDAR`) keeps all of them: its sentence follows a few property lines.
 */
function beginVan(bytes: Buffer): string {
    if (bytes.subarray(0, KALENDER.length).equals(KALENDER)) {
        return bytes.toString('utf8', 0, Math.min(bytes.length, KOP_BYTES));
    }
    const eerste = bytes.indexOf(10);
    const tweede = eerste >= 0 ? bytes.indexOf(10, eerste + 1) : -1;
    const eind = tweede >= 0 && tweede < KOP_BYTES ? tweede + 1 : Math.min(bytes.length, KOP_BYTES);
    return bytes.toString('utf8', 0, eind);
}

/** Scratch space for {@link zelfdeBytes}, grown as needed (up to {@link MAX_KLADBLOK}). */
let kladblok = Buffer.alloc(64 * 1024);
const MAX_KLADBLOK = 16 * 1024 * 1024;

/**
 * True when `bytes` is exactly the UTF-8 encoding of `tekst`, i.e. writing the report would not
 * change the file. Encodes into a reused buffer (no await in between, so one buffer serves all)
 * with room for the longest possible encoding (3 bytes per UTF-16 unit), so one pass suffices.
 */
function zelfdeBytes(bytes: Buffer, tekst: string): boolean {
    // Every UTF-16 unit takes 1 to 3 bytes (a surrogate pair 4 for 2 units).
    if (bytes.length < tekst.length || bytes.length > 3 * tekst.length) {
        return false;
    }
    if (3 * tekst.length > MAX_KLADBLOK) {
        return bytes.equals(Buffer.from(tekst, 'utf8'));
    }
    if (kladblok.length < 3 * tekst.length) {
        kladblok = Buffer.alloc(3 * tekst.length);
    }
    const lengte = kladblok.write(tekst, 0, 'utf8');
    return lengte === bytes.length && bytes.equals(kladblok.subarray(0, lengte));
}

/** The start of a file for {@link isEigenBegin}: at most its first {@link KOP_BYTES} bytes ({@link beginVan}). */
function leesBegin(bestand: string): string {
    const buffer = Buffer.alloc(KOP_BYTES);
    let fd: number;
    try {
        fd = fs.openSync(bestand, 'r');
    } catch (e) {
        throw new Stop('fout', `${toon(bestand)}: niet te lezen (${foutReden(e)}).`);
    }
    try {
        return beginVan(buffer.subarray(0, fs.readSync(fd, buffer, 0, buffer.length, 0)));
    } finally {
        fs.closeSync(fd);
    }
}

/**
 * Compares the reports with the disk and decides every write, removal and folder, reading only.
 * Refuses (a {@link Stop} naming the first problem and the number of others) a folder on the way
 * that is a link or a file, a report path holding a folder or a file this tool did not write, and
 * sources in the output folder.
 */
async function maakPlan(uitvoer: string, rapporten: ReadonlyMap<string, string | (() => string)>): Promise<Plan> {
    const inhoud = doorloop(uitvoer);
    const eersteBron = inhoud.bronnen[0];
    if (eersteBron !== undefined) {
        throw new Stop('weigering', `${toon(uitvoer)}: bevat .opgave-bestanden (${eersteBron}); kies een uitvoermap zonder bronbestanden.`);
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
    const ongewijzigd: string[] = [];
    const pauze = pauzes();
    for (const [rel, rapport] of rapporten) {
        const p = pauze();
        if (p) await p;
        const doel = path.join(uitvoer, rel);
        const stat = mappen.includes(path.dirname(doel)) ? undefined : lstat(doel);
        if (stat === undefined || stat.isSymbolicLink()) {
            // A link where a report goes is replaced by the report (rename), never followed.
            // A new file is made only when it is written.
            verschillen.push(`nieuw: ${rel}`);
            schrijven.push({ doel, inhoud: rapport });
            continue;
        }
        if (!stat.isFile()) {
            weigeringen.push(
                `${toon(doel)}: staat in de weg van een rapport en is geen bestand; verplaats het of kies een andere uitvoermap met -o.`,
            );
            continue;
        }
        // One read for the header check and the comparison; only the header of a large file (it may be the user's).
        const huidig = stat.size <= MAX_VERGELIJK_BYTES ? leesBestand(doel) : undefined;
        const begin = huidig ? beginVan(huidig) : leesBegin(doel);
        if (!isEigenBegin(rel, begin)) {
            weigeringen.push(
                `${toon(doel)}: is niet door opgave gemaakt en wordt niet overschreven; verplaats het bestand of kies een andere uitvoermap met -o.`,
            );
            continue;
        }
        const bytes = huidig ?? leesBestand(doel);
        const nieuw = typeof rapport === 'function' ? rapport() : rapport;
        if (!zelfdeBytes(bytes, nieuw)) {
            verschillen.push(`gewijzigd: ${rel}`);
            schrijven.push({ doel, inhoud: nieuw });
        } else {
            ongewijzigd.push(rel);
        }
    }
    if (weigeringen.length > 0) {
        weigeringen.sort();
        const n = weigeringen.length - 1;
        const meer = n > 0 ? ` (nog ${n} ${n === 1 ? 'ander probleem' : 'andere problemen'} gevonden)` : '';
        throw new Stop('weigering', `${weigeringen[0] ?? ''} Er is niets geschreven${meer}.`, weigeringen);
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
    ongewijzigd.sort();
    schrijven.sort((a, b) => (a.doel < b.doel ? -1 : a.doel > b.doel ? 1 : 0));
    return { schrijven, verwijderen, mappen, verschillen, ongewijzigd };
}

/** How far {@link voerUit} got. */
interface Voortgang {
    /** True once every write of the plan is in place. */
    geschreven: boolean;
    /** Absolute paths removed so far. */
    readonly verwijderd: string[];
}

/**
 * Carries out a plan: folders, then all writes (all or nothing), then removals.
 * @param voortgang updated as the steps complete
 * @throws Stop naming the file or folder that failed; on a failing write the folders made by this
 *   run are removed again and every existing report is unchanged
 */
async function voerUit(plan: Plan, voortgang: Voortgang): Promise<void> {
    const gemaakt: string[] = [];
    const ruimMappenOp = (): void => {
        try {
            gemaakt.reverse().forEach((map) => fs.rmdirSync(map));
        } catch {
            // a folder that is not empty is left alone
        }
    };
    try {
        for (const map of plan.mappen) {
            fs.mkdirSync(map);
            gemaakt.push(map);
        }
    } catch (e) {
        ruimMappenOp();
        const fout = e as NodeJS.ErrnoException;
        throw new Stop(
            'fout',
            `${toon(fout.path ?? plan.mappen[gemaakt.length] ?? '.')}: map niet te maken (${fout.code ?? fout.message}).`,
        );
    }
    try {
        await schrijfAlles(plan.schrijven);
    } catch (e) {
        ruimMappenOp();
        if (e instanceof SchrijfFout) {
            throw new Stop('fout', `${toon(e.bestand)}: niet te schrijven (${e.code}); de bestaande rapporten zijn niet veranderd.`);
        }
        throw e; // a report that could not be made: a bug, not the disk
    }
    voortgang.geschreven = true;
    for (const bestand of plan.verwijderen) {
        try {
            fs.rmSync(bestand, { force: true });
        } catch (e) {
            throw new Stop('fout', `${toon(bestand)}: niet te verwijderen (${foutReden(e)}).`);
        }
        voortgang.verwijderd.push(bestand);
    }
}

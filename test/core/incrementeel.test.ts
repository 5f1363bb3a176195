/**
 * The incremental check (issue 11): after every edit of a seeded random edit sequence over a
 * generated portfolio, the checker that keeps its memory between builds (`PortfolioControle`, fed
 * by Langium's own incremental build, as in the language server) gives exactly what a full check
 * of freshly parsed files gives: the same `portfolio.json` (model and findings), byte for byte,
 * and the same suppressed findings. It must also really be incremental: most edits re-run the
 * per-opdracht rules for a small part of the opdrachten only.
 */
import * as assert from 'node:assert/strict';
import * as fs from 'node:fs';
import * as path from 'node:path';
import { pathToFileURL } from 'node:url';
import { URI, type LangiumDocument } from 'langium';
import { NodeFileSystem } from 'langium/node';
import { controleerPortfolio, PortfolioControle, type CheckResultaat } from '../../language/src/check/checker.js';
import { HerbouwVolger } from '../../language/src/check/herbouwd.js';
import { createOpgaveServices } from '../../language/src/opgave-module.js';
import { portfolioJson } from '../../reports/src/portfolio-json.js';
import { Random } from '../fuzz/mutaties.js';
import { parse, ROOT, STANDAARD_OPTIES } from '../helpers/index.js';
import { tijdelijkeMap } from '../helpers/tijdelijk.js';

/**
 * The check options: the tests' defaults, with a low limit for `persoon-overbelast` (the generator
 * keeps everyone in at most three driehoeken), so that rule's kept count is exercised too.
 */
const OPTIES = { ...STANDAARD_OPTIES, maxActieveOpdrachtenPerPersoon: 2 };

/** The benchmark's generator (plain JavaScript in bench/). */
interface Generator {
    genereerPortfolio(opties: { opdrachten: number; seed?: number; fouten?: number }): { bestanden: Map<string, string> };
}

async function generator(): Promise<Generator> {
    return (await import(pathToFileURL(path.join(ROOT, 'bench', 'genereer.mjs')).href)) as Generator;
}

/**
 * The generated portfolio with its dependencies spread over more files: per opgave file, the
 * deelopgaven in a file of their own and the opdrachten alternately in two more files. Then an
 * opdracht's opgave, its parent opgave, its thema and its sibling opdrachten live in other files
 * than the opdracht itself, and edits there reach it only through the model (what the
 * incremental check must notice), not because its own file was parsed or linked again.
 */
function verspreid(bestanden: ReadonlyMap<string, string>): Map<string, string> {
    const uit = new Map<string, string>();
    const voegToe = (pad: string, blok: string): void => {
        uit.set(pad, `${uit.get(pad) ?? ''}${blok}\n`);
    };
    for (const [pad, tekst] of bestanden) {
        if (!pad.startsWith('opgaven/')) {
            uit.set(pad, tekst);
            continue;
        }
        const basis = pad.replace(/\.opgave$/, '');
        let n = 0;
        for (const blok of tekst.split(/\n(?=\S)/)) {
            if (blok.startsWith('opdracht ')) {
                voegToe(`${basis.replace('opgaven/', 'opdrachten/')}-${n++ % 2 === 0 ? 'a' : 'b'}.opgave`, blok);
            } else if (blok.startsWith('opgave ') && blok.includes('deel-van')) {
                voegToe(`${basis}-deel.opgave`, blok);
            } else {
                voegToe(pad, blok);
            }
        }
    }
    return uit;
}

/** What the comparison looks at: the exported model with its findings, and the suppressed findings. */
function uitkomst(r: CheckResultaat, map: string): string {
    const opties = { peildatum: OPTIES.peildatum, root: map, uitvoer: path.join(map, 'docs') };
    return `${portfolioJson(r, opties)}\n${JSON.stringify(r.onderdrukt)}`;
}

/**
 * The links of a kept model lead only to elements of the same model (no element of an earlier
 * build left behind: same ids, so the JSON would not show it, but the objects would be stale).
 */
function controleerKoppelingen(r: CheckResultaat, wat: string): void {
    const p = r.portfolio;
    const opgaven = new Set(p.opgaven);
    const opdrachten = new Set(p.opdrachten);
    const themas = new Set(p.themas);
    const personen = new Set(p.personen);
    const ok = (set: ReadonlySet<unknown>, x: unknown, waarvan: string): void => {
        if (x !== undefined && !set.has(x)) {
            assert.fail(`${wat}: ${waarvan} wijst naar een element dat niet (meer) in het model zit`);
        }
    };
    for (const o of p.opgaven) {
        ok(themas, o.thema, `thema van ${o.id}`);
        ok(opgaven, o.deelVan, `deel-van van ${o.id}`);
        o.opdrachten.forEach((x) => ok(opdrachten, x, `opdracht van opgave ${o.id}`));
        o.deelopgaven.forEach((x) => ok(opgaven, x, `deelopgave van ${o.id}`));
    }
    for (const t of p.themas) {
        t.opgaven.forEach((x) => ok(opgaven, x, `opgave van thema ${t.id}`));
        ok(personen, t.opgavemanager, `opgavemanager van ${t.id}`);
    }
    for (const o of p.opdrachten) {
        ok(opgaven, o.opgave, `opgave van ${o.id}`);
        o.inspanningen.forEach((i) => ok(opdrachten, i.opdracht, `inspanning ${i.id} van ${o.id}`));
        const d = o.driehoek;
        for (const b of d ? [...d.bestuurlijkOpdrachtgevers, ...d.ambtelijkOpdrachtgevers, ...d.sturingsprofessionals] : []) {
            ok(personen, b.persoon, `${b.naam} in de driehoek van ${o.id}`);
        }
    }
}

/** Fails with the first line where two outcomes differ (and with the files, when OPGAVE_INCREMENTEEL_DUMP names a prefix). */
function vergelijk(a: string, b: string, wat: string, bestanden: ReadonlyMap<string, string>): void {
    if (a === b) {
        return;
    }
    const dump = process.env.OPGAVE_INCREMENTEEL_DUMP;
    if (dump) {
        fs.writeFileSync(`${dump}-a.json`, a);
        fs.writeFileSync(`${dump}-b.json`, b);
        fs.writeFileSync(`${dump}-bestanden.json`, JSON.stringify(Object.fromEntries(bestanden), null, 1));
    }
    const x = a.split('\n');
    const y = b.split('\n');
    const i = x.findIndex((regel, k) => regel !== y[k]);
    assert.fail(`${wat}, regel ${i + 1}:\n  incrementeel: ${x[i]}\n  volledig:     ${y[i]}`);
}

/**
 * One random edit of the portfolio (file path relative to the root → text), in place. The edits
 * reach across files: a name is replaced by another name of the portfolio (references break,
 * move or start to resolve), lines are removed or doubled (declarations, roles, phases, the
 * opgavemanager, `deel-van`), a file is copied (duplicate names), removed or put back, and
 * syntax errors come and go.
 * @returns a description of the edit, for the failure message
 */
function bewerk(r: Random, bestanden: Map<string, string>, origineel: ReadonlyMap<string, string>, namen: readonly string[]): string {
    const paden = [...bestanden.keys()].sort();
    // A third of the edits in the organisation (themas, opgavemanagers, personen, spelers): they reach many opdrachten.
    const organisatie = paden.filter((p) => p.startsWith('organisatie/'));
    const pad = r.int(3) === 0 && organisatie.length > 0 ? r.kies(organisatie) : r.kies(paden);
    const tekst = bestanden.get(pad)!;
    const regels = tekst.split('\n');
    const i = r.int(regels.length);
    const soort = r.int(100);
    if (soort < 35) {
        const woorden = [...(regels[i] ?? '').matchAll(/[a-z]+-[\w-]+/g)];
        const w = woorden.length > 0 ? r.kies(woorden) : undefined;
        if (w) {
            const nieuw = r.kies(namen);
            regels[i] = regels[i]!.slice(0, w.index) + nieuw + regels[i]!.slice(w.index + w[0].length);
            bestanden.set(pad, regels.join('\n'));
            return `${pad}:${i + 1}: ${w[0]} → ${nieuw}`;
        }
    }
    if (soort < 55) {
        regels.splice(i, 1);
        bestanden.set(pad, regels.join('\n'));
        return `${pad}:${i + 1}: regel weg`;
    }
    if (soort < 65) {
        regels.splice(i, 0, regels[i] ?? '');
        bestanden.set(pad, regels.join('\n'));
        return `${pad}:${i + 1}: regel dubbel`;
    }
    if (soort < 72) {
        regels.splice(i, 0, r.kies(['}', '{', 'opdracht', 'status', '"open', 'driehoek {']));
        bestanden.set(pad, regels.join('\n'));
        return `${pad}:${i + 1}: syntaxfout`;
    }
    if (soort < 80) {
        const kopieen = paden.filter((p) => !origineel.has(p));
        if (kopieen.length > 0 && r.int(2) === 0) {
            const weg = r.kies(kopieen);
            bestanden.delete(weg);
            return `${weg}: kopie verwijderd`;
        }
        const terug = r.kies([...origineel.keys()].sort());
        bestanden.set(terug, origineel.get(terug)!);
        return `${terug}: teruggezet`;
    }
    if (soort < 87) {
        const kopie = pad.replace(/\.opgave$/, `-kopie${r.int(3)}.opgave`);
        bestanden.set(kopie, tekst);
        return `${pad} gekopieerd naar ${kopie}`;
    }
    if (soort < 92 && paden.length > 3) {
        bestanden.delete(pad);
        return `${pad}: verwijderd`;
    }
    regels[i] = (regels[i] ?? '').replace(/\b(project|programma|routine|bestuursproces|improvisatie)\b/, () =>
        r.kies(['project', 'programma', 'routine', 'bestuursproces', 'improvisatie']),
    );
    bestanden.set(pad, regels.join('\n'));
    return `${pad}:${i + 1}: werkwijze`;
}

/** Writes the portfolio to `map`, removing files that are no longer in it; returns the changed and deleted URIs. */
function schrijf(
    map: string,
    bestanden: ReadonlyMap<string, string>,
    vorige: ReadonlyMap<string, string>,
): { gewijzigd: URI[]; weg: URI[] } {
    const gewijzigd: URI[] = [];
    const weg: URI[] = [];
    for (const [rel, tekst] of bestanden) {
        if (vorige.get(rel) !== tekst) {
            fs.mkdirSync(path.dirname(path.join(map, rel)), { recursive: true });
            fs.writeFileSync(path.join(map, rel), tekst);
            gewijzigd.push(URI.file(path.join(map, rel)));
        }
    }
    for (const rel of vorige.keys()) {
        if (!bestanden.has(rel)) {
            fs.rmSync(path.join(map, rel));
            weg.push(URI.file(path.join(map, rel)));
        }
    }
    return { gewijzigd, weg };
}

/**
 * A portfolio folder with the language server's way of checking it: Langium's incremental build
 * over the files on disk, and a checker that keeps its memory between builds.
 */
class Werkruimte {
    private readonly shared = createOpgaveServices(NodeFileSystem).shared;
    private readonly volger = new HerbouwVolger(this.shared.workspace.DocumentBuilder);
    private readonly controle = new PortfolioControle();
    private bestanden: ReadonlyMap<string, string> = new Map();

    constructor(readonly map: string) {}

    /** Writes the files that differ from the previous state, removes the ones gone, and lets Langium build. */
    async zet(bestanden: ReadonlyMap<string, string>): Promise<void> {
        const { gewijzigd, weg } = schrijf(this.map, bestanden, this.bestanden);
        this.bestanden = new Map(bestanden);
        const docs = this.shared.workspace.LangiumDocuments;
        for (const uri of gewijzigd) {
            if (!docs.hasDocument(uri)) {
                docs.addDocument(await this.shared.workspace.LangiumDocumentFactory.fromUri(uri));
            }
        }
        await this.shared.workspace.DocumentBuilder.update(gewijzigd, weg);
    }

    /** The documents as Langium holds them now. */
    documenten(): LangiumDocument[] {
        return this.shared.workspace.LangiumDocuments.all.toArray();
    }

    /** The incremental check of the current state, and how many opdrachten its per-opdracht rules ran for. */
    controleer(): { resultaat: CheckResultaat; berekend: number } {
        const resultaat = this.controle.controleer(this.documenten(), OPTIES, [], this.volger.neem());
        return { resultaat, berekend: this.controle.laatstBerekend };
    }
}

/**
 * Runs `stappen` random edits and compares after each one.
 * @returns per edit, how many opdrachten the per-opdracht rules ran for, and the total
 */
async function volgReeks(
    seed: number,
    opdrachten: number,
    stappen: number,
): Promise<{ berekend: number; totaal: number; vers: boolean }[]> {
    const gen = await generator();
    const origineel = verspreid(gen.genereerPortfolio({ opdrachten, seed, fouten: 0.05 }).bestanden);
    const bestanden = new Map(origineel);
    const namen = [...new Set([...[...origineel.values()].join('\n').matchAll(/^\s*\w+ ([a-z]+-[\w-]+)/gm)].map((m) => m[1]!))].sort();
    const map = tijdelijkeMap('incrementeel');
    const werkruimte = new Werkruimte(map);
    await werkruimte.zet(bestanden);
    const r = new Random(seed);
    const meting: { berekend: number; totaal: number; vers: boolean }[] = [];
    /** The duplicate names of the generated portfolio itself (read with the rest at the start). */
    let dubbelBijBegin = new Set<string>();
    for (let stap = 0; stap <= stappen; stap++) {
        const wat = stap === 0 ? 'begin' : bewerk(r, bestanden, origineel, namen);
        if (stap > 0) {
            await werkruimte.zet(bestanden);
        }
        const alle = werkruimte.documenten();
        const { resultaat: incrementeel, berekend } = werkruimte.controleer();
        meting.push({ berekend, totaal: incrementeel.portfolio.opdrachten.length, vers: false });
        const a = uitkomst(incrementeel, map);
        controleerKoppelingen(incrementeel, `seed ${seed}, stap ${stap} (${wat})`);
        // 1. A full check of the same linked documents: always exactly the same.
        const zelfde = uitkomst(controleerPortfolio(alle, OPTIES), map);
        vergelijk(a, zelfde, `seed ${seed}, stap ${stap} (${wat}): incrementeel ≠ volledig op dezelfde documenten`, bestanden);
        // 2. A full check of the files read afresh (what `opgave check` does): the same, except while an
        // edit has made a second declaration of a name: Langium keeps a reference linked to the
        // declaration it found until a file it depends on changes, while a fresh read takes the
        // first by path. (Duplicates in the generated portfolio itself are read at the start, so
        // both agree on them.)
        const vers = controleerPortfolio(await parse(Object.fromEntries(bestanden), map), OPTIES);
        // The name (the message also names places, which move with edits).
        const dubbel = vers.bevindingen.filter((b) => b.ruleId === 'dubbele-naam').map((b) => b.message.split(' ')[2] ?? '');
        if (stap === 0) {
            dubbelBijBegin = new Set(dubbel);
        }
        if (dubbel.every((m) => dubbelBijBegin.has(m))) {
            vergelijk(a, uitkomst(vers, map), `seed ${seed}, stap ${stap} (${wat}): incrementeel ≠ vers gelezen`, bestanden);
            meting[meting.length - 1]!.vers = true;
        }
    }
    return meting;
}

describe('incrementele controle', function () {
    this.timeout(300_000);

    it('controleert een opdracht opnieuw als een andere opdracht voor dezelfde opgave in een ander bestand verandert', async () => {
        const basis = path.join(ROOT, 'test', 'fixtures', 'basis');
        const regels = path.join(ROOT, 'test', 'fixtures', 'regels');
        const vanFixture = (tekst: string): string => tekst.replace(/^\s*\/\/ \$.*\n/gm, '').replace(/[»«]/g, '');
        const geval = vanFixture(fs.readFileSync(path.join(regels, 'bestuursproces-eerst.valt-niet.opgave'), 'utf8'));
        const [kiosk, winkeliers] = geval.split(/\n(?=opdracht gesprekken-winkeliers)/);
        const bestanden = new Map([
            ['organisatie.opgave', fs.readFileSync(path.join(basis, 'organisatie.opgave'), 'utf8')],
            ['opgaven.opgave', fs.readFileSync(path.join(basis, 'opgaven.opgave'), 'utf8')],
            ['opdrachten.opgave', fs.readFileSync(path.join(basis, 'opdrachten.opgave'), 'utf8')],
            ['kiosk.opgave', kiosk!],
            ['winkeliers.opgave', winkeliers!],
        ]);
        const map = tijdelijkeMap('incrementeel-zuster');
        const werkruimte = new Werkruimte(map);
        await werkruimte.zet(bestanden);
        const kioskFout = (r: CheckResultaat): boolean =>
            r.bevindingen.some((b) => b.ruleId === 'bestuursproces-eerst' && b.uri.endsWith('/kiosk.opgave'));
        assert.ok(!kioskFout(werkruimte.controleer().resultaat), 'vooraf: het bestuursproces van de winkeliers telt');
        // The other opdracht is no bestuursproces any more: the kiosk (whose file did not change) now has no bestuursproces before it.
        bestanden.set('winkeliers.opgave', winkeliers!.replace('werkwijze bestuursproces', 'werkwijze project'));
        await werkruimte.zet(bestanden);
        const { resultaat, berekend } = werkruimte.controleer();
        assert.ok(kioskFout(resultaat), 'na de wijziging: bestuursproces-eerst bij de kiosk');
        assert.equal(uitkomst(resultaat, map), uitkomst(controleerPortfolio(werkruimte.documenten(), OPTIES), map));
        assert.ok(berekend < resultaat.portfolio.opdrachten.length, `alles opnieuw berekend (${berekend})`);
    });

    for (const seed of [1, 2, 3]) {
        it(`is na elke bewerking van een willekeurige reeks gelijk aan een volledige controle (seed ${seed})`, async () => {
            const meting = await volgReeks(seed, 120, 40);
            // Really incremental: after most edits the per-opdracht rules ran for a small part only.
            const klein = meting.slice(1).filter((m) => m.berekend * 4 <= m.totaal).length;
            assert.ok(klein >= (meting.length - 1) / 2, `te vaak alles opnieuw: ${JSON.stringify(meting.map((m) => m.berekend))}`);
            // The first check computes everything.
            assert.equal(meting[0]!.berekend, meting[0]!.totaal);
            // Some steps were also compared with the files read afresh (not those after an edit made a
            // second declaration of a name, which most random sequences soon do).
            assert.ok(meting.filter((m) => m.vers).length >= 3, `te weinig vers vergeleken: ${meting.filter((m) => m.vers).length}`);
        });
    }
});

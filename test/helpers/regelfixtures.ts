/**
 * Rule fixtures with markers (test/fixtures/regels/*.opgave), in the style of Safe-DS's `$TEST$`
 * markers with `»«` ranges. A fixture is a small portfolio fragment that is checked together with
 * the shared, clean base portfolio (test/fixtures/basis/*.opgave); its markers say which findings
 * it must give, where, and with which word in the message.
 *
 * A marker is a line comment; it belongs to the next `»…«` range in the same file (several marker
 * lines in a row share that range; ranges may nest):
 *
 * - `// $VERWACHT$ <regel-id> "<woord>"`: exactly there is a finding of that rule whose message
 *   contains the word (case-sensitive).
 * - `// $GEEN$ <regel-id>`: no finding of that rule touches the range (the corner case the
 *   fixture is about).
 * - `// $ONDERDRUKT$ <regel-id> "<woord>"`: exactly there is a finding that a valid `// @negeer`
 *   silenced.
 *
 * Lines without a range:
 *
 * - `// $OPTIES$ {…}`: the configuration of this fixture, as in `opgave.config.json` (validated by
 *   the same schema), over the peildatum of the tests ({@link PEILDATUM}).
 * - `// $BESTAND$ <pad> [crlf] [bom]`: the lines below form another file of the portfolio (the
 *   lines above the first one are the file named after the fixture), optionally with CRLF line
 *   ends and a UTF-8 byte order mark, decoded the way the command line reads files. A path of a
 *   base file (`basis/opgaven.opgave`) replaces that file, for a rule that looks at the whole
 *   portfolio (`prioriteit-ontbreekt`).
 *
 * The `»` and `«` are removed before parsing; the marker comments stay (they are comments).
 */
import * as fs from 'node:fs';
import * as path from 'node:path';
import { URI } from 'langium';
import type { Range } from 'vscode-languageserver';
import { controleerPortfolio, type Bevinding, type CheckOpties, type CheckResultaat } from '../../language/src/check/checker.js';
import { vergelijkPositie } from '../../language/src/check/feiten.js';
import { checkOptiesVan, parseConfig, type Config } from '../../language/src/config.js';
import { decodeer } from '../../language/src/workspace/laden.js';
import { parse, PEILDATUM } from './index.js';

/** The folder every fixture portfolio lives in (in memory; no file is written). */
const PORTFOLIO = '/noorderveld';

/** One file of a fixture portfolio: relative path and the text as the checker reads it. */
export interface FixtureBestand {
    /** Path relative to the portfolio root, with `/`, e.g. `basis/organisatie.opgave`. */
    readonly pad: string;
    /** The bytes of the file (markers removed; CRLF and BOM applied when asked). */
    readonly bytes: Uint8Array;
}

/** A marker with a range: what the fixture expects at one place. */
export interface Marker {
    readonly soort: 'VERWACHT' | 'GEEN' | 'ONDERDRUKT';
    readonly regel: string;
    /** A word the message must contain (VERWACHT, ONDERDRUKT). */
    readonly woord?: string;
    /** The file the range is in (relative path). */
    readonly pad: string;
    /** 0-based LSP range in that file, computed after removing `»«`. */
    readonly bereik: Range;
    /** 1-based line of the marker comment in the fixture source, for messages. */
    readonly bronRegel: number;
}

/** A parsed fixture. */
export interface Fixture {
    /** File name of the fixture, e.g. `kaders-ontbreken.valt-niet.opgave`. */
    readonly naam: string;
    readonly bestanden: readonly FixtureBestand[];
    readonly markers: readonly Marker[];
    /** The configuration from `$OPTIES$` (`{}` without one). */
    readonly config: Config;
}

/** A fixture that cannot be read: bad marker syntax, a range without marker, and so on. */
export class FixtureFout extends Error {
    constructor(naam: string, regel: number, bericht: string) {
        super(`${naam}:${regel}: ${bericht}`);
        this.name = 'FixtureFout';
    }
}

const MARKER = /^\s*\/\/\s*\$([A-Z]+)\$(.*)$/;
const MET_BEREIK = /^\s*([a-z][a-z0-9-]*)(?:\s+"([^"]+)")?\s*$/;

interface Sectie {
    pad: string;
    crlf: boolean;
    bom: boolean;
    /** Fixture source lines of this file (markers still in). */
    regels: { tekst: string; bronRegel: number }[];
}

/**
 * Reads a fixture: splits it into files, collects the markers and their ranges, and removes the
 * range characters.
 * @param naam the fixture's file name (names the first file of the portfolio)
 * @param bron the fixture's text
 * @throws FixtureFout on an unknown marker, a marker without range, a range without marker,
 *   unbalanced `»«`, a missing word, or `$OPTIES$` that is not a valid configuration
 */
export function leesFixture(naam: string, bron: string): Fixture {
    const secties: Sectie[] = [{ pad: naam, crlf: false, bom: false, regels: [] }];
    let config: Config = {};
    bron.split('\n').forEach((tekst, i) => {
        const m = MARKER.exec(tekst);
        if (m?.[1] === 'BESTAND') {
            const [pad, ...vlaggen] = (m[2] ?? '').trim().split(/\s+/);
            if (!pad || !pad.endsWith('.opgave') || vlaggen.some((v) => v !== 'crlf' && v !== 'bom')) {
                throw new FixtureFout(naam, i + 1, 'schrijf: // $BESTAND$ <pad>.opgave [crlf] [bom]');
            }
            secties.push({ pad, crlf: vlaggen.includes('crlf'), bom: vlaggen.includes('bom'), regels: [] });
            return;
        }
        if (m?.[1] === 'OPTIES') {
            try {
                config = parseConfig(m[2] ?? '', `${naam}:${i + 1}`);
            } catch (e) {
                throw new FixtureFout(naam, i + 1, (e as Error).message);
            }
        }
        secties.at(-1)!.regels.push({ tekst, bronRegel: i + 1 });
    });

    const markers: Marker[] = [];
    const bestanden = secties.map((sectie) => {
        const { tekst, markers: gevonden } = leesSectie(naam, sectie);
        markers.push(...gevonden);
        let inhoud = sectie.crlf ? tekst.replace(/\n/g, '\r\n') : tekst;
        if (sectie.bom) {
            inhoud = `\uFEFF${inhoud}`;
        }
        return { pad: sectie.pad, bytes: new TextEncoder().encode(inhoud) };
    });
    return { naam, bestanden, markers, config };
}

/** One file: marker comments bound to the next range; `»«` removed and ranges computed. */
function leesSectie(naam: string, sectie: Sectie): { tekst: string; markers: Marker[] } {
    const markers: Marker[] = [];
    const wachtend: Omit<Marker, 'bereik' | 'pad'>[] = [];
    const open: { start: Range['start']; markers: Omit<Marker, 'bereik' | 'pad'>[]; bronRegel: number }[] = [];
    const uit: string[] = [];
    sectie.regels.forEach(({ tekst, bronRegel }, lijn) => {
        const m = MARKER.exec(tekst);
        if (m) {
            const soort = m[1];
            if (soort === 'OPTIES') {
                uit.push(tekst);
                return;
            }
            if (soort !== 'VERWACHT' && soort !== 'GEEN' && soort !== 'ONDERDRUKT') {
                throw new FixtureFout(naam, bronRegel, `onbekende marker $${soort}$ (VERWACHT, GEEN, ONDERDRUKT, OPTIES, BESTAND)`);
            }
            const a = MET_BEREIK.exec(m[2] ?? '');
            if (!a?.[1] || (soort !== 'GEEN' && !a[2])) {
                throw new FixtureFout(
                    naam,
                    bronRegel,
                    `schrijf: // $${soort}$ <regel-id>${soort === 'GEEN' ? '' : ' "<woord uit de melding>"'}`,
                );
            }
            wachtend.push({ soort, regel: a[1], woord: a[2], bronRegel });
            uit.push(tekst);
            return;
        }
        let regel = '';
        for (const teken of tekst) {
            if (teken === '»') {
                if (wachtend.length === 0) {
                    throw new FixtureFout(naam, bronRegel, 'een »…« zonder marker erboven');
                }
                open.push({ start: { line: lijn, character: regel.length }, markers: wachtend.splice(0), bronRegel });
            } else if (teken === '«') {
                const begin = open.pop();
                if (!begin) {
                    throw new FixtureFout(naam, bronRegel, 'een « zonder »');
                }
                const bereik: Range = { start: begin.start, end: { line: lijn, character: regel.length } };
                markers.push(...begin.markers.map((mk) => ({ ...mk, pad: sectie.pad, bereik })));
            } else {
                regel += teken;
            }
        }
        uit.push(regel);
    });
    if (open.length > 0) {
        throw new FixtureFout(naam, open[0]!.bronRegel, 'een » zonder «');
    }
    if (wachtend.length > 0) {
        throw new FixtureFout(naam, wachtend[0]!.bronRegel, 'een marker zonder »…« eronder');
    }
    return { tekst: uit.join('\n'), markers };
}

/** Reads every `.opgave` file under `map` (recursively) as fixture files, paths relative to `relatief`. */
export function leesMap(map: string, relatief: string): FixtureBestand[] {
    return fs
        .readdirSync(map, { recursive: true, encoding: 'utf8' })
        .filter((f) => f.endsWith('.opgave'))
        .sort()
        .map((f) => ({
            pad: path.relative(relatief, path.join(map, f)).split(path.sep).join('/'),
            bytes: fs.readFileSync(path.join(map, f)),
        }));
}

/** The check options of a fixture: its configuration over the peildatum of the tests. */
export function fixtureOpties(config: Config): CheckOpties {
    return checkOptiesVan(config, config.peildatum ?? PEILDATUM);
}

/**
 * Checks files as one portfolio, in memory, decoded like the command line reads files (UTF-8,
 * BOM removed).
 * @returns the checker's result; finding URIs are `file:///noorderveld/<pad>`
 * @throws Error when a file is not UTF-8 text
 */
export async function controleerInGeheugen(bestanden: readonly FixtureBestand[], opties: CheckOpties): Promise<CheckResultaat> {
    const teksten: Record<string, string> = {};
    for (const b of bestanden) {
        const gelezen = decodeer(b.bytes);
        if ('fout' in gelezen) {
            throw new Error(`${b.pad}: ${gelezen.fout}`);
        }
        teksten[b.pad] = gelezen.tekst;
    }
    return controleerPortfolio(await parse(teksten, PORTFOLIO), opties);
}

/** `pad:line:col-line:col` (1-based), for messages. */
function toon(pad: string, r: Range): string {
    return `${pad}:${r.start.line + 1}:${r.start.character + 1}-${r.end.line + 1}:${r.end.character + 1}`;
}

function zelfdeBereik(a: Range, b: Range): boolean {
    return (
        a.start.line === b.start.line &&
        a.start.character === b.start.character &&
        a.end.line === b.end.line &&
        a.end.character === b.end.character
    );
}

/** True when the ranges share a position (touching ends count). */
function raakt(a: Range, b: Range): boolean {
    return vergelijkPositie(a.end, b.start) >= 0 && vergelijkPositie(b.end, a.start) >= 0;
}

/** What a fixture is about, from its file name: `<id>.opgave` fires, `<id>.valt-niet.opgave` does not. */
export function soortVan(naam: string): { regel: string; valt: boolean } {
    const valtNiet = naam.endsWith('.valt-niet.opgave');
    return { regel: path.basename(naam, valtNiet ? '.valt-niet.opgave' : '.opgave'), valt: !valtNiet };
}

/**
 * Checks a fixture on top of the basis and compares the findings with its markers.
 *
 * Asserted: every `$VERWACHT$` and `$ONDERDRUKT$` marker has its own finding of that rule at
 * exactly that range whose message contains the word; every finding and every silenced finding
 * of the whole portfolio (basis included, which is clean on its own) is claimed by a marker; no
 * finding of a `$GEEN$` marker's rule touches its range. A firing fixture (`<id>.opgave`) has at
 * least one `$VERWACHT$ <id>`; a non-firing one (`<id>.valt-niet.opgave`) has at least one
 * `$GEEN$ <id>`, no `$VERWACHT$ <id>`, and so no finding of `<id>` at all.
 * @returns the problems in Dutch (empty: the fixture holds) and the check result
 */
export async function controleerFixture(
    fixture: Fixture,
    basis: readonly FixtureBestand[],
): Promise<{ problemen: string[]; resultaat: CheckResultaat }> {
    const { regel, valt } = soortVan(fixture.naam);
    const problemen: string[] = [];
    const eigen = fixture.markers.filter((m) => m.regel === regel);
    if (valt && !eigen.some((m) => m.soort === 'VERWACHT')) {
        problemen.push(`${fixture.naam}: een fixture die valt heeft minstens één // $VERWACHT$ ${regel} "…"`);
    }
    if (!valt && !eigen.some((m) => m.soort === 'GEEN')) {
        problemen.push(`${fixture.naam}: een fixture die niet valt heeft minstens één // $GEEN$ ${regel}`);
    }
    if (!valt && eigen.some((m) => m.soort !== 'GEEN')) {
        problemen.push(`${fixture.naam}: een fixture die niet valt verwacht geen bevinding van ${regel}`);
    }

    // A fixture file with the path of a base file (`// $BESTAND$ basis/opgaven.opgave`) replaces it.
    const eigenPaden = new Set(fixture.bestanden.map((b) => b.pad));
    const portfolio = [...basis.filter((b) => !eigenPaden.has(b.pad)), ...fixture.bestanden];
    const resultaat = await controleerInGeheugen(portfolio, fixtureOpties(fixture.config));
    const padVan = (b: Bevinding): string => {
        const pad = decodeURIComponent(URI.parse(b.uri).path);
        return pad.startsWith(`${PORTFOLIO}/`) ? pad.slice(PORTFOLIO.length + 1) : pad;
    };
    const beschrijf = (b: Bevinding): string => `${toon(padVan(b), b.range)} ${b.ruleId}: ${b.message}`;

    const vergelijk = (soort: 'VERWACHT' | 'ONDERDRUKT', bevindingen: readonly Bevinding[]): void => {
        const over = [...bevindingen];
        for (const m of fixture.markers.filter((mk) => mk.soort === soort)) {
            const i = over.findIndex(
                (b) => b.ruleId === m.regel && padVan(b) === m.pad && zelfdeBereik(b.range, m.bereik) && b.message.includes(m.woord ?? ''),
            );
            if (i >= 0) {
                over.splice(i, 1);
                continue;
            }
            const daar = bevindingen.filter((b) => padVan(b) === m.pad && b.ruleId === m.regel).map(beschrijf);
            problemen.push(
                `${fixture.naam}:${m.bronRegel}: ${soort === 'VERWACHT' ? 'verwacht' : 'verwacht onderdrukt'} ${m.regel} op ${toon(m.pad, m.bereik)} met "${m.woord ?? ''}"` +
                    (daar.length > 0 ? `; wel gevonden: ${daar.join(' | ')}` : `; geen bevinding van ${m.regel} in ${m.pad}`),
            );
        }
        for (const b of over) {
            problemen.push(`${fixture.naam}: ${soort === 'VERWACHT' ? 'onverwachte bevinding' : 'onverwacht onderdrukt'} ${beschrijf(b)}`);
        }
    };
    vergelijk('VERWACHT', resultaat.bevindingen);
    vergelijk(
        'ONDERDRUKT',
        resultaat.onderdrukt.map((o) => o.bevinding),
    );
    for (const m of fixture.markers.filter((mk) => mk.soort === 'GEEN')) {
        for (const b of resultaat.bevindingen) {
            if (b.ruleId === m.regel && padVan(b) === m.pad && raakt(b.range, m.bereik)) {
                problemen.push(`${fixture.naam}:${m.bronRegel}: ${m.regel} hoort hier niet te vallen: ${beschrijf(b)}`);
            }
        }
    }
    return { problemen, resultaat };
}

/**
 * Snippets of the .opgave language, served by the completion provider (not by a static VS Code
 * contribution), so they are offered only where their declaration or block may start, in every
 * LSP editor. Each snippet is valid text when its placeholders are left as they are: names of
 * new declarations and titles get defaults that parse, and a reference is a choice placeholder
 * with real names from the portfolio, or is left out when the portfolio has no fitting name.
 */
import { FASEN } from '../../../language/src/model/werkwijzen.js';
import type { Werkwijze } from '../../../language/src/model/types.js';
import { FUNCTIES } from '../../../language/src/model/waarden.js';

/** The names of the portfolio a snippet may refer to. */
export interface SnippetNamen {
    /** Persons that fit a role (`bestuurlijk-opdrachtgever`, `opgavemanager` …), by role. */
    readonly personenVoor: (rol: SnippetRol) => readonly string[];
    /** Every person. */
    readonly personen: readonly string[];
    readonly themas: readonly string[];
    readonly opgaven: readonly string[];
    readonly spelers: readonly string[];
    /** The werkwijze of the opdracht the cursor is in, if any. */
    readonly werkwijze?: Werkwijze;
    /** A date that parses, used as default (the peildatum or today). */
    readonly datum: string;
}

/** The roles a snippet fills with a fitting person. */
export type SnippetRol = 'bestuurlijk-opdrachtgever' | 'ambtelijk-opdrachtgever' | 'sturingsprofessional' | 'opgavemanager';

/** One snippet: the keyword it completes, a Dutch description and its body in LSP snippet syntax. */
export interface Snippet {
    readonly label: string;
    readonly omschrijving: string;
    readonly tekst: string;
}

/** At most this many names in a choice placeholder. */
const MAX_KEUZES = 20;

/** Placeholder numbering and the choice syntax `${n|a,b|}`. */
class Velden {
    private n = 0;

    /** A placeholder with a default text (the default must parse where it is used). */
    tekst(standaard: string): string {
        return `\${${++this.n}:${standaard}}`;
    }

    /** A choice placeholder of a fixed, non-empty list of values. */
    keuze(waarden: readonly [string, ...string[]]): string {
        return this.misschien(waarden) ?? waarden[0];
    }

    /** A choice placeholder of names; undefined when there is nothing to choose. */
    misschien(waarden: readonly string[]): string | undefined {
        const lijst = [...new Set(waarden)].slice(0, MAX_KEUZES).map((w) => w.replace(/[$}\\,|]/g, '\\$&'));
        if (lijst.length === 0) {
            return undefined;
        }
        return `\${${++this.n}|${lijst.join(',')}|}`;
    }

    /** The number of the last placeholder (to mirror it). */
    get laatste(): number {
        return this.n;
    }
}

/** Joins lines, leaving out undefined ones (a reference without a fitting name). */
function regels(...r: (string | undefined)[]): string {
    return r.filter((x): x is string => x !== undefined).join('\n');
}

/** `keyword value` when there is a value to choose, else undefined. */
function met(sleutel: string, waarde: string | undefined): string | undefined {
    return waarde === undefined ? undefined : `${sleutel} ${waarde}`;
}

/** Builds the snippet for a declaration or block keyword, or undefined when there is none. */
export function snippetVoor(sleutelwoord: string, namen: SnippetNamen): Snippet | undefined {
    const v = new Velden();
    const jaar = namen.datum.slice(0, 4);
    switch (sleutelwoord) {
        case 'gemeente':
            return {
                label: 'gemeente',
                omschrijving: 'Gemeente met besturingsmodel (H4, Varianten in de sturingsdriehoek)',
                tekst: regels(
                    `gemeente ${v.tekst('naam')} "${v.tekst('Gemeente')}" {`,
                    `    besturingsmodel ${v.keuze(['basismodel', 'model-1', 'model-2', 'model-3'])}`,
                    '}',
                ),
            };
        case 'persoon':
            return {
                label: 'persoon',
                omschrijving: 'Persoon met functie',
                tekst: regels(`persoon ${v.tekst('naam')} "${v.tekst('Titel')}" {`, `    functie ${v.keuze(FUNCTIES)}`, '}'),
            };
        case 'speler':
            return {
                label: 'speler',
                omschrijving: 'Speler in het netwerk rond een opgave',
                tekst: regels(
                    `speler ${v.tekst('naam')} "${v.tekst('Titel')}" {`,
                    `    soort ${v.keuze(['inwoners', 'bedrijf', 'instelling', 'overheid', 'maatschappelijke-organisatie', 'netwerk'])}`,
                    `    positie ${v.keuze(['positief', 'neutraal', 'kritisch', 'onbekend'])}`,
                    '}',
                ),
            };
        case 'gebied':
            return {
                label: 'gebied',
                omschrijving: 'Gebied waar een opgave over gaat',
                tekst: regels(
                    `gebied ${v.tekst('naam')} "${v.tekst('Titel')}" {`,
                    `    schaal ${v.keuze(['wijk', 'kern', 'stadsdeel', 'stad', 'regio'])}`,
                    '}',
                ),
            };
        case 'thema':
            return {
                label: 'thema',
                omschrijving: 'Thema met opgavemanager (H4, De opgavemanager)',
                tekst: regels(
                    `thema ${v.tekst('naam')} "${v.tekst('Titel')}" {`,
                    `    soort ${v.keuze(['transitie', 'transformatie', 'overig'])}`,
                    met('    opgavemanager', v.misschien(namen.personenVoor('opgavemanager'))),
                    '}',
                ),
            };
        case 'opgave':
            return {
                label: 'opgave',
                omschrijving: 'Opgave met situatie, spelers en voorscheider (H2; B2, Voorscheider)',
                tekst: regels(
                    `opgave ${v.tekst('naam')} "${v.tekst('Titel')}" {`,
                    met('    thema', v.misschien(namen.themas)),
                    `    bedoeling "${v.tekst('…')}"`,
                    `    huidige-situatie "${v.tekst('…')}"`,
                    `    gewenste-situatie "${v.tekst('…')}"`,
                    met('    spelers', v.misschien(namen.spelers)),
                    '    voorscheider {',
                    `        idee ${v.keuze(['bekend', 'deels', 'onbekend'])}`,
                    `        netwerk ${v.keuze(['voorspelbaar', 'deels', 'onvoorspelbaar'])}`,
                    `        besluitvorming ${v.keuze(['gericht', 'deels', 'ongericht'])}`,
                    '    }',
                    '}',
                ),
            };
        case 'opdracht': {
            const kop = `opdracht ${v.tekst('naam')} "${v.tekst('Titel')}"`;
            const voor = v.misschien(namen.opgaven);
            const werkwijze = v.keuze(['project', 'programma', 'bestuursproces', 'routine', 'improvisatie']);
            const driehoek = driehoekRegels(v, namen, '    ');
            const kaders = v.tekst('…');
            const budget = v.tekst('0');
            const capaciteit = v.tekst('1.0');
            const start = v.tekst(`${jaar}-01-01`);
            const startNr = v.laatste;
            const eind = v.tekst(`${jaar}-12-31`);
            return {
                label: 'opdracht',
                omschrijving: 'Opdracht met werkwijze en sturingsdriehoek (H2, De opdracht als middel; H4)',
                tekst: regels(
                    `${kop}${voor ? ` voor ${voor}` : ''} {`,
                    `    werkwijze ${werkwijze}`,
                    ...driehoek,
                    `    kaders "${kaders}"`,
                    `    budget ${budget}`,
                    `    capaciteit ${capaciteit}`,
                    `    periode ${start} tot ${eind}`,
                    `    vastgesteld \${${startNr}}`,
                    `    status ${v.keuze(['voorbereiding', 'lopend', 'gepauzeerd', 'afgerond', 'gestopt'])}`,
                    '}',
                ),
            };
        }
        case 'driehoek':
            return {
                label: 'driehoek',
                omschrijving: 'Sturingsdriehoek met de drie rollen (H4, De sturingsdriehoek; B1)',
                tekst: driehoekRegels(v, namen, '').join('\n'),
            };
        case 'fasen': {
            const werkwijze = namen.werkwijze === 'programma' ? 'programma' : 'project';
            const [eerste = 'initiatief', ...rest] = FASEN[werkwijze].map((f) => f.naam);
            return {
                label: 'fasen',
                omschrijving:
                    werkwijze === 'programma'
                        ? 'Fasen van een programma (B2, De kern van de vijf werkwijzen)'
                        : 'Fasen van een project (B2, De kern van de vijf werkwijzen)',
                tekst: regels(
                    'fasen {',
                    `    ${eerste} ${v.keuze(['actief', `gepland ${namen.datum}`, `afgerond ${namen.datum} besluit go`])}`,
                    ...rest.map((f) => `    ${f}`),
                    '}',
                ),
            };
        }
        case 'historie': {
            const eerste = `    ${v.tekst(`${jaar}-01-01`)} bestuursproces "${v.tekst('…')}"`;
            const tweede = `    ${v.tekst(`${jaar}-06-01`)} ${v.keuze(['project', 'programma', 'bestuursproces', 'routine', 'improvisatie'])} "${v.tekst('…')}"`;
            const afgestemd = v.misschien(namen.personen);
            return {
                label: 'historie',
                omschrijving: 'Historie van de werkwijze (H5, Werkwijze kiezen en wisselen)',
                tekst: regels('historie {', eerste, `${tweede}${afgestemd ? ` afgestemd-met ${afgestemd}` : ''}`, '}'),
            };
        }
        case 'doelen': {
            const doel = v.tekst('doel-een');
            const doelNr = v.laatste;
            return {
                label: 'doelen',
                omschrijving: 'Doelen en inspanningen van een programma (B2, Programma)',
                tekst: regels(
                    'doelen {',
                    `    doel ${doel} "${v.tekst('…')}"`,
                    '}',
                    'inspanningen {',
                    `    inspanning ${v.tekst('inspanning-een')} "${v.tekst('…')}" draagt-bij-aan \${${doelNr}}`,
                    '}',
                ),
            };
        }
        default:
            return undefined;
    }
}

/** The lines of a driehoek block, one per role with a fitting person; indented by `inspringing`. */
function driehoekRegels(v: Velden, namen: SnippetNamen, inspringing: string): string[] {
    const rollen = (['bestuurlijk-opdrachtgever', 'ambtelijk-opdrachtgever', 'sturingsprofessional'] as const).flatMap((rol) => {
        const keuze = v.misschien(namen.personenVoor(rol));
        return keuze ? [`${inspringing}    ${rol} ${keuze}`] : [];
    });
    return [`${inspringing}driehoek {`, ...rollen, `${inspringing}}`];
}

/** The keywords that have a snippet. */
export const SNIPPET_WOORDEN: ReadonlySet<string> = new Set([
    'gemeente',
    'persoon',
    'speler',
    'gebied',
    'thema',
    'opgave',
    'opdracht',
    'driehoek',
    'fasen',
    'historie',
    'doelen',
]);

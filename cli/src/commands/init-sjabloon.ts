/**
 * The starter portfolio of `opgave init` (issue 16, item 5) as `.opgave` text: a gemeente, persons
 * by role, spelers, one thema with its opgavemanager, one opgave with voorscheider, and one project
 * with its driehoek, middelen and fasen. All dates are counted back from the peildatum, so the
 * portfolio checks clean (no finding of any severity) on every peildatum: the herijking and the last
 * les lie within the default terms (herijking-verlopen, leren-tijdens-werk), the bestuursproces
 * comes first in the historie, and the first phase is decided with go and its startdocument.
 */
import { plusMaanden } from '../../../language/src/model/datum.js';

/** What the starter portfolio is made for. */
export interface SjabloonGegevens {
    /** Title of the gemeente as the user gave it, e.g. `Gooise Meren`. */
    readonly titel: string;
    /** Its identifier ({@link gemeenteId}), e.g. `gooise-meren`. */
    readonly id: string;
    /** Valid ISO date `YYYY-MM-DD`; written to opgave.config.json and the base of all dates. */
    readonly peildatum: string;
}

/** One file of the starter portfolio: path relative to the target folder (`/`), UTF-8 content. */
export interface SjabloonBestand {
    readonly pad: string;
    readonly inhoud: string;
}

/**
 * The identifier of a gemeente from its title: lower case, runs of white space become `-`, and
 * only letters, digits and `-` are kept (`Gooise Meren` → `gooise-meren`, `'s-Hertogenbosch` →
 * `s-hertogenbosch`). An identifier has to start with a letter; otherwise `gemeente-` goes before.
 * @returns the identifier, or undefined when the title holds no letter or digit
 */
export function gemeenteId(titel: string): string | undefined {
    const id = titel
        .normalize('NFC')
        .toLowerCase()
        .trim()
        .replace(/\s+/gu, '-')
        .replace(/[^\p{L}\p{M}\p{N}-]/gu, '')
        .replace(/-+/g, '-')
        .replace(/^-|-$/g, '');
    if (!/[\p{L}\p{N}]/u.test(id)) {
        return undefined;
    }
    return /^\p{L}/u.test(id) ? id : `gemeente-${id}`;
}

/** `tekst` as the content of a STRING: `\` and `"` escaped, line breaks as spaces. */
const tekst = (s: string): string => s.replace(/\s+/g, ' ').replace(/[\\"]/g, (c) => `\\${c}`);

/** `tekst` inside a `//` comment: on one line. */
const regel = (s: string): string => s.replace(/\s+/g, ' ');

/** The lines `opgave init` makes sure the target's `.gitignore` holds, in this order. */
export const GITIGNORE_REGELS: readonly string[] = [
    '# opgave',
    'node_modules/',
    // The static site (opgave site) is built, not committed; the reports (docs/portfolio) are,
    // because the CI example compares them with `opgave generate --check`.
    'docs/site/',
    'opgave.sarif',
    'opgave-junit.xml',
    'gl-code-quality-report.json',
];

/**
 * The configuration file: `$schema` pointing at the schema in the installed package (the editor
 * completes and checks the file with it) and the fixed peildatum.
 */
function config(g: SjabloonGegevens): string {
    return `${JSON.stringify({ $schema: './node_modules/opgave/docs/schema/opgave.config.schema.json', peildatum: g.peildatum }, null, 2)}\n`;
}

function organisatie(g: SjabloonGegevens): string {
    return `// Startportfolio van ${regel(g.titel)}, gemaakt met \`opgave init\` (peildatum ${g.peildatum}).
//
// Alles in dit portfolio is verzonnen: de rollen, de spelers, de opgave, de opdracht, de bedragen,
// de FTE's en de data. Het laat zien hoe een klein portfolio eruitziet dat zonder bevindingen door
// \`opgave check\` komt. Vervang het stap voor stap door jullie eigen thema's, opgaven en opdrachten
// (zie docs/handleiding.md van opgave). Personen staan hier alleen met hun rol, niet met hun naam.
//
// Besturingsmodel: basismodel. De opgavemanager van het thema Wonen is ambtelijk opdrachtgever
// van de opdracht; een teamleider in de lijn neemt het resultaat straks over.

gemeente ${g.id} "${tekst(g.titel)}" {
    besturingsmodel basismodel
}

// --- Bestuur en directie ------------------------------------------------------------------------

persoon weth-wonen "Wethouder Wonen en Ruimtelijke Ontwikkeling" {
    functie wethouder
}
persoon gemeentesecretaris "Gemeentesecretaris en algemeen directeur" {
    functie dt-lid
}

// --- Opgavemanager en sturingsprofessional -----------------------------------------------------

persoon om-wonen "Opgavemanager Wonen" {
    functie opgavemanager
    fte 0.8
}
persoon pm-stationsgebied "Projectmanager Woningbouw Stationsgebied" {
    functie projectmanager
    fte 0.8
}

// --- Lijn --------------------------------------------------------------------------------------

persoon tl-ruimte "Teamleider Ruimtelijke Ontwikkeling en Vergunningen" {
    functie lijnmanager
}

// --- Spelers -----------------------------------------------------------------------------------

speler corporatie "Woningcorporatie" {
    soort instelling
    positie positief
}
speler omwonenden-station "Bewoners en ondernemers rond het station" {
    soort inwoners
    positie neutraal
}
speler ontwikkelaar "Projectontwikkelaar met grond bij het station" {
    soort bedrijf
    positie neutraal
}
`;
}

function wonen(g: SjabloonGegevens): string {
    const d = (maanden: number): string => plusMaanden(g.peildatum, maanden);
    const start = d(-4);
    const eindjaar = Number(g.peildatum.slice(0, 4)) + 3;
    return `// Het thema Wonen met één opgave en één opdracht (project), gemaakt met \`opgave init\`.
// Verzonnen, net als de rest van dit startportfolio; de data zijn geteld vanaf de peildatum
// ${g.peildatum}.

thema wonen "Wonen" {
    soort transformatie
    opgavemanager om-wonen
}

opgave betaalbaar-wonen "Betaalbaar wonen" {
    thema wonen
    kenmerken gezamenlijke-inspanning, verschillende-meningen
    bedoeling "Wie in ${tekst(g.titel)} wil wonen, vindt een betaalbare woning die bij zijn leven past."
    huidige-situatie "Starters en ouderen vinden geen passende, betaalbare woning; de wachttijd voor sociale huur is zeven jaar."
    gewenste-situatie "In ${eindjaar + 2} staan er 400 extra betaalbare woningen, waarvan de helft sociale huur, in wijken waar bewoners erbij betrokken waren."
    spelers corporatie, omwonenden-station, ontwikkelaar
    voorscheider {
        idee bekend
        netwerk voorspelbaar
        besluitvorming gericht
    }
}

// Een maakproces (alles van de voorscheider is duidelijk), dus een project. De initiatieffase is
// met een go-besluit op het startdocument afgerond; de definitiefase loopt.
opdracht project-stationsgebied "Woningbouw Stationsgebied" voor betaalbaar-wonen {
    werkwijze project
    driehoek {
        bestuurlijk-opdrachtgever weth-wonen
        ambtelijk-opdrachtgever om-wonen
        sturingsprofessional pm-stationsgebied
    }
    kaders "Woonvisie", "Omgevingsvisie"
    criteria "De helft van de woningen is sociale huur"
    kwaliteit "120 woningen opgeleverd, waarvan 60 sociale huur, en een autoluw stationsplein"
    budget 1_500_000
    capaciteit 1.2
    periode ${start} tot ${eindjaar}-12-31
    vastgesteld ${start}
    status lopend

    fasen {
        initiatief afgerond ${d(-2)} besluit go
            document startdocument "Startdocument Woningbouw Stationsgebied"
        definitie  actief
        uitvoering
        nazorg
    }

    historie {
        ${d(-7)} bestuursproces "Verkenning met corporatie, ontwikkelaar en omwonenden: wat is er nodig rond het station?" afgestemd-met weth-wonen, om-wonen
        ${start} project "De opgave is helder afgebakend; het college kiest voor een project" afgestemd-met weth-wonen, corporatie
    }

    overdracht aan tl-ruimte "Openbare ruimte en vergunningen na oplevering naar team Ruimtelijke Ontwikkeling"
    lessen {
        les ${d(-1)} "Omwonenden vroeg betrekken bij het startdocument scheelt later bezwaren; plan de eerste avond vóór het ontwerp"
    }
}
`;
}

/**
 * The files of the starter portfolio (without `.gitignore` and the CI example):
 * `opgave.config.json`, `organisatie.opgave` and `wonen.opgave`.
 * @throws Error when `peildatum` is not a valid ISO date
 */
export function startportfolio(g: SjabloonGegevens): SjabloonBestand[] {
    return [
        { pad: 'opgave.config.json', inhoud: config(g) },
        { pad: 'organisatie.opgave', inhoud: organisatie(g) },
        { pad: 'wonen.opgave', inhoud: wonen(g) },
    ];
}

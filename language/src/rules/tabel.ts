/**
 * The rule table: every rule of ../shared/spec/regels.md with its normative id and default
 * severity, a one-line Dutch summary, the guide section it comes from, its family and whether the
 * editor offers a quick fix. This single table drives rule registration, config validation,
 * `opgave rules`, the rule documentation and SARIF rule metadata.
 */

/** Severity of a finding. */
export type Ernst = 'error' | 'warning' | 'info';

/** Rule families; each has its own validation file under `language/src/rules/`. */
export type Familie = 'integriteit' | 'opdracht' | 'driehoek' | 'opgavemanager' | 'werkwijze' | 'portfolio' | 'afronding';

/** Metadata of one rule. */
export interface RegelDefinitie {
    /** Normative id (regels.md): the diagnostic code everywhere. */
    readonly id: string;
    /** Default severity (regels.md). */
    readonly ernst: Ernst;
    readonly familie: Familie;
    /** One line of Dutch: what the rule asks for. */
    readonly samenvatting: string;
    /** Section of the inspiratiegids the rule comes from, e.g. "H4, De sturingsdriehoek". */
    readonly bron: string;
    /** True when the editor offers a quick fix (marked **fix** in regels.md). */
    readonly fix: boolean;
}

const r = (id: string, ernst: Ernst, familie: Familie, samenvatting: string, bron: string, fix = false): RegelDefinitie => ({
    id,
    ernst,
    familie,
    samenvatting,
    bron,
    fix,
});

/** All rules, in the order of regels.md. */
export const REGELS = [
    // Integriteit
    r('syntaxis', 'error', 'integriteit', 'De tekst volgt de taal van .opgave-bestanden.', 'taal.md'),
    r('onbekende-verwijzing', 'error', 'integriteit', 'Elke verwijzing noemt iets dat bestaat, van de juiste soort.', 'taal.md'),
    r('dubbele-naam', 'error', 'integriteit', 'Elke naam komt per soort maar één keer voor in het hele portfolio.', 'taal.md'),
    r('cyclische-deelopgave', 'error', 'integriteit', 'Deelopgaven vormen geen kring via deel-van.', 'H2, Wat is een opgave?'),
    r(
        'ongeldige-datum',
        'error',
        'integriteit',
        'Data bestaan echt in de kalender en een periode eindigt niet voor haar begin.',
        'taal.md',
    ),
    r(
        'functie-past-niet',
        'error',
        'integriteit',
        'Wie een rol vervult, heeft een functie die bij die rol past.',
        'B1, Sturingsdriehoek; B3, Sleutelfiguren',
    ),
    r('negeer-zonder-reden', 'warning', 'integriteit', 'Een @negeer-opmerking noemt een bestaande regel en een reden.', 'taal.md'),
    // Opdracht
    r('opdracht-zonder-opgave', 'error', 'opdracht', 'Elke opdracht is voor een opgave.', 'H2, De opdracht als middel'),
    r('werkwijze-ontbreekt', 'error', 'opdracht', 'Elke opdracht kiest een werkwijze.', 'H5, Werkwijze kiezen; B2'),
    r(
        'situatie-onbeschreven',
        'warning',
        'opdracht',
        'De opgave van een opdracht beschrijft de huidige en de gewenste situatie.',
        'H2, Randvoorwaarde 1: huidige en gewenste situatie',
        true,
    ),
    r(
        'kaders-ontbreken',
        'warning',
        'opdracht',
        'Een opdracht noemt kaders of criteria.',
        'H2, Randvoorwaarde 2: kaders en criteria',
        true,
    ),
    r('middelen-ontbreken', 'warning', 'opdracht', 'Een opdracht (geen routine) heeft budget en capaciteit.', 'H2, Randvoorwaarden; B2'),
    r(
        'herijking-verlopen',
        'warning',
        'opdracht',
        'Een lopende opdracht wordt op tijd herijkt.',
        'H2, Opdracht regelmatig bijstellen!',
        true,
    ),
    // Sturingsdriehoek
    r(
        'driehoek-onvolledig',
        'error',
        'driehoek',
        'Project, programma en bestuursproces hebben een volledige sturingsdriehoek.',
        'H4, De sturingsdriehoek; B1',
        true,
    ),
    r('rolzuiverheid', 'error', 'driehoek', 'Eén persoon vervult niet twee rollen in dezelfde driehoek.', 'H4, De sturingsdriehoek; B1'),
    r(
        'sturingsprofessional-past-niet-bij-werkwijze',
        'warning',
        'driehoek',
        'De sturingsprofessional past bij de werkwijze.',
        'B3, Sleutelfiguren; B2',
    ),
    r(
        'eindverantwoordelijke-ontbreekt',
        'warning',
        'driehoek',
        'Bij meerdere opdrachtgevers is één eindverantwoordelijk.',
        'B1, Sturingsdriehoek',
    ),
    r(
        'ambtelijk-opdrachtgever-lijnmanager',
        'warning',
        'driehoek',
        'Het ambtelijk opdrachtgeverschap ligt niet alleen bij een lijnmanager.',
        'H3, De grenzen van de matrixorganisatie',
    ),
    r(
        'raadsbesluit-ontbreekt',
        'warning',
        'driehoek',
        'Extra budget buiten de begroting berust op een raadsbesluit.',
        'B1, Rol van de raad',
    ),
    r('routine-zonder-eigenaar', 'warning', 'driehoek', 'Een routine heeft een eigenaar in de lijn.', 'B2, Routine'),
    // Opgavemanager en thema
    r('thema-zonder-opgavemanager', 'warning', 'opgavemanager', 'Elk thema heeft een opgavemanager.', 'H4, De opgavemanager'),
    r('opgavemanager-functie', 'warning', 'opgavemanager', 'De opgavemanager van een thema heeft die functie.', 'H4, De opgavemanager'),
    r(
        'opgavemanager-als-sturingsprofessional',
        'warning',
        'opgavemanager',
        'Een opgavemanager is niet ook sturingsprofessional van een opdracht.',
        'H4, Waarom een opgavemanager',
    ),
    r(
        'ambtelijk-opdrachtgever-model',
        'info',
        'opgavemanager',
        'In model 1 is de opgavemanager van het thema ambtelijk opdrachtgever.',
        'H4, Varianten in de sturingsdriehoek',
    ),
    r(
        'rolverdeling-ontbreekt',
        'warning',
        'opgavemanager',
        'In model 2 en 3 is de rolverdeling tussen opgavemanager en ambtelijk opdrachtgever vastgelegd.',
        'H4, Varianten in de sturingsdriehoek',
    ),
    // Werkwijze
    r(
        'bestuursproces-eerst',
        'warning',
        'werkwijze',
        'Een bestuursproces gaat vooraf aan project, programma of routine.',
        'H5, Zicht op doorlopen bestuursproces',
        true,
    ),
    r(
        'werkwijze-past-niet-bij-voorscheider',
        'warning',
        'werkwijze',
        'De werkwijze past bij de uitkomst van de voorscheider.',
        'B2, Voorscheider',
    ),
    r(
        'werkwijze-historie-strijdig',
        'error',
        'werkwijze',
        'De historie staat op datum en eindigt bij de huidige werkwijze.',
        'H5, Werkwijze kiezen en wisselen',
    ),
    r(
        'werkwijze-wissel-onderbouwd',
        'warning',
        'werkwijze',
        'Een wissel van werkwijze heeft een reden en is afgestemd met een opdrachtgever.',
        'H5, Werkwijze kiezen en wisselen',
    ),
    r('fase-onbekend', 'error', 'werkwijze', 'Alleen fasen die bij de werkwijze horen.', 'B2, De kern van de vijf werkwijzen'),
    r('fase-volgorde', 'error', 'werkwijze', 'Fasen volgen elkaar op in de vaste volgorde.', 'B2, De kern van de vijf werkwijzen'),
    r(
        'go-besluit-ontbreekt',
        'error',
        'werkwijze',
        'Een volgende fase begint pas na een go-besluit.',
        'B2, Besluitvorming per faseovergang',
    ),
    r(
        'beslisdocument-ontbreekt',
        'warning',
        'werkwijze',
        'Een afgeronde fase heeft haar beslisdocument.',
        'B2, De kern van de vijf werkwijzen',
        true,
    ),
    r('jaarplan-ontbreekt', 'warning', 'werkwijze', 'Een programma in uitvoering heeft een jaarplan voor dit jaar.', 'B2, Programma'),
    r('din-onvolledig', 'warning', 'werkwijze', 'Een programma heeft doelen en inspanningen.', 'B2, Programma; doelen-inspanningennetwerk'),
    r(
        'doel-zonder-inspanning',
        'warning',
        'werkwijze',
        'Aan elk doel draagt een inspanning bij.',
        'B2, Programma; doelen-inspanningennetwerk',
    ),
    r(
        'inspanning-zonder-doel',
        'warning',
        'werkwijze',
        'Elke inspanning draagt bij aan een doel.',
        'B2, Programma; doelen-inspanningennetwerk',
    ),
    r('project-beheersaspecten', 'warning', 'werkwijze', 'Een project heeft een einddatum en een kwaliteitsnorm.', 'B2, Project'),
    r('improvisatie-onbegrensd', 'warning', 'werkwijze', 'Een improvisatie heeft een einddatum.', 'B2, Improvisatie'),
    r('volgende-stap-ontbreekt', 'info', 'werkwijze', 'Een lopend bestuursproces noemt de volgende stap.', 'H5; B2, Bestuursproces'),
    // Spelers en portfolio
    r('opgave-zonder-spelers', 'warning', 'portfolio', 'Een opgave noemt haar spelers.', 'H2, Impliciete gemeenschappelijke opdracht'),
    r('opgave-zonder-thema', 'info', 'portfolio', 'Een opgave hoort bij een thema.', 'H4, De opgavemanager als portfoliomanager'),
    r('opgave-zonder-opdracht', 'info', 'portfolio', 'Aan een opgave wordt gewerkt via een opdracht.', 'H2, De opdracht als middel'),
    r('persoon-overbelast', 'info', 'portfolio', 'Niemand zit in te veel lopende driehoeken tegelijk.', 'H3; H6, Opgavegericht leren'),
    // Afronding, baten, leren
    r(
        'overdracht-ontbreekt',
        'warning',
        'afronding',
        'Een project of programma draagt zijn resultaat over aan de lijn.',
        'H3, Batenmanagement',
    ),
    r(
        'decharge-ontbreekt',
        'warning',
        'afronding',
        'Een afgeronde tijdelijke organisatie krijgt decharge.',
        'B2, De kern van de vijf werkwijzen',
    ),
    r('lessen-ontbreken', 'info', 'afronding', 'Een afgeronde of gestopte opdracht legt haar lessen vast.', 'H6, Opgavegericht leren'),
    r('status-strijdig', 'error', 'afronding', 'De status past bij de fasen.', 'B2, De kern van de vijf werkwijzen'),
] as const satisfies readonly RegelDefinitie[];

/** A rule id of the table. */
export type RegelId = (typeof REGELS)[number]['id'];

/** All rule ids, in table order. */
export const REGEL_IDS: readonly RegelId[] = REGELS.map((d) => d.id);

const PER_ID: ReadonlyMap<string, RegelDefinitie> = new Map(REGELS.map((d) => [d.id, d]));

/** The rule with this id, or undefined when there is none. */
export function regel(id: string): RegelDefinitie | undefined {
    return PER_ID.get(id);
}

/** True when `id` is a rule id of the table. */
export function isRegelId(id: string): id is RegelId {
    return PER_ID.has(id);
}

/** Relative link to the rule's documentation page, from the repository root. */
export function regelDocPad(id: string): string {
    return `docs/regels/${id}.md`;
}

/**
 * `opgave diff --format markdown`: the diff as one pull-request or merge-request comment. A summary
 * table first, then the changes per thema (each declaration with a table of what changed),
 * the totals and the findings folded in `<details>`. At most {@link MAX_TEKENS} characters (GitHub
 * and GitLab accept 65,536): what does not fit is left out with a note, never cut mid-table.
 * Deterministic: the same two versions give the same text.
 */
import { cel, code, inline } from '../tekst.js';
import type { Elementwijziging, PortfolioDiff } from './schema.js';

/** First line of the comment: a CI job finds its own earlier comment by it. */
export const DIFF_MARKER = '<!-- opgave-diff -->';

/** Upper bound of the Markdown text, in UTF-16 code units (JavaScript string length). */
export const MAX_TEKENS = 60_000;

/** Lists longer than this are folded. */
const VOUW_VANAF = 10;
/** At most this many findings per list; the rest is counted. */
const MAX_BEVINDINGEN = 200;

const SOORT_NAAM: Record<Elementwijziging['soort'], string> = {
    gemeente: 'Gemeente',
    persoon: 'Persoon',
    speler: 'Speler',
    gebied: 'Gebied',
    thema: 'Thema',
    opgave: 'Opgave',
    opdracht: 'Opdracht',
};
const ERNST_NAAM = { error: 'fout', warning: 'waarschuwing', info: 'informatie' } as const;

const verschilGetal = (voor: number, na: number, eenheid = (n: number): string => String(n)): string =>
    na === voor ? '' : `${na > voor ? '+' : '-'}${eenheid(Math.abs(na - voor))}`;
const GETAL = new Intl.NumberFormat('nl-NL', { maximumFractionDigits: 2 });
const euro = (n: number): string => `€ ${GETAL.format(n)}`;
const fte = (n: number): string => GETAL.format(n);

/** How a version is named: the ref (and short commit), or "werkmap". */
function versieNaam(v: PortfolioDiff['basis']): string {
    return v.commit !== undefined ? `${code(v.naam)} (${v.commit.slice(0, 8)})` : inline(v.naam);
}

/** Wraps `inhoud` in a `<details>` block with a summary line (blank lines so Markdown inside renders). */
function vouw(samenvatting: string, inhoud: string): string {
    return `<details><summary>${samenvatting}</summary>\n\n${inhoud}\n</details>\n`;
}

/** The heading and table of one changed declaration. */
function elementBlok(w: Elementwijziging): string {
    const kop = `### ${SOORT_NAAM[w.soort]} ${code(w.id)}${w.titel ? ` — ${inline(w.titel)}` : ''} (${w.wijziging})\n\n`;
    if (w.wijziging !== 'gewijzigd') {
        const rijen = w.velden.map((v) => `| ${cel(v.veld)} | ${cel(w.wijziging === 'toegevoegd' ? v.na : v.voor)} |`);
        const tabel = `| eigenschap | waarde |\n|---|---|\n${rijen.join('\n')}\n`;
        return `${kop}${vouw(`${w.velden.length} eigenschappen`, tabel)}\n`;
    }
    const overgangen = w.velden.filter((v) => v.overgang);
    const zinnen = overgangen.map((v) => `- **${inline(v.veld)}** werd ${v.overgang ?? ''}: ${inline(v.na ?? '')}`);
    const rijen = w.velden.map((v) => {
        const extra = [v.verschil, v.toelichting].filter((x) => x !== undefined).join(' — ');
        return `| ${cel(v.veld)} | ${cel(v.voor)} | ${cel(v.na)} | ${extra ? cel(extra) : ''} |`;
    });
    const tabel = `| eigenschap | basis | doel | verschil |\n|---|---|---|---|\n${rijen.join('\n')}\n`;
    return `${kop}${zinnen.length > 0 ? `${zinnen.join('\n')}\n\n` : ''}${rijen.length > VOUW_VANAF ? vouw(`${rijen.length} eigenschappen gewijzigd`, tabel) : tabel}\n`;
}

/** Heading of a group of changes: a thema, "Zonder thema" or "Organisatie". */
function groepKop(w: Elementwijziging, diff: PortfolioDiff): string {
    if (w.soort === 'gemeente' || w.soort === 'persoon' || w.soort === 'speler' || w.soort === 'gebied') {
        return '## Organisatie\n\n';
    }
    if (w.thema === undefined) {
        return '## Zonder thema\n\n';
    }
    const titel = diff.totalen.perThema.find((t) => t.thema === w.thema)?.titel;
    return `## Thema ${titel ? `${inline(titel)} (${code(w.thema)})` : code(w.thema)}\n\n`;
}

/** Sort key of the group: organisation first, then themas by id, then "Zonder thema". */
function groepVan(w: Elementwijziging): string {
    return w.soort === 'gemeente' || w.soort === 'persoon' || w.soort === 'speler' || w.soort === 'gebied'
        ? '0'
        : w.thema === undefined
          ? '2'
          : `1${w.thema}`;
}

function totalenBlok(diff: PortfolioDiff): string {
    const t = diff.totalen;
    const rij = (naam: string, voor: number, na: number, eenheid?: (n: number) => string): string =>
        `| ${naam} | ${(eenheid ?? String)(voor)} | ${(eenheid ?? String)(na)} | ${verschilGetal(voor, na, eenheid)} |`;
    const werkwijzen = t.perWerkwijze.filter((r) => r.voor > 0 || r.na > 0).map((r) => rij(r.werkwijze, r.voor, r.na));
    const statussen = t.perStatus.filter((r) => r.voor > 0 || r.na > 0).map((r) => rij(r.status, r.voor, r.na));
    const themas = t.perThema.map((r) => {
        const naam = r.thema === '' ? 'zonder thema' : r.titel ? `${cel(r.titel)} (${code(r.thema)})` : code(r.thema);
        return `| ${naam} | ${r.opdrachten.voor} → ${r.opdrachten.na} | ${euro(r.budget.voor)} → ${euro(r.budget.na)} | ${verschilGetal(r.budget.voor, r.budget.na, euro)} | ${fte(r.capaciteit.voor)} → ${fte(r.capaciteit.na)} | ${verschilGetal(r.capaciteit.voor, r.capaciteit.na, (n) => `${fte(n)} FTE`)} |`;
    });
    const kop = '| | basis | doel | verschil |\n|---|---:|---:|---:|\n';
    const inhoud = [
        `**Opdrachten per werkwijze**\n\n${kop}${werkwijzen.join('\n') || '| — | | | |'}\n`,
        `**Opdrachten per status**\n\n${kop}${statussen.join('\n') || '| — | | | |'}\n`,
        `**Per thema**\n\n| thema | opdrachten | budget | verschil | capaciteit (FTE) | verschil |\n|---|---:|---:|---:|---:|---:|\n${themas.join('\n') || '| — | | | | | |'}\n`,
    ].join('\n');
    const veranderd =
        t.perWerkwijze.some((r) => r.voor !== r.na) ||
        t.perStatus.some((r) => r.voor !== r.na) ||
        t.perThema.some(
            (r) => r.budget.voor !== r.budget.na || r.capaciteit.voor !== r.capaciteit.na || r.opdrachten.voor !== r.opdrachten.na,
        );
    return `## Totalen\n\n${vouw(veranderd ? 'Opdrachten, budget en capaciteit: basis → doel' : 'Opdrachten, budget en capaciteit (ongewijzigd)', inhoud)}\n`;
}

function bevindingenLijst(
    titel: string,
    lijst: readonly {
        ruleId: string;
        severity: keyof typeof ERNST_NAAM;
        message: string;
        bestand: string;
        regel: number;
        reden?: string;
    }[],
): string {
    if (lijst.length === 0) {
        return '';
    }
    const regels = lijst
        .slice(0, MAX_BEVINDINGEN)
        .map(
            (b) =>
                `- ${ERNST_NAAM[b.severity]} ${code(b.ruleId)} ${code(`${b.bestand}:${b.regel}`)}: ${inline(b.message)}${b.reden !== undefined ? ` — reden: ${inline(b.reden)}` : ''}`,
        );
    if (lijst.length > MAX_BEVINDINGEN) {
        regels.push(`- … en nog ${lijst.length - MAX_BEVINDINGEN} (zie \`opgave diff --format json\`)`);
    }
    const inhoud = `${regels.join('\n')}\n`;
    const kop = `### ${titel} (${lijst.length})\n\n`;
    return `${kop}${lijst.length > VOUW_VANAF ? vouw(`${lijst.length} bevindingen`, inhoud) : inhoud}\n`;
}

/** New and resolved findings counted per rule, sorted by rule id. */
function perRegelTabel(b: PortfolioDiff['bevindingen']): string {
    const tel = new Map<string, { nieuw: number; opgelost: number }>();
    for (const [lijst, veld] of [
        [b.nieuw, 'nieuw'],
        [b.opgelost, 'opgelost'],
    ] as const) {
        for (const x of lijst) {
            const rij = tel.get(x.ruleId) ?? { nieuw: 0, opgelost: 0 };
            rij[veld]++;
            tel.set(x.ruleId, rij);
        }
    }
    if (tel.size === 0) {
        return '';
    }
    const rijen = [...tel]
        .sort(([a], [c]) => (a < c ? -1 : a > c ? 1 : 0))
        .map(([id, r]) => `| ${code(id)} | ${r.nieuw || ''} | ${r.opgelost || ''} |`);
    const tabel = `| regel | nieuw | opgelost |\n|---|---:|---:|\n${rijen.join('\n')}\n`;
    return `${rijen.length > VOUW_VANAF ? vouw(`${rijen.length} regels`, tabel) : tabel}\n`;
}

/**
 * The diff as Markdown for a PR/MR comment, starting with {@link DIFF_MARKER}.
 * @returns at most {@link MAX_TEKENS} characters, ending with a newline
 */
export function diffMarkdown(diff: PortfolioDiff): string {
    const b = diff.bevindingen;
    const telling = (soort: Elementwijziging['wijziging']): number => diff.wijzigingen.filter((w) => w.wijziging === soort).length;
    const opdrachten = diff.wijzigingen.filter((w) => w.soort === 'opdracht');
    const telOpdrachten = (soort: Elementwijziging['wijziging']): number => opdrachten.filter((w) => w.wijziging === soort).length;
    const rij = (naam: string, voor: number, na: number): string => `| ${naam} | ${voor} | ${na} | ${verschilGetal(voor, na)} |`;
    const kop =
        `${DIFF_MARKER}\n# Portfoliowijzigingen ${versieNaam(diff.basis)} → ${versieNaam(diff.doel)}\n\n` +
        `Peildatum ${diff.basis.peildatum === diff.doel.peildatum ? diff.doel.peildatum : `${diff.basis.peildatum} → ${diff.doel.peildatum}`}; ` +
        `${diff.basis.bestanden} → ${diff.doel.bestanden} bestanden.\n\n`;
    if (!diff.inhoudelijkGewijzigd) {
        return `${kop}Geen inhoudelijke wijzigingen: de opdrachten, opgaven, thema’s, personen en spelers en de bevindingen zijn gelijk (alleen opmaak of de verdeling over bestanden kan verschillen).\n`;
    }
    const samenvatting =
        `| | basis | doel | verschil |\n|---|---:|---:|---:|\n` +
        [
            rij('opdrachten', diff.totalen.opdrachten.voor, diff.totalen.opdrachten.na),
            rij('fouten', b.voor.error, b.na.error),
            rij('waarschuwingen', b.voor.warning, b.na.warning),
            rij('informatie', b.voor.info, b.na.info),
        ].join('\n') +
        `\n\n**Opdrachten:** ${telOpdrachten('toegevoegd')} toegevoegd, ${telOpdrachten('verwijderd')} verwijderd, ${telOpdrachten('gewijzigd')} gewijzigd. ` +
        `**Alles:** ${telling('toegevoegd')} toegevoegd, ${telling('verwijderd')} verwijderd, ${telling('gewijzigd')} gewijzigd. ` +
        `**Bevindingen:** ${b.nieuw.length} nieuw, ${b.opgelost.length} opgelost${b.nieuweNegeer.length > 0 ? `, ${b.nieuweNegeer.length} nieuw genegeerd` : ''}.\n\n`;
    const staart =
        totalenBlok(diff) +
        (b.nieuw.length + b.opgelost.length + b.nieuweNegeer.length > 0
            ? `## Bevindingen\n\n${perRegelTabel(b)}${bevindingenLijst('Nieuwe bevindingen', b.nieuw)}${bevindingenLijst('Opgeloste bevindingen', b.opgelost)}${bevindingenLijst('Nieuwe negeer-opmerkingen', b.nieuweNegeer)}`
            : '');

    // The changes per group, as long as they fit beside the head and the tail.
    const gesorteerd = [...diff.wijzigingen].sort((x, y) => {
        const gx = groepVan(x);
        const gy = groepVan(y);
        return gx < gy ? -1 : gx > gy ? 1 : 0; // stable: keeps the diff's own order inside a group
    });
    const NOOT_RUIMTE = 300;
    let ruimte = MAX_TEKENS - kop.length - samenvatting.length - staart.length - NOOT_RUIMTE;
    const delen: string[] = [];
    let groep: string | undefined;
    let getoond = 0;
    for (const w of gesorteerd) {
        const nieuweGroep = groepVan(w) !== groep;
        const blok = (nieuweGroep ? groepKop(w, diff) : '') + elementBlok(w);
        if (blok.length > ruimte) {
            break;
        }
        ruimte -= blok.length;
        delen.push(blok);
        groep = groepVan(w);
        getoond++;
    }
    const noot =
        getoond < gesorteerd.length
            ? `> **Ingekort:** ${getoond} van de ${gesorteerd.length} gewijzigde onderdelen staan hierboven; de rest past niet in één reactie. Draai \`opgave diff --format json\` voor alles.\n\n`
            : '';
    let tekst = kop + samenvatting + delen.join('') + noot + staart;
    if (tekst.length > MAX_TEKENS) {
        // Only an enormous list of findings gets here: keep the head and say so.
        tekst = `${kop}${samenvatting}> **Ingekort:** de wijzigingen en bevindingen passen niet in één reactie. Draai \`opgave diff --format json\` voor alles.\n`;
    }
    return tekst;
}

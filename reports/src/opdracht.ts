/**
 * One page per opdracht, `opdrachten/<id>.md` (uitvoer.md "Reports"): facts, the sturingsdriehoek,
 * the phases as a gantt chart with go/no-go moments and documents, the werkwijze historie, for a
 * programma the DIN, the voorscheider outcome, and the findings inside the opdracht.
 */
import type { Bevinding, CheckResultaat } from '../../language/src/check/checker.js';
import type { Opdracht, Rolbezetting } from '../../language/src/model/types.js';
import { FASEN } from '../../language/src/model/werkwijzen.js';
import { dinDiagram, driehoekDiagram, faseGantt } from './diagrammen.js';
import { kop, type RapportOpties } from './index.js';
import { bronBestand, bronPlek, cel, code, euro, fte, inline, naam } from './tekst.js';

const ERNST = { error: 'fout', warning: 'waarschuwing', info: 'info' } as const;

/** Findings per document URI, built once per check result (reports ask for every opdracht). */
const perDocument = new WeakMap<CheckResultaat, Map<string, Bevinding[]>>();

/** Findings whose start lies inside the opdracht's declaration, in the checker's order. */
export function bevindingenVan(resultaat: CheckResultaat, o: Opdracht): Bevinding[] {
    let index = perDocument.get(resultaat);
    if (!index) {
        index = new Map();
        for (const b of resultaat.bevindingen) {
            const lijst = index.get(b.uri);
            if (lijst) {
                lijst.push(b);
            } else {
                index.set(b.uri, [b]);
            }
        }
        perDocument.set(resultaat, index);
    }
    const { start, end } = o.bron.range;
    return (index.get(o.bron.uri) ?? []).filter((b) => b.range.start.line >= start.line && b.range.end.line <= end.line);
}

function rollen(l: readonly Rolbezetting[] | undefined): string {
    if (!l || l.length === 0) {
        return '—';
    }
    return l.map((r) => (r.persoon ? `${inline(naam(r.persoon))} (${code(r.naam)})` : `${code(r.naam)} (onbekend)`)).join(', ');
}

function lijst(l: readonly string[]): string {
    return l.length === 0 ? '—' : l.map((t) => inline(t)).join('; ');
}

/** Folder depth of the page below the output folder, for links back to the overview. */
const TERUG = '../README.md';

/**
 * Renders the page of one opdracht.
 * @returns Markdown with LF line endings, ending in a newline
 */
export function opdrachtPagina(resultaat: CheckResultaat, o: Opdracht, opties: RapportOpties): string {
    const uit: string[] = [kop(opties), ''];
    uit.push(`# Opdracht: ${inline(naam(o))} (${code(o.id)})`, '');
    uit.push(`[← Portfolio](${TERUG}) · Bron: ${code(bronPlek(o.bron, opties.root))}`, '');

    uit.push('## Feiten', '', '| | |', '|---|---|');
    const opgave = o.opgave ? `${cel(naam(o.opgave))} (${code(o.opgave.id)})` : o.opgaveNaam ? `${code(o.opgaveNaam)} (onbekend)` : '—';
    const periode = o.periode
        ? o.periode.eind
            ? `${o.periode.start.tekst} – ${o.periode.eind.tekst}`
            : `vanaf ${o.periode.start.tekst}`
        : '—';
    const feiten: [string, string][] = [
        ['Opgave', opgave],
        ['Werkwijze', cel(o.werkwijze)],
        ['Status', cel(o.status)],
        ['Huidige fase', cel(o.huidigeFase?.naam)],
        ['Budget', euro(o.budget)],
        ['Capaciteit (fte)', fte(o.capaciteit)],
        [
            'Extra budget',
            o.extraBudget
                ? `${euro(o.extraBudget.bedrag)}${o.extraBudget.raadsbesluit ? ` (raadsbesluit ${cel(o.extraBudget.raadsbesluit)})` : ' (geen raadsbesluit)'}`
                : '—',
        ],
        ['Periode', periode],
        ['Vastgesteld', o.vastgesteld?.tekst ?? '—'],
        ['Herijkt', o.herijkt?.tekst ?? '—'],
        ['Kaders', cel(lijst(o.kaders))],
        ['Criteria', cel(lijst(o.criteria))],
    ];
    if (o.kwaliteit !== undefined) feiten.push(['Kwaliteit', cel(o.kwaliteit)]);
    if (o.rolverdeling !== undefined) feiten.push(['Rolverdeling', cel(o.rolverdeling)]);
    if (o.volgendeStap !== undefined) feiten.push(['Volgende stap', cel(o.volgendeStap)]);
    if (o.overdracht)
        feiten.push([
            'Overdracht',
            `${o.overdracht.aan ? `aan ${cel(naam(o.overdracht.aan))}` : '—'}${o.overdracht.omschrijving ? `: ${cel(o.overdracht.omschrijving)}` : ''}`,
        ]);
    if (o.decharge) feiten.push(['Decharge', o.decharge.tekst]);
    uit.push(...feiten.map(([k, v]) => `| ${k} | ${v} |`), '');

    if (o.werkwijze === 'routine') {
        uit.push('## Eigenaar', '', `Routinewerk hoort in de lijn; eigenaar: ${o.eigenaar ? rollen([o.eigenaar]) : '—'}.`, '');
    } else {
        uit.push('## Sturingsdriehoek', '');
        uit.push(`- Bestuurlijk opdrachtgever: ${rollen(o.driehoek?.bestuurlijkOpdrachtgevers)}`);
        uit.push(`- Ambtelijk opdrachtgever: ${rollen(o.driehoek?.ambtelijkOpdrachtgevers)}`);
        uit.push(`- Sturingsprofessional: ${rollen(o.driehoek?.sturingsprofessionals)}`);
        if (o.driehoek && o.driehoek.eindverantwoordelijk.length > 0) {
            uit.push(`- Eindverantwoordelijk: ${rollen(o.driehoek.eindverantwoordelijk)}`);
        }
        uit.push('', '```mermaid', ...driehoekDiagram(o), '```', '');
    }

    if (o.werkwijze && FASEN[o.werkwijze].length > 0) {
        uit.push('## Fasen', '');
        if (o.fasen.length === 0) {
            uit.push('Geen fasen vastgelegd.', '');
        } else {
            uit.push('| Fase | Toestand | Datum | Besluit | Documenten |', '|---|---|---|---|---|');
            for (const f of o.fasen) {
                const docs = f.documenten.map((d) => `${d.soort}${d.jaar !== undefined ? ` ${d.jaar}` : ''}: ${inline(d.titel)}`);
                uit.push(
                    `| ${cel(f.naam)}${f.positie === undefined ? ' (hoort niet bij de werkwijze)' : ''} | ${f.toestand} | ${f.datum?.tekst ?? '—'} | ${f.besluit ?? '—'} | ${docs.length > 0 ? docs.join('<br>').replace(/\|/g, '\\|') : '—'} |`,
                );
            }
            uit.push('');
            const gantt = faseGantt(o, opties.peildatum);
            if (gantt) {
                uit.push(
                    `Tijdlijn tot de peildatum ${opties.peildatum}; ruiten zijn go/no-go-besluiten met hun beslisdocumenten.`,
                    '',
                    '```mermaid',
                    ...gantt,
                    '```',
                    '',
                );
            }
        }
    }

    if (o.werkwijze === 'programma' || o.doelen.length > 0 || o.inspanningen.length > 0) {
        uit.push('## Doelen-inspanningennetwerk', '');
        const din = dinDiagram(o);
        uit.push(...(din ? ['```mermaid', ...din, '```'] : ['Geen doelen of inspanningen vastgelegd.']), '');
    }

    uit.push('## Historie van de werkwijze', '');
    if (o.historie.length === 0) {
        uit.push('Geen historie vastgelegd.', '');
    } else {
        uit.push('| Datum | Werkwijze | Reden | Afgestemd met |', '|---|---|---|---|');
        for (const h of o.historie) {
            uit.push(
                `| ${h.datum.tekst} | ${cel(h.werkwijze)} | ${cel(h.reden)} | ${h.afgestemdMet.length > 0 ? h.afgestemdMet.map((r) => code(r.naam)).join(', ') : '—'} |`,
            );
        }
        uit.push('');
    }

    uit.push('## Voorscheider', '');
    const v = o.opgave?.effectieveVoorscheider;
    if (!v) {
        uit.push('De opgave (en de opgaven waar zij deel van is) heeft geen voorscheider ingevuld.', '');
    } else {
        const van = v.van === o.opgave ? 'de opgave zelf' : `de bovenliggende opgave ${code(v.van.id)}`;
        uit.push(
            `Ingevuld bij ${van}: idee ${v.voorscheider.idee ?? '—'}, netwerk ${v.voorscheider.netwerk ?? '—'}, besluitvorming ${v.voorscheider.besluitvorming ?? '—'}.`,
        );
        const score = String(v.score).replace('.', ',');
        const advies =
            v.proces === 'zoekproces'
                ? 'een zoekproces: een programma of bestuursproces past, een project niet'
                : v.proces === 'maakproces'
                  ? 'een maakproces: een project past, een programma niet'
                  : 'onbeslist: kijk opnieuw naar de antwoorden';
        uit.push(`Score ${score} (onduidelijk telt 1, deels ½): ${advies} (inspiratiegids B2, Voorscheider).`, '');
    }

    if (o.lessen.length > 0) {
        uit.push('## Lessen', '', ...o.lessen.map((l) => `- ${l.datum.tekst}: ${inline(l.tekst)}`), '');
    }

    uit.push('## Bevindingen', '');
    const eigen = bevindingenVan(resultaat, o);
    if (eigen.length === 0) {
        uit.push('Geen bevindingen.', '');
    } else {
        uit.push('| Plek | Ernst | Regel | Bericht |', '|---|---|---|---|');
        for (const b of eigen) {
            uit.push(
                `| ${code(`${bronBestand(b.uri, opties.root)}:${b.range.start.line + 1}:${b.range.start.character + 1}`)} | ${ERNST[b.severity]} | ${code(b.ruleId)} | ${cel(b.message)} |`,
            );
        }
        uit.push('');
    }
    return `${uit
        .join('\n')
        .replace(/\n{3,}/g, '\n\n')
        .trimEnd()}\n`;
}

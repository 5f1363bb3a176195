/**
 * The `##` sections of an opdracht page (`pagina.ts`), one function each. Each returns the
 * section's Markdown lines, ending in an empty line, or no lines when the section does not
 * apply to the opdracht; the page joins them.
 */
import type { Bevinding } from '../../../language/src/check/checker.js';
import type { Opdracht, Rolbezetting } from '../../../language/src/model/types.js';
import { FASEN } from '../../../language/src/model/werkwijzen.js';
import { dinDiagram, driehoekDiagram, faseGantt } from '../diagrammen.js';
import { bronBestand, cel, code, euro, fte, inline, naam } from '../tekst.js';

const ERNST = { error: 'fout', warning: 'waarschuwing', info: 'info' } as const;

/** Persons in a role: title and id, or the written name marked unknown; `—` when none. */
function rollen(l: readonly Rolbezetting[] | undefined): string {
    if (!l || l.length === 0) {
        return '—';
    }
    return l.map((r) => (r.persoon ? `${inline(naam(r.persoon))} (${code(r.naam)})` : `${code(r.naam)} (onbekend)`)).join(', ');
}

function lijst(l: readonly string[]): string {
    return l.length === 0 ? '—' : l.map((t) => inline(t)).join('; ');
}

function opgaveCel(o: Opdracht): string {
    if (o.opgave) {
        return `${cel(naam(o.opgave))} (${code(o.opgave.id)})`;
    }
    return o.opgaveNaam ? `${code(o.opgaveNaam)} (onbekend)` : '—';
}

function periodeCel(o: Opdracht): string {
    if (!o.periode) {
        return '—';
    }
    return o.periode.eind ? `${o.periode.start.tekst} – ${o.periode.eind.tekst}` : `vanaf ${o.periode.start.tekst}`;
}

/** Extra budget in euro and its raadsbesluit (or that there is none). */
function extraBudgetCel(o: Opdracht): string {
    if (!o.extraBudget) {
        return '—';
    }
    const besluit = o.extraBudget.raadsbesluit ? ` (raadsbesluit ${cel(o.extraBudget.raadsbesluit)})` : ' (geen raadsbesluit)';
    return `${euro(o.extraBudget.bedrag)}${besluit}`;
}

/** The rows of the facts table: always the first twelve, then the optional ones that are written. */
function feitRijen(o: Opdracht): [string, string][] {
    const feiten: [string, string][] = [
        ['Opgave', opgaveCel(o)],
        ['Werkwijze', cel(o.werkwijze)],
        ['Status', cel(o.status)],
        ['Huidige fase', cel(o.huidigeFase?.naam)],
        ['Budget', euro(o.budget)],
        ['Capaciteit (fte)', fte(o.capaciteit)],
        ['Extra budget', extraBudgetCel(o)],
        ['Periode', periodeCel(o)],
        ['Vastgesteld', o.vastgesteld?.tekst ?? '—'],
        ['Herijkt', o.herijkt?.tekst ?? '—'],
        ['Kaders', cel(lijst(o.kaders))],
        ['Criteria', cel(lijst(o.criteria))],
    ];
    if (o.kwaliteit !== undefined) feiten.push(['Kwaliteit', cel(o.kwaliteit)]);
    if (o.rolverdeling !== undefined) feiten.push(['Rolverdeling', cel(o.rolverdeling)]);
    if (o.volgendeStap !== undefined) feiten.push(['Volgende stap', cel(o.volgendeStap)]);
    if (o.overdracht) {
        const aan = o.overdracht.aan ? `aan ${cel(naam(o.overdracht.aan))}` : '—';
        feiten.push(['Overdracht', `${aan}${o.overdracht.omschrijving ? `: ${cel(o.overdracht.omschrijving)}` : ''}`]);
    }
    if (o.decharge) feiten.push(['Decharge', o.decharge.tekst]);
    return feiten;
}

/** `## Feiten`: opgave, werkwijze, status, phase, money, capacity, dates, kaders and criteria as a table. */
export function feitenSectie(o: Opdracht): string[] {
    return ['## Feiten', '', '| | |', '|---|---|', ...feitRijen(o).map(([k, v]) => `| ${k} | ${v} |`), ''];
}

/**
 * `## Eigenaar` for routine work (it belongs in the line, H5), else `## Sturingsdriehoek`: the
 * persons per role and the driehoek diagram (H4, B1).
 */
export function rollenSectie(o: Opdracht): string[] {
    if (o.werkwijze === 'routine') {
        return ['## Eigenaar', '', `Routinewerk hoort in de lijn; eigenaar: ${o.eigenaar ? rollen([o.eigenaar]) : '—'}.`, ''];
    }
    const d = o.driehoek;
    return [
        '## Sturingsdriehoek',
        '',
        `- Bestuurlijk opdrachtgever: ${rollen(d?.bestuurlijkOpdrachtgevers)}`,
        `- Ambtelijk opdrachtgever: ${rollen(d?.ambtelijkOpdrachtgevers)}`,
        `- Sturingsprofessional: ${rollen(d?.sturingsprofessionals)}`,
        ...(d && d.eindverantwoordelijk.length > 0 ? [`- Eindverantwoordelijk: ${rollen(d.eindverantwoordelijk)}`] : []),
        '',
        '```mermaid',
        ...driehoekDiagram(o),
        '```',
        '',
    ];
}

/**
 * `## Fasen`, for a werkwijze with phases (B2): a table of the phase lines and, when there is
 * one, the gantt chart up to the peildatum (ISO `YYYY-MM-DD`).
 */
export function fasenSectie(o: Opdracht, peildatum: string): string[] {
    if (!o.werkwijze || FASEN[o.werkwijze].length === 0) {
        return [];
    }
    if (o.fasen.length === 0) {
        return ['## Fasen', '', 'Geen fasen vastgelegd.', ''];
    }
    const rijen = o.fasen.map((f) => {
        const docs = f.documenten.map((d) => `${d.soort}${d.jaar !== undefined ? ` ${d.jaar}` : ''}: ${inline(d.titel)}`);
        const eigen = f.positie === undefined ? ' (hoort niet bij de werkwijze)' : '';
        const documenten = docs.length > 0 ? docs.join('<br>').replace(/\|/g, '\\|') : '—';
        return `| ${cel(f.naam)}${eigen} | ${f.toestand} | ${f.datum?.tekst ?? '—'} | ${f.besluit ?? '—'} | ${documenten} |`;
    });
    const gantt = faseGantt(o, peildatum);
    return [
        '## Fasen',
        '',
        '| Fase | Toestand | Datum | Besluit | Documenten |',
        '|---|---|---|---|---|',
        ...rijen,
        '',
        ...(gantt
            ? [
                  `Tijdlijn tot de peildatum ${peildatum}; ruiten zijn go/no-go-besluiten met hun beslisdocumenten.`,
                  '',
                  '```mermaid',
                  ...gantt,
                  '```',
                  '',
              ]
            : []),
    ];
}

/** `## Doelen-inspanningennetwerk`, for a programma or an opdracht with doelen or inspanningen (B2). */
export function dinSectie(o: Opdracht): string[] {
    if (o.werkwijze !== 'programma' && o.doelen.length === 0 && o.inspanningen.length === 0) {
        return [];
    }
    const din = dinDiagram(o);
    return [
        '## Doelen-inspanningennetwerk',
        '',
        ...(din ? ['```mermaid', ...din, '```'] : ['Geen doelen of inspanningen vastgelegd.']),
        '',
    ];
}

/** `## Historie van de werkwijze` (H5 "Werkwijze kiezen en wisselen"): one row per entry. */
export function historieSectie(o: Opdracht): string[] {
    if (o.historie.length === 0) {
        return ['## Historie van de werkwijze', '', 'Geen historie vastgelegd.', ''];
    }
    const rijen = o.historie.map((h) => {
        const met = h.afgestemdMet.length > 0 ? h.afgestemdMet.map((r) => code(r.naam)).join(', ') : '—';
        return `| ${h.datum.tekst} | ${cel(h.werkwijze)} | ${cel(h.reden)} | ${met} |`;
    });
    return ['## Historie van de werkwijze', '', '| Datum | Werkwijze | Reden | Afgestemd met |', '|---|---|---|---|', ...rijen, ''];
}

const ADVIES = {
    zoekproces: 'een zoekproces: een programma of bestuursproces past, een project niet',
    maakproces: 'een maakproces: een project past, een programma niet',
    onbeslist: 'onbeslist: kijk opnieuw naar de antwoorden',
} as const;

/** `## Voorscheider` (B2): the answers that apply to the opgave, where they come from, score and advice. */
export function voorscheiderSectie(o: Opdracht): string[] {
    const v = o.opgave?.effectieveVoorscheider;
    if (!v) {
        return ['## Voorscheider', '', 'De opgave (en de opgaven waar zij deel van is) heeft geen voorscheider ingevuld.', ''];
    }
    const van = v.van === o.opgave ? 'de opgave zelf' : `de bovenliggende opgave ${code(v.van.id)}`;
    const { idee, netwerk, besluitvorming } = v.voorscheider;
    const score = String(v.score).replace('.', ',');
    return [
        '## Voorscheider',
        '',
        `Ingevuld bij ${van}: idee ${idee ?? '—'}, netwerk ${netwerk ?? '—'}, besluitvorming ${besluitvorming ?? '—'}.`,
        `Score ${score} (onduidelijk telt 1, deels ½): ${ADVIES[v.proces]} (inspiratiegids B2, Voorscheider).`,
        '',
    ];
}

/** `## Lessen` (H6), when any are written. */
export function lessenSectie(o: Opdracht): string[] {
    if (o.lessen.length === 0) {
        return [];
    }
    return ['## Lessen', '', ...o.lessen.map((l) => `- ${l.datum.tekst}: ${inline(l.tekst)}`), ''];
}

/**
 * `## Bevindingen`: the findings inside the opdracht (from `bevindingenVan`), with their place
 * relative to the portfolio root (absolute path `root`), severity in Dutch, rule and message.
 */
export function bevindingenSectie(eigen: readonly Bevinding[], root: string): string[] {
    if (eigen.length === 0) {
        return ['## Bevindingen', '', 'Geen bevindingen.', ''];
    }
    const rijen = eigen.map((b) => {
        const plek = `${bronBestand(b.uri, root)}:${b.range.start.line + 1}:${b.range.start.character + 1}`;
        return `| ${code(plek)} | ${ERNST[b.severity]} | ${code(b.ruleId)} | ${cel(b.message)} |`;
    });
    return ['## Bevindingen', '', '| Plek | Ernst | Regel | Bericht |', '|---|---|---|---|', ...rijen, ''];
}

/**
 * The Mermaid diagrams of an opdracht page (uitvoer.md "Reports"): the sturingsdriehoek, the
 * phases as a gantt chart, and for a programma the DIN. Node ids are generated (`n1`, `n2`, …)
 * in a fixed order, so user identifiers never reach Mermaid syntax; every label is escaped with
 * `mermaidLabel`. Gantt task names are limited to phase and document kinds, which are keywords.
 */
import type { Doel, DriehoekRolNaam, Fase, Inspanning, Opdracht, Rolbezetting } from '../../language/src/model/types.js';
import { FASEN } from '../../language/src/model/werkwijzen.js';
import { mermaidLabel, naam } from './tekst.js';

function personen(l: readonly Rolbezetting[]): string {
    return l.length === 0 ? '(ontbreekt)' : l.map((r) => (r.persoon ? naam(r.persoon) : `${r.naam} (onbekend)`)).join(', ');
}

/** The role each node of `driehoekDiagram` shows, by node id (the editor's preview links a node to its role line). */
export const DRIEHOEK_KNOPEN = {
    n1: 'bestuurlijk-opdrachtgever',
    n2: 'ambtelijk-opdrachtgever',
    n3: 'sturingsprofessional',
} as const satisfies Record<string, DriehoekRolNaam>;

/** The sturingsdriehoek as a flowchart triangle (H4 "De sturingsdriehoek"); node ids as in `DRIEHOEK_KNOPEN`. */
export function driehoekDiagram(o: Opdracht): string[] {
    const d = o.driehoek;
    const rol = (titel: string, l: readonly Rolbezetting[]): string => `"${mermaidLabel(titel)}<br/>${mermaidLabel(personen(l))}"`;
    return [
        'flowchart TB',
        `    n1[${rol('Bestuurlijk opdrachtgever', d?.bestuurlijkOpdrachtgevers ?? [])}]`,
        `    n2[${rol('Ambtelijk opdrachtgever', d?.ambtelijkOpdrachtgevers ?? [])}]`,
        `    n3[${rol('Sturingsprofessional', d?.sturingsprofessionals ?? [])}]`,
        '    n1 --- n2',
        '    n2 --- n3',
        '    n3 --- n1',
    ];
}

/** True when a phase has a valid date to place it on a time axis. */
function heeftDatum(f: Fase): boolean {
    return f.datum !== undefined && f.datum.geldig;
}

/**
 * The phases of a project or programma as a gantt chart: each phase runs from the end of the
 * previous one (or the start of the periode / `vastgesteld`) to its completion or planned date;
 * the active phase runs to the peildatum; a go/no-go decision is a milestone at the phase's end,
 * named with its documents. Returns undefined when no phase can be placed on the time axis.
 * @param peildatum ISO date, the end of an active phase
 */
export function faseGantt(o: Opdracht, peildatum: string): string[] | undefined {
    if (!o.werkwijze || FASEN[o.werkwijze].length === 0) {
        return undefined;
    }
    const fasen = o.fasen.filter((f) => f.positie !== undefined);
    const start = [o.periode?.start, o.vastgesteld].find((d) => d?.geldig)?.tekst;
    let cursor = start;
    const taken: string[] = [];
    const mijlpalen: string[] = [];
    let n = 0;
    for (const f of fasen) {
        let eind: string | undefined;
        let status = '';
        if (f.toestand === 'afgerond' && heeftDatum(f)) {
            eind = f.datum!.tekst;
            status = 'done, ';
        } else if (f.toestand === 'gepland' && heeftDatum(f)) {
            eind = f.datum!.tekst;
        } else if (f.toestand === 'actief') {
            eind = cursor && cursor > peildatum ? cursor : peildatum;
            status = 'active, ';
        } else if (o.periode?.eind?.geldig && fasen.slice(fasen.indexOf(f)).every((r) => r.toestand === 'open')) {
            // The remaining phases are not planned yet: one bar up to the end of the periode.
            const rest = fasen.slice(fasen.indexOf(f));
            const naam = rest.length === 1 ? `${f.naam} (nog niet gepland)` : `${f.naam} t/m ${rest.at(-1)!.naam} (nog niet gepland)`;
            const begin = cursor && cursor <= o.periode.eind.tekst ? cursor : o.periode.eind.tekst;
            taken.push(`    ${naam} :f${n + 1}, ${begin}, ${o.periode.eind.tekst}`);
            break;
        }
        if (!eind) {
            continue;
        }
        const begin = cursor && cursor <= eind ? cursor : eind;
        n += 1;
        taken.push(`    ${f.naam} :${status}f${n}, ${begin}, ${eind}`);
        if (f.besluit) {
            const docs = f.documenten.map((d) => (d.jaar !== undefined ? `${d.soort} ${d.jaar}` : d.soort));
            const label = [f.besluit === 'go' ? 'go' : 'no-go', ...docs].join(' · ');
            mijlpalen.push(`    ${label} na ${f.naam} :milestone, ${f.besluit === 'no-go' ? 'crit, ' : ''}m${n}, ${eind}, 0d`);
        }
        cursor = eind;
    }
    if (taken.length === 0) {
        return undefined;
    }
    const uit = ['gantt', '    dateFormat YYYY-MM-DD', '    axisFormat %Y-%m', '    todayMarker off', '    section Fasen', ...taken];
    if (mijlpalen.length > 0) {
        uit.push('    section Besluiten', ...mijlpalen);
    }
    return uit;
}

/**
 * The DIN of a programma: inspanningen point to the doelen they contribute to (B2).
 * @param knopen when given, receives each node id with the doel or inspanning it shows (the
 *   editor's preview links a node back to its source); the lines do not depend on it
 */
export function dinDiagram(o: Opdracht, knopen?: Map<string, Doel | Inspanning>): string[] | undefined {
    if (o.doelen.length === 0 && o.inspanningen.length === 0) {
        return undefined;
    }
    const uit = ['flowchart RL'];
    const ids = new Map<object, string>();
    let n = 0;
    for (const d of o.doelen) {
        ids.set(d, `n${++n}`);
        knopen?.set(`n${n}`, d);
        uit.push(`    n${n}(["${mermaidLabel(`Doel: ${naam(d)}`)}"])`);
    }
    for (const i of o.inspanningen) {
        ids.set(i, `n${++n}`);
        knopen?.set(`n${n}`, i);
        const door = i.opdracht ? `<br/>${mermaidLabel(`opdracht ${naam(i.opdracht)}`)}` : '';
        uit.push(`    n${n}["${mermaidLabel(`Inspanning: ${naam(i)}`)}${door}"]`);
    }
    for (const i of o.inspanningen) {
        const van = ids.get(i);
        for (const d of i.draagtBijAan) {
            const doel = ids.get(d);
            if (van && doel) {
                uit.push(`    ${van} --> ${doel}`);
            }
        }
    }
    uit.push('    classDef doel fill:#e8f5e9,stroke:#2e7d32');
    if (o.doelen.length > 0) {
        uit.push(`    class ${o.doelen.map((d) => ids.get(d)).join(',')} doel`);
    }
    return uit;
}

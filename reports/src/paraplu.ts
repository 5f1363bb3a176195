/**
 * The paraplu diagram (uitvoer.md): thema → opgave → deelopgave → opdracht as a Mermaid
 * flowchart, opdrachten coloured by werkwijze. Node ids are generated (n1, n2, …) in id order,
 * so user identifiers never reach Mermaid syntax; labels are escaped.
 */
import type { Opdracht, Opgave, Portfolio, Thema } from '../../language/src/model/types.js';
import { mermaidLabel, opId } from './tekst.js';

/** Fill colours per werkwijze (and for thema/opgave nodes). */
export const KLEUREN = {
    thema: 'fill:#e8eaf6,stroke:#3949ab',
    opgave: 'fill:#fff8e1,stroke:#f9a825',
    routine: 'fill:#eceff1,stroke:#546e7a',
    project: 'fill:#e3f2fd,stroke:#1565c0',
    programma: 'fill:#e8f5e9,stroke:#2e7d32',
    bestuursproces: 'fill:#fce4ec,stroke:#ad1457',
    improvisatie: 'fill:#f3e5f5,stroke:#6a1b9a',
    onbekend: 'fill:#ffffff,stroke:#9e9e9e',
} as const satisfies Record<string, string>;

/** A node class of the paraplu diagram: one of the keys of `KLEUREN`. */
type Klasse = keyof typeof KLEUREN;

/**
 * Mermaid lines (without the fence) of the paraplu diagram.
 * @param knopen when given, receives each node id with the thema, opgave or opdracht it shows
 *   (the editor's preview links a node back to its source); the lines do not depend on it
 */
export function paraplu(p: Portfolio, knopen?: Map<string, Thema | Opgave | Opdracht>): string[] {
    const regels = ['flowchart LR'];
    const klassen = new Map<Klasse, string[]>();
    let teller = 0;
    const ids = new Map<object, string>();
    const knoop = (obj: Thema | Opgave | Opdracht, label: string, klasse: Klasse, vorm: 'rond' | 'hoek' = 'hoek'): string => {
        let id = ids.get(obj);
        if (!id) {
            id = `n${++teller}`;
            ids.set(obj, id);
            knopen?.set(id, obj);
            regels.push(vorm === 'rond' ? `    ${id}(["${mermaidLabel(label)}"])` : `    ${id}["${mermaidLabel(label)}"]`);
            klassen.set(klasse, [...(klassen.get(klasse) ?? []), id]);
        }
        return id;
    };
    const gezien = new Set<Opgave>();
    const opgave = (o: Opgave, ouder?: string): void => {
        if (gezien.has(o)) {
            return;
        }
        gezien.add(o);
        const id = knoop(o, o.titel ?? o.id, 'opgave', 'rond');
        if (ouder) {
            regels.push(`    ${ouder} --> ${id}`);
        }
        for (const d of [...o.opdrachten].sort(opId)) {
            const oid = knoop(d, `${d.titel ?? d.id} · ${d.werkwijze ?? '?'}`, d.werkwijze ?? 'onbekend');
            regels.push(`    ${id} --> ${oid}`);
        }
        [...o.deelopgaven].sort(opId).forEach((sub) => opgave(sub, id));
    };
    for (const t of [...p.themas].sort(opId)) {
        const tid = knoop(t, t.titel ?? t.id, 'thema');
        [...t.opgaven]
            .filter((o) => !o.deelVan)
            .sort(opId)
            .forEach((o) => opgave(o, tid));
    }
    [...p.opgaven]
        .filter((o) => !o.deelVan)
        .sort(opId)
        .forEach((o) => opgave(o));
    // Deelopgaven whose parent chain is a cycle are still shown.
    [...p.opgaven].sort(opId).forEach((o) => opgave(o));
    for (const [klasse, leden] of [...klassen].sort(([a], [b]) => (a < b ? -1 : 1))) {
        regels.push(`    classDef ${klasse} ${KLEUREN[klasse]}`);
        regels.push(`    class ${leden.join(',')} ${klasse}`);
    }
    return regels;
}

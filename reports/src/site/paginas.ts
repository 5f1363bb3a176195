/**
 * The pages the site has beyond the reports: one per thema and one per opgave (issue "Readers
 * outside git"), written as Markdown with the reports' escaping (reports/src/tekst.ts) and turned
 * into HTML by the same renderer as the report pages. Links are relative to the page's folder.
 */
import { hoofdletterSleutel } from '../../../language/src/model/navigatie.js';
import type { CheckResultaat } from '../../../language/src/check/checker.js';
import type { Opdracht, Opgave, Portfolio, Thema } from '../../../language/src/model/types.js';
import { kop } from '../kop.js';
import type { RapportOpties } from '../opties.js';
import { bestandsnaam, opdrachtPad } from '../paden.js';
import { bronPlek, cel, code, euro, fte, inline, naam, opId } from '../tekst.js';

/**
 * Page paths (`<map>/<name>.md`, relative to the site root) for declarations by id: the first
 * declaration of an id gets the page; ids whose names differ only in letter case get hashed names
 * (as `opdrachtPad`), so no two pages collide on a case-insensitive disk.
 */
export function paginaPaden<T extends { readonly id: string }>(map: string, lijst: readonly T[]): Map<string, string> {
    const perSleutel = new Map<string, Set<string>>();
    for (const x of lijst) {
        const sleutel = hoofdletterSleutel(bestandsnaam(x.id));
        perSleutel.set(sleutel, (perSleutel.get(sleutel) ?? new Set()).add(x.id));
    }
    const paden = new Map<string, string>();
    for (const ids of perSleutel.values()) {
        ids.forEach((id) => paden.set(id, `${map}/${bestandsnaam(id, ids.size > 1)}.md`));
    }
    return paden;
}

/** The first declaration per id, sorted by id. */
export function uniek<T extends { readonly id: string }>(lijst: readonly T[]): T[] {
    const eerste = new Map<string, T>();
    lijst.forEach((x) => eerste.has(x.id) || eerste.set(x.id, x));
    return [...eerste.values()].sort(opId);
}

/** The site's own page paths: thema and opgave pages, by id (`.md`, rewritten to `.html` when rendered). */
export interface SitePaden {
    readonly themas: ReadonlyMap<string, string>;
    readonly opgaven: ReadonlyMap<string, string>;
}

/** The paths of {@link SitePaden} for a portfolio. */
export function sitePaden(p: Portfolio): SitePaden {
    return { themas: paginaPaden('themas', p.themas), opgaven: paginaPaden('opgaven', p.opgaven) };
}

function som(l: readonly Opdracht[], veld: 'budget' | 'capaciteit'): number {
    return l.reduce((s, o) => s + (o[veld] ?? 0), 0);
}

function link(tekst: string, pad: string | undefined): string {
    return pad ? `[${cel(tekst)}](../${pad})` : cel(tekst);
}

function opdrachtTabel(p: Portfolio, opdrachten: readonly Opdracht[], paden: SitePaden, metOpgave: boolean): string[] {
    if (opdrachten.length === 0) {
        return ['Geen opdrachten.', ''];
    }
    const kop = metOpgave
        ? '| Opdracht | Opgave | Werkwijze | Status | Budget | Capaciteit (fte) |'
        : '| Opdracht | Werkwijze | Status | Budget | Capaciteit (fte) |';
    const regels = [kop, metOpgave ? '|---|---|---|---|---:|---:|' : '|---|---|---|---:|---:|'];
    for (const o of [...opdrachten].sort(opId)) {
        const opgave = o.opgave ? `${link(naam(o.opgave), paden.opgaven.get(o.opgave.id))} (${code(o.opgave.id)}) | ` : '— | ';
        regels.push(
            `| ${link(naam(o), opdrachtPad(p, o.id))} (${code(o.id)}) | ${metOpgave ? opgave : ''}${cel(o.werkwijze)} | ${cel(o.status)} | ${euro(o.budget)} | ${fte(o.capaciteit)} |`,
        );
    }
    regels.push('');
    return regels;
}

/** Every opgave of a thema with the deelopgaven below it, depth-first, each once. */
function opgavenOnder(opgaven: readonly Opgave[]): { opgave: Opgave; diepte: number }[] {
    const uit: { opgave: Opgave; diepte: number }[] = [];
    const gezien = new Set<Opgave>();
    const bezoek = (o: Opgave, diepte: number): void => {
        if (!gezien.has(o)) {
            gezien.add(o);
            uit.push({ opgave: o, diepte });
            [...o.deelopgaven].sort(opId).forEach((d) => bezoek(d, diepte + 1));
        }
    };
    [...opgaven].sort(opId).forEach((o) => bezoek(o, 0));
    return uit;
}

/**
 * The page of a thema: its opgaven (with deelopgaven) and all their opdrachten, with totals of
 * budget (euro) and capaciteit (FTE) (guide H3, Portfoliomanagement).
 */
export function themaPagina(resultaat: CheckResultaat, t: Thema, paden: SitePaden, opties: RapportOpties): string {
    const p = resultaat.portfolio;
    const opgaven = opgavenOnder(t.opgaven.filter((o) => !o.deelVan || o.deelVan.thema !== t));
    const opdrachten = opgaven.flatMap(({ opgave }) => opgave.opdrachten);
    const manager = t.opgavemanager ? inline(naam(t.opgavemanager)) : t.opgavemanagerNaam ? inline(t.opgavemanagerNaam) : '—';
    const uit = [
        kop(opties),
        '',
        `# Thema: ${inline(naam(t))} (${code(t.id)})`,
        '',
        `[← Overzicht](../README.md) · Bron: ${code(bronPlek(t.bron, opties.root))}`,
        '',
        `Soort: ${t.soort ?? '—'} · Opgavemanager: ${manager}`,
        '',
        `Opgaven: ${opgaven.length} · Opdrachten: ${opdrachten.length} · Budget: ${euro(som(opdrachten, 'budget'))} · Capaciteit: ${fte(som(opdrachten, 'capaciteit'))} fte`,
        '',
        '## Opgaven',
        '',
    ];
    if (opgaven.length === 0) {
        uit.push('Geen opgaven.', '');
    } else {
        uit.push('| Opgave | Prioriteit | Opdrachten | Budget | Capaciteit (fte) |', '|---|---|---:|---:|---:|');
        for (const { opgave, diepte } of opgaven) {
            uit.push(
                `| ${'↳ '.repeat(diepte)}${link(naam(opgave), paden.opgaven.get(opgave.id))} (${code(opgave.id)}) | ${opgave.prioriteit ?? '—'} | ${opgave.opdrachten.length} | ${euro(som(opgave.opdrachten, 'budget'))} | ${fte(som(opgave.opdrachten, 'capaciteit'))} |`,
            );
        }
        uit.push('');
    }
    uit.push('## Opdrachten', '', ...opdrachtTabel(p, opdrachten, paden, true));
    return `${uit.join('\n').trimEnd()}\n`;
}

/** The page of an opgave: its facts, the voorscheider that applies (B2), deelopgaven, opdrachten and spelers. */
export function opgavePagina(resultaat: CheckResultaat, o: Opgave, paden: SitePaden, opties: RapportOpties): string {
    const p = resultaat.portfolio;
    const thema = o.thema ? `${link(naam(o.thema), paden.themas.get(o.thema.id))} (${code(o.thema.id)})` : cel(o.themaNaam);
    const deelVan = o.deelVan ? `${link(naam(o.deelVan), paden.opgaven.get(o.deelVan.id))} (${code(o.deelVan.id)})` : cel(o.deelVanNaam);
    const v = o.effectieveVoorscheider;
    const voorscheider = v
        ? `idee ${v.voorscheider.idee ?? '?'}, netwerk ${v.voorscheider.netwerk ?? '?'}, besluitvorming ${v.voorscheider.besluitvorming ?? '?'} · score ${String(v.score).replace('.', ',')} · ${v.proces}${v.van !== o ? ` (van ${inline(naam(v.van))})` : ''}`
        : '—';
    const uit = [
        kop(opties),
        '',
        `# Opgave: ${inline(naam(o))} (${code(o.id)})`,
        '',
        `[← Overzicht](../README.md) · Bron: ${code(bronPlek(o.bron, opties.root))}`,
        '',
        '## Feiten',
        '',
        '| | |',
        '|---|---|',
        `| Thema | ${thema} |`,
        `| Deel van | ${deelVan} |`,
        `| Prioriteit | ${o.prioriteit ?? '—'} |`,
        `| Gebieden | ${o.gebieden.length > 0 ? o.gebieden.map((g) => cel(naam(g))).join(', ') : '—'} |`,
        `| Kenmerken | ${o.kenmerken.length > 0 ? o.kenmerken.join(', ') : '—'} |`,
        `| Bedoeling | ${cel(o.bedoeling)} |`,
        `| Huidige situatie | ${cel(o.huidigeSituatie)} |`,
        `| Gewenste situatie | ${cel(o.gewensteSituatie)} |`,
        `| Voorscheider | ${voorscheider} |`,
        '',
        '## Deelopgaven',
        '',
        ...(o.deelopgaven.length > 0
            ? [...o.deelopgaven].sort(opId).map((d) => `- ${link(naam(d), paden.opgaven.get(d.id))} (${code(d.id)})`)
            : ['Geen deelopgaven.']),
        '',
        '## Opdrachten',
        '',
        ...opdrachtTabel(p, o.opdrachten, paden, false),
        '## Spelers',
        '',
        ...(o.spelers.length > 0
            ? [...o.spelers].sort(opId).map((s) => `- ${inline(naam(s))} (${code(s.id)})${s.positie ? `: ${s.positie}` : ''}`)
            : ['Geen spelers genoemd.']),
        '',
    ];
    return `${uit.join('\n').trimEnd()}\n`;
}

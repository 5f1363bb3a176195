/**
 * `opgave site` (issue "Readers outside git"): the portfolio as a static HTML site for readers who
 * do not open git — overview, a page per thema, opgave and opdracht, personen, spelers and
 * bevindingen — built from the same check result and the same report pages as `opgave generate`,
 * plus the search index and the assets (mermaid, MiniSearch, script, style sheet) inside the
 * site folder. Deterministic like the reports; written by the one report writer (schrijven.ts).
 */
import * as path from 'node:path';
import type { CheckResultaat } from '../../../language/src/check/checker.js';
import type { Doel, Inspanning, Opdracht, Opgave, Rolbezetting, Thema } from '../../../language/src/model/types.js';
import { dinDiagram, driehoekDiagram, faseGantt } from '../diagrammen.js';
import { rapportenLui } from '../index.js';
import { blokKop, kopZin } from '../kop.js';
import type { RapportOpties } from '../opties.js';
import { opdrachtPad } from '../paden.js';
import { paraplu } from '../paraplu.js';
import { bronBestand, naam, opId } from '../tekst.js';
import { escapeHtml, markdownNaarHtml, paginaLink, type Diagram, type Koppelingen } from './html.js';
import { middel, MIDDELEN } from './middelen.js';
import { opgavePagina, sitePaden, themaPagina, uniek, type SitePaden } from './paginas.js';
import { pagina } from './sjabloon.js';
import { svgPad } from './svg.js';

/** The widest spelers × opgaven matrix the site's spelers page shows (columns: opgaven). */
export const SITE_MATRIX_KOLOMMEN = 40;

/** Settings of the site, besides those of the reports. */
export interface SiteOpties extends RapportOpties {
    /**
     * Link to a source place, with `{pad}` (the file relative to the portfolio root, `/`) and
     * `{regel}` (1-based line), e.g. `https://github.com/org/repo/blob/main/{pad}#L{regel}`.
     * Without it, a source place links to the file relative to the page (works from a checkout).
     */
    readonly bronUrl?: string;
    /** Absolute paths of the portfolio's `.opgave` files (only these get source links). */
    readonly bronnen: readonly string[];
    /** Link each diagram to its SVG file (`site --svg`, the names of svg.ts `svgPad`). */
    readonly svg?: boolean;
}

/** One document of the search index (reports/media/site.js searches it with MiniSearch). */
interface ZoekDocument {
    readonly sleutel: string;
    readonly id: string;
    readonly soort: string;
    readonly titel: string;
    readonly personen: string;
    /** Page relative to the site root. */
    readonly url: string;
}

const html = (md: string): string => paginaLink(md);

/** The first `# ` heading of a Markdown page as plain text (the page title). */
function titelVan(markdown: string): string {
    const kop = /^# (.+)$/m.exec(markdown)?.[1] ?? 'Portfolio';
    return kop.replace(/\\(.)/g, '$1').replace(/`/g, '').replace(/&lt;/g, '<').replace(/&gt;/g, '>').replace(/&amp;/g, '&');
}

function rolNamen(l: readonly Rolbezetting[]): string {
    return l.length === 0 ? '(ontbreekt)' : l.map((r) => (r.persoon ? naam(r.persoon) : `${r.naam} (onbekend)`)).join(', ');
}

/** Text alternative of the paraplu: the same tree as a nested list with links. */
function parapluLijst(
    themas: readonly Thema[],
    losse: readonly Opgave[],
    url: (x: Thema | Opgave | Opdracht) => string | undefined,
): string {
    const a = (x: Thema | Opgave | Opdracht, voor = ''): string => {
        const href = url(x);
        const tekst = escapeHtml(`${voor}${naam(x)}`);
        return href ? `<a href="${escapeHtml(href)}">${tekst}</a>` : tekst;
    };
    const gezien = new Set<Opgave>();
    const opgave = (o: Opgave): string => {
        if (gezien.has(o)) return '';
        gezien.add(o);
        const kinderen = [
            ...[...o.opdrachten].sort(opId).map((d) => `<li>${a(d)} (${escapeHtml(d.werkwijze ?? 'werkwijze onbekend')})</li>`),
            ...[...o.deelopgaven].sort(opId).map((d) => opgave(d)),
        ].filter((x) => x !== '');
        return `<li>${a(o, 'Opgave ')}${kinderen.length > 0 ? `<ul>${kinderen.join('')}</ul>` : ''}</li>`;
    };
    const items = [
        ...[...themas].sort(opId).map((t) => {
            const onder = [...t.opgaven]
                .filter((o) => !o.deelVan)
                .sort(opId)
                .map(opgave)
                .join('');
            return `<li>${a(t, 'Thema ')}${onder ? `<ul>${onder}</ul>` : ''}</li>`;
        }),
        ...[...losse].sort(opId).map(opgave),
    ].filter((x) => x !== '');
    return `<details><summary>Het diagram als lijst</summary><ul>${items.join('')}</ul></details>`;
}

/** Text alternative of a DIN: every doel with the inspanningen that contribute to it. */
function dinLijst(o: Opdracht): string {
    const doel = (d: Doel): string =>
        `<li>Doel: ${escapeHtml(naam(d))}${d.inspanningen.length > 0 ? `<ul>${d.inspanningen.map((i) => `<li>Inspanning: ${escapeHtml(naam(i))}</li>`).join('')}</ul>` : ''}</li>`;
    const los = o.inspanningen
        .filter((i) => i.draagtBijAan.length === 0)
        .map((i) => `<li>Inspanning zonder doel: ${escapeHtml(naam(i))}</li>`);
    return `<details><summary>Het diagram als lijst</summary><ul>${[...o.doelen.map(doel), ...los].join('')}</ul></details>`;
}

/**
 * Every file of the site, rendered when asked: relative path (`/`) → content, in path order.
 * HTML pages for every Markdown report (`README.md` → `index.html`) and for each thema and
 * opgave; the reports' CSV and JSON files as they are; `media/` with the assets and the search index.
 * @throws Error (Dutch) from an asset when the package was not built (reports/src/site/middelen.ts)
 */
export function sitePaginasLui(resultaat: CheckResultaat, opties: SiteOpties): Map<string, () => string> {
    const p = resultaat.portfolio;
    const paden = sitePaden(p);
    const gemeente = p.gemeenten[0];
    const site = `Portfolio ${gemeente?.titel ?? gemeente?.id ?? ''}`.trim();
    // The public profile links to no source: the .opgave files hold the names it leaves out.
    const bronnen = new Set(opties.publiek ? [] : opties.bronnen.map((b) => bronBestand(b, opties.root)));
    const opdrachtUrl = (id: string): string => html(opdrachtPad(p, id));

    // Identifier → page (root-relative). Opdrachten first: an id used twice links to the opdracht.
    const idPagina = new Map<string, string>();
    for (const [id, pad] of [...paden.themas, ...paden.opgaven]) idPagina.set(id, html(pad));
    for (const o of p.opdrachtPerId.keys()) idPagina.set(o, opdrachtUrl(o));

    const koppelingen = (pad: string, diagrammen: Map<string, Diagram> = new Map()): Koppelingen => {
        const basis = '../'.repeat(pad.split('/').length - 1);
        const map = path.dirname(path.join(opties.uitvoer, pad));
        return {
            paginaVan: (id) => {
                const doel = idPagina.get(id);
                return doel !== undefined && doel !== pad ? basis + doel : undefined;
            },
            bronVan: (bestand, regel) => {
                if (!bronnen.has(bestand)) return undefined;
                if (opties.bronUrl) {
                    return opties.bronUrl
                        .replace(/\{pad\}/g, bestand.split('/').map(encodeURIComponent).join('/'))
                        .replace(/\{regel\}/g, String(regel));
                }
                const rel = path.relative(map, path.join(opties.root, bestand)).split(path.sep).map(encodeURIComponent).join('/');
                return `${rel}#L${regel}`;
            },
            diagrammen,
            svgVan: opties.svg ? (n) => path.posix.basename(svgPad(pad, n)) : undefined,
        };
    };
    const delen = (pad: string, titel: string) => ({
        titel,
        site,
        basis: '../'.repeat(pad.split('/').length - 1),
        peildatum: opties.peildatum,
        zonderPersonen: opties.publiek,
    });
    const htmlPagina = (pad: string, markdown: string, diagrammen?: Map<string, Diagram>): string =>
        pagina(markdownNaarHtml(markdown, koppelingen(pad, diagrammen)), delen(pad, titelVan(markdown)));

    const bestanden = new Map<string, () => string>();
    const rapporten = rapportenLui(resultaat, { ...opties, maxMatrixKolommen: SITE_MATRIX_KOLOMMEN });
    const opdrachtVanPad = new Map([...p.opdrachtPerId.values()].map((o) => [opdrachtPad(p, o.id), o]));
    for (const [rel, maak] of rapporten) {
        if (!rel.endsWith('.md')) {
            bestanden.set(rel, maak);
            continue;
        }
        const doel = html(rel);
        const o = opdrachtVanPad.get(rel);
        bestanden.set(doel, () =>
            htmlPagina(doel, maak(), rel === 'README.md' ? parapluDiagram() : o ? opdrachtDiagrammen(o, doel) : undefined),
        );
    }
    for (const t of uniek(p.themas)) {
        const doel = html(paden.themas.get(t.id)!);
        bestanden.set(doel, () => htmlPagina(doel, themaPagina(resultaat, t, paden, opties)));
    }
    for (const o of uniek(p.opgaven)) {
        const doel = html(paden.opgaven.get(o.id)!);
        bestanden.set(doel, () => htmlPagina(doel, opgavePagina(resultaat, o, paden, opties)));
    }
    for (const naam of MIDDELEN) {
        bestanden.set(`media/${naam}`, () => middel(naam));
    }
    bestanden.set('media/zoekindex.js', () => zoekindex(resultaat, paden, opties.peildatum));
    return new Map([...bestanden].sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0)));

    function urlVan(x: Thema | Opgave | Opdracht, basis: string): string | undefined {
        const pad = idPagina.get(x.id);
        return pad !== undefined ? basis + pad : undefined;
    }

    function parapluDiagram(): Map<string, Diagram> {
        const knopen = new Map<string, Thema | Opgave | Opdracht>();
        const tekst = paraplu(p, knopen).join('\n');
        const links = new Map([...knopen].flatMap(([knoop, x]) => (urlVan(x, '') ? [[knoop, urlVan(x, '')!] as const] : [])));
        const losse = p.opgaven.filter((o) => !o.deelVan && !o.thema);
        return new Map([
            [
                tekst,
                {
                    titel: "Paraplu: thema's, opgaven en opdrachten",
                    links,
                    alternatief: parapluLijst(uniek(p.themas), losse, (x) => urlVan(x, '')),
                },
            ],
        ]);
    }

    function opdrachtDiagrammen(o: Opdracht, pad: string): Map<string, Diagram> {
        const uit = new Map<string, Diagram>();
        const d = o.driehoek;
        uit.set(driehoekDiagram(o).join('\n'), {
            titel: `Sturingsdriehoek van ${naam(o)}`,
            alternatief: `<ul><li>Bestuurlijk opdrachtgever: ${escapeHtml(rolNamen(d?.bestuurlijkOpdrachtgevers ?? []))}</li><li>Ambtelijk opdrachtgever: ${escapeHtml(rolNamen(d?.ambtelijkOpdrachtgevers ?? []))}</li><li>Sturingsprofessional: ${escapeHtml(rolNamen(d?.sturingsprofessionals ?? []))}</li></ul>`,
        });
        const gantt = faseGantt(o, opties.peildatum);
        if (gantt) {
            uit.set(gantt.join('\n'), {
                titel: `Fasen van ${naam(o)} tot de peildatum`,
                alternatief: 'Dezelfde fasen staan met datum, besluit en documenten in de tabel hierboven.',
            });
        }
        const knopen = new Map<string, Doel | Inspanning>();
        const din = dinDiagram(o, knopen);
        if (din) {
            const basis = '../'.repeat(pad.split('/').length - 1);
            const links = new Map<string, string>();
            for (const [knoop, x] of knopen) {
                const uitvoerder = 'opdracht' in x ? x.opdracht : undefined;
                if (uitvoerder && uitvoerder !== o) links.set(knoop, basis + opdrachtUrl(uitvoerder.id));
            }
            uit.set(din.join('\n'), { titel: `Doelen-inspanningennetwerk van ${naam(o)}`, links, alternatief: dinLijst(o) });
        }
        return uit;
    }
}

/** `media/zoekindex.js`: every thema, opgave, opdracht, persoon and speler as a search document. */
function zoekindex(resultaat: CheckResultaat, paden: SitePaden, peildatum: string): string {
    const p = resultaat.portfolio;
    const docs: ZoekDocument[] = [];
    const voeg = (soort: string, x: { id: string; titel?: string }, url: string, personen: string[] = []): void => {
        docs.push({ sleutel: `${soort}:${x.id}`, id: x.id, soort, titel: naam(x), personen: personen.join(' '), url });
    };
    for (const t of uniek(p.themas)) voeg('thema', t, html(paden.themas.get(t.id)!), t.opgavemanager ? [naam(t.opgavemanager)] : []);
    for (const o of uniek(p.opgaven)) voeg('opgave', o, html(paden.opgaven.get(o.id)!));
    for (const o of [...p.opdrachtPerId.values()].sort(opId)) {
        const d = o.driehoek;
        const rollen = [
            ...(d?.bestuurlijkOpdrachtgevers ?? []),
            ...(d?.ambtelijkOpdrachtgevers ?? []),
            ...(d?.sturingsprofessionals ?? []),
        ];
        voeg(
            'opdracht',
            o,
            html(opdrachtPad(p, o.id)),
            rollen.map((r) => (r.persoon ? naam(r.persoon) : r.naam)),
        );
    }
    for (const s of uniek(p.spelers)) voeg('speler', s, 'spelers.html');
    return `${blokKop(kopZin(peildatum))}\nvar OPGAVE_ZOEKINDEX = ${JSON.stringify(docs)};\n`;
}

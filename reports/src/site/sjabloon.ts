/**
 * The frame of every site page: a strict Content-Security-Policy (only the site's own scripts and
 * style sheet; inline styles for the SVG Mermaid draws; no connection anywhere), a skip link, the
 * navigation, the search box and the footer. WCAG 2.1 AA (issue "Readers outside git"): `lang`,
 * a unique title, landmarks (`header`, `nav`, `main`, `footer`), a labelled search field and
 * results announced in a live region.
 */
import { kop } from '../kop.js';
import { escapeHtml } from './html.js';

/** The policy of every page. `'self'` covers the page's folder tree, also opened from disk. */
export const CSP = [
    "default-src 'none'",
    "script-src 'self'",
    "style-src 'self' 'unsafe-inline'",
    "img-src 'self' data:",
    "font-src 'self'",
    "base-uri 'none'",
    "form-action 'none'",
].join('; ');

/** What a page needs besides its content. */
export interface PaginaDelen {
    /** Page title (plain text), before ` · <site title>`. */
    readonly titel: string;
    /** Site title, e.g. `Portfolio Gooise Meren`. */
    readonly site: string;
    /** Path from this page to the site root: `''` or `'../'`. */
    readonly basis: string;
    readonly peildatum: string;
    /** Leave out the personen page from the menu (publication profile). */
    readonly zonderPersonen?: boolean;
}

/**
 * The whole HTML document of one page.
 * @param inhoud the page's HTML (the content of `<main>`)
 * @returns HTML, starting `<!DOCTYPE html>` and the generated-file comment (reports/src/kop.ts)
 */
export function pagina(inhoud: string, d: PaginaDelen): string {
    const b = d.basis;
    const menu: [string, string][] = [
        ['index.html', 'Overzicht'],
        ['bevindingen.html', 'Bevindingen'],
        ...(d.zonderPersonen ? [] : [['personen.html', 'Personen'] as [string, string]]),
        ['spelers.html', 'Spelers'],
        ['besluiten.ics', 'Besluitenkalender (.ics)'],
    ];
    const menuHtml = menu.map(([href, tekst]) => `<li><a href="${b}${href}">${tekst}</a></li>`).join('');
    return `<!DOCTYPE html>
${kop({ peildatum: d.peildatum })}
<html lang="nl">
<head>
<meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<meta http-equiv="Content-Security-Policy" content="${CSP}">
<title>${escapeHtml(`${d.titel} · ${d.site}`)}</title>
<link rel="stylesheet" href="${b}media/site.css">
</head>
<body data-basis="${b}">
<a class="overslaan" href="#inhoud">Naar de inhoud</a>
<header>
<nav aria-label="Hoofdmenu"><ul>${menuHtml}</ul></nav>
<form id="zoekformulier" class="zoeken" role="search">
<label for="zoekveld">Zoeken</label><input id="zoekveld" type="search" autocomplete="off" aria-describedby="zoekuitleg" aria-controls="zoekresultaten">
<span id="zoekuitleg" class="visueel-verborgen">Zoek op id, titel of persoon; de resultaten verschijnen onder het veld.</span>
<ul id="zoekresultaten" aria-live="polite" aria-label="Zoekresultaten"></ul>
</form>
</header>
<main id="inhoud">
${inhoud.trimEnd()}
</main>
<footer>${escapeHtml(d.site)} · peildatum ${d.peildatum} · gemaakt met opgave uit de .opgave-bestanden van het portfolio</footer>
<script src="${b}media/zoekindex.js"></script>
<script src="${b}media/minisearch.js"></script>
<script src="${b}media/mermaid.min.js"></script>
<script src="${b}media/site.js"></script>
</body>
</html>
`;
}

import { strict as assert } from 'node:assert';
import * as path from 'node:path';
import { markdownNaarHtml } from '../../reports/src/site/html.js';
import { spelersPagina } from '../../reports/src/spelers.js';
import { controleerMap, ROOT } from '../helpers/index.js';

/**
 * What the site does to pages a browser cannot show well: a spelers × opgaven matrix of thousands
 * of columns (at 10,000 opdrachten it made a 37 MB page) is left out for the list per opgave, and
 * empty table cells cost no parsing (test/reports/site.test.ts covers the site as a whole).
 */
describe('site: brede tabellen', () => {
    it('laat een matrix met meer opgaven dan maxMatrixKolommen weg, met dezelfde spelers per opgave eronder', async () => {
        const map = path.join(ROOT, 'examples', 'gooise-meren');
        const { resultaat, peildatum } = await controleerMap(map);
        const opties = { peildatum, root: map, uitvoer: path.join(map, 'docs', 'site') };
        const opgaven = resultaat.portfolio.opgaven.length;
        const heel = spelersPagina(resultaat, opties);
        const tot = spelersPagina(resultaat, { ...opties, maxMatrixKolommen: opgaven });
        const smal = spelersPagina(resultaat, { ...opties, maxMatrixKolommen: opgaven - 1 });
        assert.equal(tot, heel, 'een matrix van precies maxMatrixKolommen kolommen blijft staan');
        assert.match(heel, /^\| Speler \| `/m);
        assert.doesNotMatch(smal, /^\| Speler \| `/m);
        assert.match(smal, new RegExp(`Met ${opgaven} opgaven is de matrix van spelers en opgaven te breed voor een pagina`));
        assert.equal(smal.slice(smal.indexOf('## Per opgave')), heel.slice(heel.indexOf('## Per opgave')));
    });

    it('maakt van een lege tabelcel een lege cel, zoals markdown-it zelf', () => {
        const koppelingen = { paginaVan: () => undefined, bronVan: () => undefined, diagrammen: new Map() };
        const html = markdownNaarHtml('| a | |\n|---|---|\n| | **b** |\n', koppelingen);
        assert.match(html, /<th>a<\/th>\s*<th><\/th>/);
        assert.match(html, /<td><\/td>\s*<td><strong>b<\/strong><\/td>/);
    });
});

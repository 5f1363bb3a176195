import { strict as assert } from 'node:assert';
import * as fs from 'node:fs';
import * as path from 'node:path';
import { isEigenBegin } from '../../reports/src/kop.js';
import { cli } from '../helpers/cli.js';
import { kopieerVoorbeeld, vervang } from '../helpers/git.js';
import { LASTIG_PORTFOLIO, LASTIGE_TITEL } from '../helpers/lastig.js';
import { tijdelijkeMap } from '../helpers/tijdelijk.js';

/**
 * `opgave site` (issue "Readers outside git") as a user runs it: the CLI builds the site of an
 * example into docs/site, and the test reads what a browser would load. The browser itself (diagrams
 * drawn, axe-core, search, clicks) is test/e2e/site.mjs.
 */

/** Every file under `map`, relative with `/`. */
function bestanden(map: string, rel = ''): string[] {
    return fs.readdirSync(path.join(map, rel), { withFileTypes: true }).flatMap((e) => {
        const r = rel ? `${rel}/${e.name}` : e.name;
        return e.isDirectory() ? bestanden(map, r) : [r];
    });
}

/** href and src values of a page (attribute values as written, `&amp;` decoded). */
function verwijzingen(html: string): string[] {
    return [...html.matchAll(/\s(?:href|src)="([^"]*)"/g)].map((m) => m[1]!.replace(/&amp;/g, '&'));
}

describe('opgave site', function () {
    this.timeout(120_000);
    let map: string;
    let site: string;

    before(() => {
        map = tijdelijkeMap('site');
        kopieerVoorbeeld('gooise-meren', map);
        fs.rmSync(path.join(map, 'docs'), { recursive: true, force: true });
        const r = cli(['site', map, '--no-color']);
        assert.equal(r.code, 0, r.stderr);
        site = path.join(map, 'docs', 'site');
    });

    it('schrijft een pagina per thema, opgave en opdracht, de rapportpagina’s en de eigen bestanden van de site naar docs/site', () => {
        const lijst = bestanden(site);
        for (const verwacht of [
            'index.html',
            'bevindingen.html',
            'personen.html',
            'spelers.html',
            'media/mermaid.min.js',
            'media/minisearch.js',
            'media/site.js',
            'media/site.css',
            'media/zoekindex.js',
        ]) {
            assert.ok(lijst.includes(verwacht), `${verwacht} ontbreekt`);
        }
        const opdrachten = fs.readdirSync(path.join(map, 'docs', 'site', 'opdrachten'));
        assert.equal(opdrachten.length, fs.readdirSync(path.join(ROOT_VOORBEELD, 'opdrachten')).length);
        assert.deepEqual(fs.readdirSync(path.join(site, 'themas')).sort(), ['leefomgeving.html', 'ruimtelijke-ontwikkeling.html']);
        assert.ok(fs.readdirSync(path.join(site, 'opgaven')).includes('vesting-muiden.html'));
        assert.ok(!lijst.some((b) => b.endsWith('.md')), 'geen Markdown in de site');
    });

    it('laat elke link en elk script naar een bestand in de site wijzen, behalve de bronlinks, en laadt niets van internet', () => {
        for (const rel of bestanden(site).filter((b) => b.endsWith('.html'))) {
            const html = fs.readFileSync(path.join(site, rel), 'utf8');
            assert.match(html, /<meta http-equiv="Content-Security-Policy" content="default-src 'none'; script-src 'self';/, rel);
            assert.doesNotMatch(html, /<script(?![^>]*\ssrc=)[^>]*>/, `${rel}: een inline script`);
            for (const ref of verwijzingen(html)) {
                assert.doesNotMatch(ref, /^(https?:)?\/\//, `${rel}: ${ref} gaat naar buiten`);
                const [bestand] = ref.split('#');
                if (ref.startsWith('#') || bestand === '') continue;
                const doel = path.resolve(path.dirname(path.join(site, rel)), decodeURIComponent(bestand!));
                if (doel.endsWith('.opgave')) {
                    assert.ok(fs.existsSync(doel), `${rel}: bronlink ${ref} bestaat niet`);
                    assert.ok(doel.startsWith(map + path.sep), `${rel}: bronlink ${ref} buiten het portfolio`);
                    continue;
                }
                assert.ok(fs.existsSync(doel) && doel.startsWith(site + path.sep), `${rel}: ${ref} wijst naar niets in de site`);
            }
        }
    });

    it('geeft elk diagram een toegankelijke titel, links vanuit de knopen en dezelfde inhoud als tekst', () => {
        const index = fs.readFileSync(path.join(site, 'index.html'), 'utf8');
        assert.match(index, /<figure class="diagram" aria-label="Paraplu: thema&#39;s, opgaven en opdrachten">/);
        assert.match(index, /accTitle: Paraplu/);
        assert.match(index, /click n\d+ href &quot;opgaven\/vesting-muiden\.html&quot;/);
        assert.match(index, /<details><summary>Het diagram als lijst<\/summary><ul><li><a href="themas\/leefomgeving.html">Thema /);
        const vesting = fs.readFileSync(path.join(site, 'opdrachten', 'programma-vesting.html'), 'utf8');
        assert.match(vesting, /accTitle: Sturingsdriehoek van Verder met de Vesting Muiden/);
        assert.match(vesting, /<li>Bestuurlijk opdrachtgever: /);
        assert.match(vesting, /accTitle: Doelen-inspanningennetwerk/);
        assert.match(vesting, /Het diagram als lijst<\/summary><ul><li>Doel: /);
    });

    it('maakt van een id in de tekst een link naar zijn pagina en van een bronplek een link naar de bron', () => {
        const vesting = fs.readFileSync(path.join(site, 'opdrachten', 'programma-vesting.html'), 'utf8');
        assert.match(vesting, /<a href="\.\.\/opgaven\/vesting-muiden\.html"><code>vesting-muiden<\/code><\/a>/);
        assert.match(
            vesting,
            /Bron: <a href="\.\.\/\.\.\/\.\.\/vesting-muiden\.opgave#L\d+"><code>vesting-muiden\.opgave:\d+<\/code><\/a>/,
        );
        // The page's own id in its title is no link to itself.
        assert.match(vesting, /<h1>Opdracht: Verder met de Vesting Muiden \(<code>programma-vesting<\/code>\)<\/h1>/);
    });

    it('zet elke thema, opgave, opdracht en speler in de zoekindex', () => {
        const tekst = fs.readFileSync(path.join(site, 'media', 'zoekindex.js'), 'utf8').split('\n')[1]!;
        const docs = JSON.parse(tekst.replace(/^var OPGAVE_ZOEKINDEX = /, '').replace(/;$/, '')) as {
            sleutel: string;
            url: string;
            personen: string;
        }[];
        assert.ok(
            docs.some(
                (d) => d.sleutel === 'opdracht:programma-vesting' && d.url === 'opdrachten/programma-vesting.html' && d.personen.length > 0,
            ),
        );
        assert.ok(docs.some((d) => d.sleutel === 'thema:leefomgeving'));
        assert.ok(docs.some((d) => d.sleutel === 'opgave:vesting-muiden'));
        assert.equal(new Set(docs.map((d) => d.sleutel)).size, docs.length);
        for (const d of docs) assert.ok(fs.existsSync(path.join(site, d.url)), d.url);
    });

    it('herkent elk bestand van de site als eigen bestand, en een bestand van de gebruiker niet', () => {
        for (const rel of bestanden(site)) {
            const inhoud = fs.readFileSync(path.join(site, rel), 'utf8').slice(0, 4096);
            assert.ok(isEigenBegin(rel, inhoud), `${rel} wordt niet herkend`);
            assert.ok(!isEigenBegin(rel, `\n${inhoud}`), `${rel} met een regel ervoor wordt herkend`);
        }
        assert.ok(!isEigenBegin('index.html', '<!DOCTYPE html>\n<html lang="nl">\n<!-- Gegenereerd door opgave -->\n'));
        assert.ok(!isEigenBegin('site.js', '// Gegenereerd door opgave\nalert(1)\n'));
    });

    it('schrijft twee keer dezelfde bytes, en site --check ziet een wijziging in de bronnen (exitcode 1)', () => {
        const voor = new Map(bestanden(site).map((b) => [b, fs.readFileSync(path.join(site, b))]));
        const opnieuw = cli(['site', map, '--no-color']);
        assert.equal(opnieuw.code, 0, opnieuw.stderr);
        for (const [b, inhoud] of voor) assert.ok(inhoud.equals(fs.readFileSync(path.join(site, b))), `${b} is anders`);
        assert.equal(cli(['site', map, '--check', '--no-color']).code, 0);
        vervang(map, 'vesting-muiden.opgave', '"Verder met de Vesting Muiden" voor', '"Verder met de Vesting" voor');
        const r = cli(['site', map, '--check', '--no-color']);
        assert.equal(r.code, 1, r.stderr);
        assert.match(r.stderr, /gewijzigd: opdrachten\/programma-vesting\.html/);
        assert.match(r.stderr, /De bestanden van de site in .+ zijn niet actueel \(draai opgave site\):/);
        vervang(map, 'vesting-muiden.opgave', '"Verder met de Vesting" voor', '"Verder met de Vesting Muiden" voor');
    });

    it('overschrijft geen index.html die de gebruiker zelf in de sitemap zette (exitcode 2, niets geschreven)', () => {
        const eigen = tijdelijkeMap('site-eigen');
        kopieerVoorbeeld('winterswijk', eigen);
        fs.mkdirSync(path.join(eigen, 'docs', 'site'), { recursive: true });
        fs.writeFileSync(path.join(eigen, 'docs', 'site', 'index.html'), '<!DOCTYPE html>\n<p>Onze eigen pagina</p>\n');
        const r = cli(['site', eigen, '--no-color']);
        assert.equal(r.code, 2, r.stderr);
        assert.match(r.stderr, /index\.html/);
        assert.equal(
            fs.readFileSync(path.join(eigen, 'docs', 'site', 'index.html'), 'utf8'),
            '<!DOCTYPE html>\n<p>Onze eigen pagina</p>\n',
        );
        assert.deepEqual(fs.readdirSync(path.join(eigen, 'docs', 'site')), ['index.html']);
    });

    it('volgt site.uitvoer en site.bronUrl uit de configuratie, en weigert een bronUrl zonder {pad} (exitcode 2, met de sleutel)', () => {
        const eigen = tijdelijkeMap('site-config');
        kopieerVoorbeeld('winterswijk', eigen);
        const config = JSON.parse(fs.readFileSync(path.join(eigen, 'opgave.config.json'), 'utf8')) as Record<string, unknown>;
        fs.writeFileSync(
            path.join(eigen, 'opgave.config.json'),
            JSON.stringify(
                { ...config, site: { uitvoer: 'publicatie/site', bronUrl: 'https://git.example.nl/portfolio/-/blob/main/{pad}#L{regel}' } },
                null,
                2,
            ),
        );
        const r = cli(['site', eigen, '--no-color']);
        assert.equal(r.code, 0, r.stderr);
        const index = fs.readFileSync(path.join(eigen, 'publicatie', 'site', 'opdrachten', 'project-centrum.html'), 'utf8');
        assert.match(index, /Bron: <a href="https:\/\/git\.example\.nl\/portfolio\/-\/blob\/main\/[^"]+\.opgave#L\d+">/);
        fs.writeFileSync(
            path.join(eigen, 'opgave.config.json'),
            JSON.stringify({ ...config, site: { bronUrl: 'https://git.example.nl/' } }, null, 2),
        );
        const fout = cli(['site', eigen, '--no-color']);
        assert.equal(fout.code, 2, fout.stderr);
        assert.match(fout.stderr, /opgave\.config\.json: site\.bronUrl: moet \{pad\} bevatten/);
    });

    it('laat een lastige titel (HTML, aanhalingstekens, Mermaid-tekens) als tekst zien, nooit als HTML of diagramcode', () => {
        const lastig = tijdelijkeMap('site-lastig');
        fs.writeFileSync(path.join(lastig, 'portfolio.opgave'), LASTIG_PORTFOLIO);
        const r = cli(['site', lastig, '--peildatum', '2026-11-29', '--no-color']);
        assert.equal(r.code, 0, r.stderr);
        for (const rel of bestanden(path.join(lastig, 'docs', 'site')).filter((b) => b.endsWith('.html'))) {
            const html = fs.readFileSync(path.join(lastig, 'docs', 'site', rel), 'utf8');
            assert.ok(!html.includes('<script>alert(1)</script>'), `${rel}: ongeschreven HTML`);
        }
        const index = fs.readFileSync(path.join(lastig, 'docs', 'site', 'index.html'), 'utf8');
        assert.ok(index.includes('&lt;script&gt;alert(1)&lt;/script&gt;') || !index.includes(LASTIGE_TITEL.slice(0, 4)));
    });
});

const ROOT_VOORBEELD = path.resolve(
    path.dirname(new URL(import.meta.url).pathname),
    '..',
    '..',
    '..',
    'examples',
    'gooise-meren',
    'docs',
    'portfolio',
);

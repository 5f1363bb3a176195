import { strict as assert } from 'node:assert';
import { spawnSync } from 'node:child_process';
import * as fs from 'node:fs';
import * as path from 'node:path';
import { isEigenBegin } from '../../reports/src/kop.js';
import { vindChromium } from '../../reports/src/site/svg.js';
import { bundel } from '../helpers/index.js';
import { kopieerVoorbeeld } from '../helpers/git.js';
import { tijdelijkeMap } from '../helpers/tijdelijk.js';

/**
 * `opgave site --svg` (issue "Readers outside git", item 2) as a user runs it: the bundled CLI on
 * the Winterswijk example, once with the Chromium of this machine and once without any. The
 * tests with Chromium are skipped when the machine has none, except in CI (CI=true), where that
 * fails (test/e2e/install.sh installs Debian's chromium).
 */

/** Runs the bundled CLI with extra environment variables. */
function opgave(args: string[], env: NodeJS.ProcessEnv = {}): { code: number; stdout: string; stderr: string } {
    const r = spawnSync(process.execPath, [bundel('cli.cjs'), ...args, '--no-color'], {
        encoding: 'utf8',
        env: { ...process.env, NO_COLOR: '1', ...env },
    });
    return { code: r.status ?? -1, stdout: r.stdout, stderr: r.stderr };
}

/** Every file under `map`, relative with `/`. */
function bestanden(map: string, rel = ''): string[] {
    return fs.readdirSync(path.join(map, rel), { withFileTypes: true }).flatMap((e) => {
        const r = rel ? `${rel}/${e.name}` : e.name;
        return e.isDirectory() ? bestanden(map, r) : [r];
    });
}

/** The Winterswijk example without its generated reports, in a new temporary folder. */
function winterswijk(naam: string): string {
    const map = tijdelijkeMap(naam);
    kopieerVoorbeeld('winterswijk', map);
    return map;
}

const MELDING =
    /let op: geen Chromium gevonden[^\n]*; de site is gebouwd zonder SVG-bestanden\. Zet site\.chromium in opgave\.config\.json of installeer chromium\.\n/;

describe('opgave site --svg met Chromium', function () {
    this.timeout(180_000);
    let map: string;
    let site: string;
    let eerste: Map<string, Buffer>;

    before(function () {
        if ('melding' in vindChromium({})) {
            if (process.env.CI) throw new Error('Chromium ontbreekt in CI (test/e2e/install.sh installeert het)');
            this.skip();
        }
        map = winterswijk('site-svg');
        const r = opgave(['site', map, '--svg']);
        assert.equal(r.code, 0, r.stderr);
        assert.doesNotMatch(r.stderr, /SVG/, r.stderr);
        site = path.join(map, 'docs', 'site');
        eerste = new Map(bestanden(site).map((b) => [b, fs.readFileSync(path.join(site, b))]));
    });

    it('schrijft elk diagram van elke pagina als pagina-n.svg naast de pagina, als XML met een <svg> en zijn titel, gelinkt vanuit de pagina', async () => {
        const { JSDOM } = await import('jsdom');
        const { DOMParser } = new JSDOM('').window;
        const lijst = bestanden(site);
        let totaal = 0;
        for (const pagina of lijst.filter((b) => b.endsWith('.html'))) {
            const aantal = (fs.readFileSync(path.join(site, pagina), 'utf8').match(/<pre class="mermaid">/g) ?? []).length;
            const svgs = Array.from({ length: aantal }, (_, i) => `${pagina.replace(/\.html$/, '')}-${i + 1}.svg`);
            const html = fs.readFileSync(path.join(site, pagina), 'utf8');
            for (const svg of svgs) {
                assert.ok(lijst.includes(svg), `${svg} ontbreekt (${pagina} heeft ${aantal} diagrammen)`);
                assert.ok(
                    html.includes(`<a href="${path.posix.basename(svg)}">Het diagram als SVG-bestand</a>`),
                    `${pagina} linkt niet naar ${svg}`,
                );
            }
            for (const svg of svgs) {
                const doc = new DOMParser().parseFromString(fs.readFileSync(path.join(site, svg), 'utf8'), 'image/svg+xml');
                assert.equal(doc.getElementsByTagName('parsererror').length, 0, `${svg} is geen XML`);
                assert.equal(doc.documentElement.localName, 'svg', svg);
                assert.equal(doc.documentElement.namespaceURI, 'http://www.w3.org/2000/svg', svg);
                assert.ok(doc.getElementsByTagName('title')[0]?.textContent?.trim(), `${svg} heeft geen titel`);
            }
            totaal += aantal;
        }
        assert.ok(totaal >= 5, `maar ${totaal} diagrammen`);
        assert.equal(lijst.filter((b) => b.endsWith('.svg')).length, totaal);
    });

    it('zet de labels als SVG-tekst in het bestand, met werkende links vanuit de knopen', async () => {
        const { JSDOM } = await import('jsdom');
        const { DOMParser } = new JSDOM('').window;
        const lees = (rel: string) => new DOMParser().parseFromString(fs.readFileSync(path.join(site, rel), 'utf8'), 'image/svg+xml');
        const paraplu = lees('index-1.svg');
        assert.match(paraplu.getElementsByTagName('title')[0]!.textContent, /^Paraplu/);
        // No HTML inside the SVG: programs like Word show only SVG text.
        assert.equal(paraplu.getElementsByTagName('foreignObject').length, 0);
        const woorden = [...paraplu.getElementsByTagName('tspan')].map((t) => t.textContent.trim()).join(' ');
        assert.match(woorden, /Meedoen/);
        const links = [...paraplu.getElementsByTagName('a')].map(
            (a) => a.getAttributeNS('http://www.w3.org/1999/xlink', 'href') ?? a.getAttribute('href'),
        );
        assert.ok(links.includes('themas/meedoen.html'), links.join(', '));
        for (const l of links) assert.ok(fs.existsSync(path.join(site, l!)), `${l} bestaat niet`);
        const driehoek = lees('opdrachten/programma-armoedevrij-1.svg');
        assert.equal(driehoek.getElementsByTagName('title')[0]!.textContent, 'Sturingsdriehoek van Programma Armoedevrij Winterswijk');
        assert.match([...driehoek.getElementsByTagName('tspan')].map((t) => t.textContent).join(' '), /Bestuurlijk/);
    });

    it('begint elk SVG-bestand met de kopregel van opgave, zodat alleen eigen bestanden worden overschreven', () => {
        for (const rel of bestanden(site).filter((b) => b.endsWith('.svg'))) {
            const inhoud = fs.readFileSync(path.join(site, rel), 'utf8');
            assert.match(inhoud, /^<!-- Gegenereerd door opgave [^\n]* peildatum 2024-03-31\. [^\n]*-->\n<svg /);
            assert.ok(isEigenBegin(rel, inhoud.slice(0, 4096)), `${rel} wordt niet herkend`);
            assert.ok(!isEigenBegin(rel, `\n${inhoud}`), `${rel} met een regel ervoor wordt herkend`);
        }
        assert.ok(!isEigenBegin('logo.svg', '<svg xmlns="http://www.w3.org/2000/svg"><!-- Gegenereerd door opgave --></svg>\n'));
    });

    it('schrijft twee keer dezelfde bytes, en site --svg --check is dan 0; zonder --svg zijn de SVG-bestanden verouderd', () => {
        const r = opgave(['site', map, '--svg']);
        assert.equal(r.code, 0, r.stderr);
        assert.deepEqual([...bestanden(site)].sort(), [...eerste.keys()].sort());
        for (const [b, inhoud] of eerste) assert.ok(inhoud.equals(fs.readFileSync(path.join(site, b))), `${b} is anders`);
        const check = opgave(['site', map, '--svg', '--check']);
        assert.equal(check.code, 0, check.stderr);
        const zonder = opgave(['site', map, '--check']);
        assert.equal(zonder.code, 1, zonder.stderr);
        assert.match(zonder.stderr, /verouderd: index-1\.svg/);
    });

    it('overschrijft een eigen SVG-bestand van de gebruiker niet (exitcode 2, het bestand blijft)', () => {
        const eigen = winterswijk('site-svg-eigen');
        const pad = path.join(eigen, 'docs', 'site', 'index-1.svg');
        fs.mkdirSync(path.dirname(pad), { recursive: true });
        const logo = '<svg xmlns="http://www.w3.org/2000/svg" width="1" height="1"/>\n';
        fs.writeFileSync(pad, logo);
        const r = opgave(['site', eigen, '--svg']);
        assert.equal(r.code, 2, r.stderr);
        assert.match(r.stderr, /index-1\.svg/);
        assert.equal(fs.readFileSync(pad, 'utf8'), logo);
    });
});

describe('opgave site --svg zonder Chromium', function () {
    this.timeout(120_000);

    /** Asserts a run built the site without SVG files, with the message, exit code 0. */
    function zonderSvg(map: string, r: { code: number; stderr: string }, reden: RegExp): void {
        assert.equal(r.code, 0, r.stderr);
        assert.match(r.stderr, MELDING);
        assert.match(r.stderr, reden);
        const lijst = bestanden(path.join(map, 'docs', 'site'));
        assert.deepEqual(
            lijst.filter((b) => b.endsWith('.svg')),
            [],
        );
        for (const b of ['index.html', 'opdrachten/programma-armoedevrij.html', 'media/mermaid.min.js'])
            assert.ok(lijst.includes(b), `${b} ontbreekt`);
        const index = fs.readFileSync(path.join(map, 'docs', 'site', 'index.html'), 'utf8');
        assert.match(index, /<pre class="mermaid">/);
        assert.doesNotMatch(index, /SVG-bestand/, 'een link naar een SVG-bestand dat er niet is');
    }

    it('bouwt de site zonder SVG-bestanden met een melding als site.chromium naar niets wijst', () => {
        const map = winterswijk('site-svg-config');
        fs.writeFileSync(
            path.join(map, 'opgave.config.json'),
            JSON.stringify({ peildatum: '2024-03-31', site: { chromium: 'nergens/chromium' } }),
        );
        const r = opgave(['site', map, '--svg']);
        zonderSvg(
            map,
            r,
            new RegExp(
                `site\\.chromium in de configuratie wijst naar ${path.join(map, 'nergens', 'chromium').replace(/[.*+?^${}()|[\]\\]/g, '\\$&')}`,
            ),
        );
    });

    it('bouwt de site zonder SVG-bestanden met een melding als OPGAVE_CHROMIUM naar niets wijst', () => {
        const map = winterswijk('site-svg-omgeving');
        const r = opgave(['site', map, '--svg'], { OPGAVE_CHROMIUM: path.join(map, 'geen-chromium') });
        zonderSvg(map, r, /OPGAVE_CHROMIUM wijst naar /);
    });

    it('bouwt de site zonder SVG-bestanden met een melding als er geen Chromium op het PATH staat', () => {
        const map = winterswijk('site-svg-path');
        const r = opgave(['site', map, '--svg'], { PATH: path.join(map, 'leeg'), OPGAVE_CHROMIUM: '' });
        zonderSvg(map, r, /gezocht op het PATH: chromium, chromium-browser, google-chrome/);
    });

    it('start een Chromium die niet werkt niet als SVG-tekenaar, maar meldt het en bouwt de site', () => {
        const map = winterswijk('site-svg-kapot');
        const nep = path.join(map, 'chromium');
        fs.writeFileSync(nep, '#!/bin/sh\nexit 1\n', { mode: 0o755 });
        const r = opgave(['site', map, '--svg'], { OPGAVE_CHROMIUM: nep });
        assert.equal(r.code, 0, r.stderr);
        assert.match(r.stderr, /let op: Chromium \([^)]*chromium\) start niet: [^\n]*; de site is gebouwd zonder SVG-bestanden\./);
        assert.deepEqual(
            bestanden(path.join(map, 'docs', 'site')).filter((b) => b.endsWith('.svg')),
            [],
        );
    });
});

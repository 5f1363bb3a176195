// The static site in a real browser (issue "Readers outside git", item 5): builds the site of each
// example with the CLI, opens every page from disk in headless Chromium (Debian's, through
// playwright-core, as the other real-client tests) and checks what a reader gets:
// - every page loads without console errors, page errors or CSP violations, and requests nothing
//   outside the site folder;
// - every diagram is drawn (an <svg> in place of the Mermaid text);
// - axe-core finds no WCAG 2.1 A/AA violation on any page;
// - the search box finds an opdracht by a word of its title and links to its page;
// - a click on a paraplu node opens the page of that opgave.
// With OPGAVE_README_AFBEELDINGEN=1 it also writes the README's screenshots (docs/afbeeldingen).
// Skips with a message when Chromium is missing, except in CI (CI=true), where that fails.
// Usage: node test/e2e/site.mjs
/* global document -- the functions handed to page.evaluate run in the browser */
import { spawnSync } from 'node:child_process';
import * as fs from 'node:fs';
import { createRequire } from 'node:module';
import * as os from 'node:os';
import * as path from 'node:path';
import { pathToFileURL } from 'node:url';
import { chromiumPad, REPO, startBrowser } from './code-server.mjs';

if (!chromiumPad()) {
    console.log('site: chromium ontbreekt (draai bash test/e2e/install.sh)');
    process.exit(process.env.CI ? 1 : 0);
}

const require = createRequire(import.meta.url);
const AXE = fs.readFileSync(require.resolve('axe-core/axe.min.js'), 'utf8');
const WCAG = ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa'];
const fouten = [];
const fout = (tekst) => {
    fouten.push(tekst);
    console.log(`  FOUT ${tekst}`);
};

/** Builds the site of an example in a temporary copy; returns the site folder. */
function bouw(voorbeeld, werk) {
    const map = path.join(werk, voorbeeld);
    fs.cpSync(path.join(REPO, 'examples', voorbeeld), map, { recursive: true });
    fs.rmSync(path.join(map, 'docs'), { recursive: true, force: true });
    const r = spawnSync(process.execPath, [path.join(REPO, 'dist', 'cli.cjs'), 'site', map], { encoding: 'utf8' });
    if (r.status !== 0) throw new Error(`opgave site ${voorbeeld}: exitcode ${r.status}\n${r.stderr}`);
    return path.join(map, 'docs', 'site');
}

function htmlPaginas(map, rel = '') {
    return fs.readdirSync(path.join(map, rel), { withFileTypes: true }).flatMap((e) => {
        const r = rel ? `${rel}/${e.name}` : e.name;
        return e.isDirectory() ? htmlPaginas(map, r) : e.name.endsWith('.html') ? [r] : [];
    });
}

/** Opens a page and waits until its diagrams are drawn; collects errors and outside requests. */
async function open(context, siteMap, rel) {
    const page = await context.newPage();
    const binnen = pathToFileURL(siteMap).href + '/';
    const meldingen = [];
    page.on('console', (m) => m.type() === 'error' && meldingen.push(`console: ${m.text()}`));
    page.on('pageerror', (e) => meldingen.push(`paginafout: ${e.message}`));
    page.on('request', (r) => !r.url().startsWith(binnen) && meldingen.push(`verzoek buiten de site: ${r.url()}`));
    await page.goto(pathToFileURL(path.join(siteMap, rel)).href);
    await page.waitForFunction(() => document.body.hasAttribute('data-mermaid'), null, { timeout: 30000 });
    return { page, meldingen };
}

const werk = fs.mkdtempSync(path.join(os.tmpdir(), 'opgave-site-'));
const browser = await startBrowser();
try {
    for (const voorbeeld of ['gooise-meren', 'winterswijk']) {
        const siteMap = bouw(voorbeeld, werk);
        const paginas = htmlPaginas(siteMap).sort();
        console.log(`site ${voorbeeld}: ${paginas.length} pagina's`);
        const context = await browser.newContext({ viewport: { width: 1280, height: 900 } });
        let diagrammen = 0;
        let regels = 0;
        for (const rel of paginas) {
            const { page, meldingen } = await open(context, siteMap, rel);
            const staat = await page.getAttribute('body', 'data-mermaid');
            if (staat !== 'klaar') fout(`${voorbeeld}/${rel}: diagrammen niet getekend (${staat})`);
            const { blokken, getekend } = await page.evaluate(() => ({
                blokken: document.querySelectorAll('pre.mermaid').length,
                getekend: document.querySelectorAll('pre.mermaid svg').length,
            }));
            diagrammen += getekend;
            if (blokken !== getekend) fout(`${voorbeeld}/${rel}: ${getekend} van ${blokken} diagrammen getekend`);
            await page.evaluate(AXE);
            const uitslag = await page.evaluate(
                (tags) => globalThis.axe.run(document, { runOnly: { type: 'tag', values: tags }, preload: false }),
                WCAG,
            );
            regels += uitslag.passes.length;
            if (uitslag.passes.length === 0) fout(`${voorbeeld}/${rel}: axe heeft niets gecontroleerd`);
            for (const v of uitslag.violations) {
                fout(
                    `${voorbeeld}/${rel}: axe ${v.id} (${v.impact}): ${v.help} — ${v.nodes
                        .map((n) => n.target.join(' '))
                        .slice(0, 3)
                        .join('; ')}`,
                );
            }
            meldingen.forEach((m) => fout(`${voorbeeld}/${rel}: ${m}`));
            await page.close();
        }

        console.log(`  ${diagrammen} diagrammen getekend; axe: ${regels} geslaagde regelcontroles`);
        if (diagrammen === 0) fout(`${voorbeeld}: geen enkel diagram getekend`);

        // Search: a word of an opdracht's title finds its page.
        const index = JSON.parse(
            fs
                .readFileSync(path.join(siteMap, 'media', 'zoekindex.js'), 'utf8')
                .split('\n')[1]
                .replace(/^var OPGAVE_ZOEKINDEX = /, '')
                .replace(/;$/, ''),
        );
        const opdracht = index.find((d) => d.soort === 'opdracht' && d.titel.split(' ').some((w) => w.length > 6));
        const woord = opdracht.titel.split(' ').find((w) => w.length > 6);
        const { page, meldingen } = await open(context, siteMap, 'index.html');
        await page.fill('#zoekveld', woord.toLowerCase());
        const hrefs = await page.$$eval('#zoekresultaten a', (as) => as.map((a) => a.getAttribute('href')));
        if (!hrefs.includes(opdracht.url)) fout(`${voorbeeld}: zoeken op "${woord}" vindt ${opdracht.url} niet (wel: ${hrefs.join(', ')})`);

        // A click on an opgave node of the paraplu opens its page.
        const opgave = index.find((d) => d.soort === 'opgave');
        const knoop = page.locator('figure.diagram svg g.node', { hasText: opgave.titel }).first();
        await Promise.all([page.waitForURL(`**/${opgave.url}`, { timeout: 10000 }), knoop.click()]).catch((e) =>
            fout(`${voorbeeld}: klik op de paraplu-knoop "${opgave.titel}" opent ${opgave.url} niet: ${e.message.split('\n')[0]}`),
        );
        meldingen.forEach((m) => fout(`${voorbeeld}/index.html: ${m}`));

        if (process.env.OPGAVE_README_AFBEELDINGEN === '1' && voorbeeld === 'gooise-meren') {
            const doel = path.join(REPO, 'docs', 'afbeeldingen');
            fs.mkdirSync(doel, { recursive: true });
            const overzicht = await open(context, siteMap, 'index.html');
            await overzicht.page.screenshot({ path: path.join(doel, 'site-overzicht.png') });
            const pagina = await open(context, siteMap, 'opdrachten/programma-vesting.html');
            await pagina.page.screenshot({ path: path.join(doel, 'site-opdracht.png'), fullPage: false });
            console.log(`  schermafdrukken in ${path.relative(REPO, doel)}`);
        }
        await context.close();
    }
} finally {
    await browser.close();
    fs.rmSync(werk, { recursive: true, force: true });
}
if (fouten.length > 0) {
    console.log(`site: ${fouten.length} fout(en)`);
    process.exit(1);
}
console.log('site: geslaagd');

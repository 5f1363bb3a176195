// Browser test of the preview webview at 500 px (a preview beside the editor): renders the preview
// HTML exactly as the extension builds it (client/src/render.ts, bundled with esbuild on the fly)
// from a real answer of the language server (dist/server.cjs over stdio, examples/winterswijk and
// examples/gooise-meren), with preview.css, the bundled mermaid and preview.js under the strict
// CSP, in headless Chromium with a stub acquireVsCodeApi. Checks that the phase timeline is not
// clipped and its dates do not run together, that wide tables scroll in their own box and the
// page never scrolls sideways, that every diagram node links back to its declaration (the stub
// receives the key, the server's `bronnen` knows it and points at the right line) and that the
// opgave under the cursor is highlighted. Screenshots go to test/e2e/tmp/ (look at them).
// Needs `npm run build` first; skips with a message when Chromium is missing.
/* global window, document, getComputedStyle -- the functions handed to page.evaluate and addInitScript run in the browser */
import { spawn, spawnSync } from 'node:child_process';
import assert from 'node:assert/strict';
import * as fs from 'node:fs';
import * as path from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';
import { build } from 'esbuild';
import { createProtocolConnection, StreamMessageReader, StreamMessageWriter } from 'vscode-languageserver/node';
import { chromiumPad, REPO, startBrowser } from './code-server.mjs';

const TMP = path.join(REPO, 'test', 'e2e', 'tmp');
const BREEDTE = 500;

if (!chromiumPad()) {
    console.log('breedte: overgeslagen, chromium ontbreekt (draai bash test/e2e/install.sh)');
    process.exit(0);
}
if (!fs.existsSync(path.join(REPO, 'dist', 'server.cjs'))) {
    console.error('breedte: dist/server.cjs ontbreekt; draai eerst npm run build');
    process.exit(1);
}

/** The reports answer of the real server for a portfolio folder. */
async function serverAntwoord(map) {
    const proces = spawn(process.execPath, [path.join(REPO, 'dist', 'server.cjs'), '--stdio'], { stdio: ['pipe', 'pipe', 'inherit'] });
    const c = createProtocolConnection(new StreamMessageReader(proces.stdout), new StreamMessageWriter(proces.stdin));
    let diagnosen = 0;
    c.onRequest('client/registerCapability', () => null);
    c.onRequest('workspace/configuration', (p) => p.items.map(() => null));
    c.onRequest('window/workDoneProgress/create', () => null);
    c.onNotification('textDocument/publishDiagnostics', () => void diagnosen++);
    c.onNotification('window/logMessage', () => undefined);
    c.listen();
    const uri = pathToFileURL(map).href;
    await c.sendRequest('initialize', {
        processId: process.pid,
        rootUri: uri,
        workspaceFolders: [{ uri, name: path.basename(map) }],
        capabilities: {},
    });
    await c.sendNotification('initialized', {});
    const begin = Date.now();
    while (diagnosen === 0 && Date.now() - begin < 30000) await new Promise((r) => setTimeout(r, 100));
    const antwoord = await c.sendRequest('workspace/executeCommand', { command: 'opgave.server.rapporten', arguments: [] });
    await c.sendRequest('shutdown');
    await c.sendNotification('exit');
    c.dispose();
    proces.kill();
    return antwoord;
}

/** client/src/render.ts as a module for this script (the same code the extension bundles). */
async function renderModule() {
    const uit = path.join(TMP, 'render.cjs');
    await build({
        entryPoints: [path.join(REPO, 'client', 'src', 'render.ts')],
        bundle: true,
        platform: 'node',
        format: 'cjs',
        outfile: uit,
        logLevel: 'warning',
    });
    return (await import(pathToFileURL(uit).href)).default;
}

fs.mkdirSync(TMP, { recursive: true });
const media = spawnSync(process.execPath, [path.join(REPO, 'client', 'scripts', 'media.mjs')], { stdio: 'inherit' });
assert.equal(media.status, 0, 'client/scripts/media.mjs');
const render = await renderModule();
const mediaUrl = (naam) => pathToFileURL(path.join(REPO, 'dist', 'media', naam)).href;

/** Writes the preview document of a choice into tmp/ and returns its file URL. */
function schrijfPagina(naam, rapporten, keuze) {
    const html = render.voorbeeldDocument(render.voorbeeldInhoud(rapporten, keuze), {
        nonce: 'dGVzdG5vbmNlMTIzNDU2Nzg=',
        cspSource: 'file:',
        media: mediaUrl,
        staat: { pagina: render.getoondePagina(rapporten, keuze.pagina), opdrachtPagina: keuze.opdrachtPagina, focus: keuze.focus },
    });
    const bestand = path.join(TMP, `${naam}.html`);
    fs.writeFileSync(bestand, html);
    return pathToFileURL(bestand).href;
}

/** The source line a `bronnen` entry points at. */
function bronRegel(bron) {
    return fs.readFileSync(fileURLToPath(bron.uri), 'utf8').split(/\r?\n/)[bron.line] ?? '';
}

const fouten = [];
function controleer(wat, f) {
    try {
        f();
        console.log(`  ✔ ${wat}`);
    } catch (e) {
        fouten.push(`${wat}: ${e instanceof Error ? e.message : String(e)}`);
        console.log(`  ✘ ${wat}\n    ${e instanceof Error ? e.message : String(e)}`);
    }
}

/** Layout facts of the rendered page, measured in the browser. */
function meet() {
    const vw = document.documentElement.clientWidth;
    const scrollbaar = (el) => {
        for (let p = el.parentElement; p && p !== document.body; p = p.parentElement) {
            const s = getComputedStyle(p);
            if ((s.overflowX === 'auto' || s.overflowX === 'scroll') && p.getBoundingClientRect().right <= vw + 0.5) return p;
        }
        return null;
    };
    const tabellen = Array.from(document.querySelectorAll('table')).map((t) => {
        const r = t.getBoundingClientRect();
        return { breed: r.right > vw + 0.5, inDoos: !!scrollbaar(t), kop: t.rows[0]?.textContent.trim().slice(0, 40) };
    });
    const gantts = Array.from(document.querySelectorAll('svg[aria-roledescription="gantt"]')).map((svg) => {
        const s = svg.getBoundingClientRect();
        const doos = scrollbaar(svg);
        const d = doos ? doos.getBoundingClientRect() : null;
        const vak = (el) => el.getBoundingClientRect();
        const teksten = Array.from(svg.querySelectorAll('text'))
            .filter((t) => t.textContent.trim() !== '' && getComputedStyle(t).visibility !== 'hidden')
            .map((t) => {
                const r = vak(t);
                return {
                    tekst: t.textContent.trim(),
                    links: r.left,
                    rechts: r.right,
                    boven: r.top,
                    onder: r.bottom,
                    klasse: t.getAttribute('class') || '',
                };
            });
        const as = Array.from(svg.querySelectorAll('g.grid .tick text'))
            .filter((t) => getComputedStyle(t).visibility !== 'hidden')
            .map((t) => {
                const r = vak(t);
                return { tekst: t.textContent, links: r.left, rechts: r.right };
            });
        return {
            svg: { links: s.left, rechts: s.right, boven: s.top, onder: s.bottom },
            doos: d && { links: d.left, rechts: d.right, scrollBreedte: doos.scrollWidth, breedte: doos.clientWidth },
            teksten,
            as,
        };
    });
    return {
        vw,
        paginaBreedte: document.documentElement.scrollWidth,
        tabellen,
        gantts,
        mermaid: document.body.getAttribute('data-mermaid'),
    };
}

const winterswijk = await serverAntwoord(path.join(REPO, 'examples', 'winterswijk'));
const gooise = await serverAntwoord(path.join(REPO, 'examples', 'gooise-meren'));

const browser = await startBrowser();
try {
    const context = await browser.newContext({ viewport: { width: BREEDTE, height: 900 } });
    await context.addInitScript(() => {
        window.__berichten = [];
        window.__staat = undefined;
        window.acquireVsCodeApi = () => ({
            postMessage: (m) => window.__berichten.push(m),
            getState: () => window.__staat,
            setState: (s) => (window.__staat = s),
        });
        // What VS Code's webview host does when it replaces a page: on load, a page still at the top
        // is scrolled to where the old page was (here given as ?scroll=N).
        const vorige = Number(new URLSearchParams(window.location.search).get('scroll'));
        if (vorige > 0) {
            window.addEventListener('load', () => {
                if (window.scrollY === 0) window.scroll(0, vorige);
            });
        }
    });
    const page = await context.newPage();
    const consoleFouten = [];
    page.on('console', (m) => m.type() === 'error' && consoleFouten.push(m.text()));
    page.on('pageerror', (e) => consoleFouten.push(String(e)));

    /** Loads a page; `vorigeScroll`: the scroll position of the page it replaces (VS Code keeps it). */
    async function laad(naam, rapporten, keuze, vorigeScroll) {
        consoleFouten.length = 0;
        await page.goto(schrijfPagina(naam, rapporten, keuze) + (vorigeScroll ? `?scroll=${vorigeScroll}` : ''));
        await page.waitForFunction(() => document.body.hasAttribute('data-mermaid'), null, { timeout: 30000 });
        await page.waitForFunction(() => window.__berichten.some((m) => m.type === 'klaar'));
        await page.waitForLoadState('load');
        await page.evaluate(() => new Promise((r) => setTimeout(r, 50)));
        return { ...(await page.evaluate(meet)), scrollY: await page.evaluate(() => Math.round(window.scrollY)) };
    }

    function controleerOpmaak(naam, m) {
        controleer(`${naam}: mermaid tekent zonder fout`, () => assert.equal(m.mermaid, 'klaar'));
        controleer(`${naam}: geen fout in de console (CSP, script)`, () => assert.deepEqual(consoleFouten, []));
        controleer(`${naam}: de pagina schuift niet zijwaarts`, () => assert.ok(m.paginaBreedte <= m.vw, `${m.paginaBreedte} > ${m.vw}`));
        controleer(`${naam}: brede tabellen schuiven in hun eigen vak`, () => {
            const fout = m.tabellen.filter((t) => t.breed && !t.inDoos);
            assert.deepEqual(fout, []);
        });
        for (const [i, g] of m.gantts.entries()) {
            controleer(`${naam}: tijdlijn ${i + 1} staat in een schuifvak dat de hele tekening bevat`, () => {
                assert.ok(g.doos, 'geen schuifvak om de tijdlijn');
                assert.ok(g.doos.scrollBreedte >= g.svg.rechts - g.svg.links - 1, JSON.stringify(g.doos));
            });
            controleer(`${naam}: geen tekst van tijdlijn ${i + 1} valt buiten de tekening`, () => {
                const buiten = g.teksten.filter(
                    (t) =>
                        t.links < g.svg.links - 0.5 ||
                        t.rechts > g.svg.rechts + 0.5 ||
                        t.boven < g.svg.boven - 0.5 ||
                        t.onder > g.svg.onder + 0.5,
                );
                assert.deepEqual(buiten, []);
            });
            controleer(`${naam}: taaklabels van tijdlijn ${i + 1} lopen niet over de sectienamen`, () => {
                const secties = g.teksten.filter((t) => /sectionTitle/.test(t.klasse));
                const taken = g.teksten.filter((t) => /taskText/.test(t.klasse));
                const over = taken.filter((t) =>
                    secties.some((s) => t.links < s.rechts && s.links < t.rechts && t.boven < s.onder && s.boven < t.onder),
                );
                assert.deepEqual(over, []);
            });
            controleer(`${naam}: de datums op de as van tijdlijn ${i + 1} lopen niet in elkaar`, () => {
                assert.ok(g.as.length >= 2, `maar ${g.as.length} datums`);
                const raak = g.as.filter((a, j) => j > 0 && g.as[j - 1].rechts + 2 > a.links);
                assert.deepEqual(raak, []);
            });
        }
    }

    /** Clicks the node of every linked diagram node on the page and checks the messages. */
    async function controleerKnopen(naam, rapporten, verwacht) {
        const knopen = await page.evaluate(() =>
            Array.from(document.querySelectorAll('g[data-bron]')).map((g) => ({ sleutel: g.getAttribute('data-bron'), id: g.id })),
        );
        controleer(`${naam}: ${verwacht.join(', ')}-knopen zijn klikbaar`, () => {
            for (const soort of verwacht)
                assert.ok(
                    knopen.some((k) => k.sleutel.startsWith(soort)),
                    `geen knoop ${soort}`,
                );
        });
        // One node of each kind, really clicked (mouse and keyboard).
        const perSoort = new Map();
        for (const k of knopen) {
            const soort = /^(\w+):/.exec(k.sleutel)?.[1] ?? 'opdracht';
            if (!perSoort.has(soort)) perSoort.set(soort, k);
        }
        for (const [soort, k] of perSoort) {
            await page.evaluate(() => (window.__berichten = []));
            await page.locator(`[id="${k.id}"]`).click();
            const [bericht] = await page.evaluate(() => window.__berichten);
            controleer(`${naam}: klik op een ${soort}-knoop stuurt zijn sleutel (${k.sleutel})`, () =>
                assert.deepEqual(bericht, { type: 'open', id: k.sleutel }),
            );
            controleer(`${naam}: de sleutel ${k.sleutel} wijst naar zijn declaratie`, () => {
                const bron = rapporten.bronnen[k.sleutel];
                assert.ok(bron, 'niet in bronnen');
                const regel = bronRegel(bron);
                const naam = k.sleutel.split(/[:/]/).at(-1);
                const woord = soort === 'rol' ? naam : `${soort} ${naam}`;
                assert.ok(
                    soort === 'rol' ? regel.includes(woord) : regel.trimStart().startsWith(woord),
                    `regel ${bron.line + 1}: ${regel}`,
                );
            });
        }
        const eerste = knopen[0];
        if (!eerste) return;
        await page.evaluate(() => (window.__berichten = []));
        await page.locator(`[id="${eerste.id}"]`).focus();
        await page.keyboard.press('Enter');
        const viaToets = await page.evaluate(() => window.__berichten);
        controleer(`${naam}: Enter op een knoop stuurt ook zijn sleutel`, () =>
            assert.deepEqual(viaToets, [{ type: 'open', id: eerste.sleutel }]),
        );
    }

    console.log(`Voorbeeld op ${BREEDTE} px:`);
    const programma = 'opdrachten/programma-armoedevrij.md';
    const m1 = await laad('programma-armoedevrij', winterswijk, {
        pagina: 'README.md',
        opdrachtPagina: programma,
        focus: 'programma-armoedevrij',
    });
    controleer('winterswijk: de opdrachtpagina heeft een tijdlijn', () => assert.equal(m1.gantts.length, 1));
    controleerOpmaak('programma-armoedevrij', m1);
    await controleerKnopen('programma-armoedevrij', winterswijk, ['rol:', 'doel:', 'inspanning:', 'thema:', 'opgave:']);
    for (const [wat, kiezer, sleutel] of [
        ['de regel "Bron:" van de opdrachtpagina', 'section.opdracht code[data-bron]', programma],
        [
            'een opdrachtrij van het portfolio',
            'section.portfolio td a[href="opdrachten/project-centrum.md"]',
            'opdrachten/project-centrum.md',
        ],
    ]) {
        await page.evaluate(() => (window.__berichten = []));
        await page.locator(kiezer).first().click();
        const berichten = await page.evaluate(() => window.__berichten);
        controleer(`klik op ${wat} opent de declaratie`, () => {
            assert.deepEqual(berichten, [{ type: 'open', id: sleutel }]);
            assert.match(bronRegel(winterswijk.bronnen[sleutel]), /^opdracht /);
        });
    }
    await page.evaluate(() => window.scrollTo(0, 0));
    await page.screenshot({ path: path.join(TMP, 'voorbeeld-500-heel.png'), fullPage: true });
    // The user's view of the timeline with the end of the phase table above it.
    await page.evaluate(() => {
        const tijdlijn = document.querySelector('svg[aria-roledescription="gantt"]');
        window.scrollTo(0, tijdlijn.getBoundingClientRect().top + window.scrollY - 420);
    });
    await page.screenshot({ path: path.join(TMP, 'voorbeeld-500.png') });
    await page
        .locator('svg[aria-roledescription="gantt"]')
        .first()
        .screenshot({ path: path.join(TMP, 'tijdlijn-500.png') });

    for (const [naam, rapporten, pagina] of [
        ['project-bredius', gooise, 'opdrachten/project-bredius.md'],
        ['project-centrum', winterswijk, 'opdrachten/project-centrum.md'],
        ['programma-vesting', gooise, 'opdrachten/programma-vesting.md'],
    ]) {
        const m = await laad(naam, rapporten, { pagina: 'README.md', opdrachtPagina: pagina });
        controleer(`${naam}: de opdrachtpagina heeft een tijdlijn`, () => assert.equal(m.gantts.length, 1));
        controleerOpmaak(naam, m);
        if (naam === 'project-bredius') {
            await page
                .locator('svg[aria-roledescription="gantt"]')
                .first()
                .screenshot({ path: path.join(TMP, 'tijdlijn-bredius-500.png') });
        }
    }

    // VS Code scrolls a replaced page to where the old one was (its webview's load handler, when
    // the new page is still at the top). Another opdracht's page must start at its top anyway.
    const mScroll = await laad(
        'project-bredius-na-scroll',
        gooise,
        { pagina: 'README.md', opdrachtPagina: 'opdrachten/project-bredius.md' },
        1500,
    );
    controleer('een andere opdrachtpagina begint bovenaan, ook als VS Code de oude schuifstand teruggeeft', () =>
        assert.equal(mScroll.scrollY, 0),
    );

    // The opgave under the cursor: the portfolio page, its rows highlighted and in view.
    const mFocus = await laad('focus-opgave', gooise, { pagina: 'README.md', focus: 'opgave:vesting-muiden' });
    controleerOpmaak('portfolio (gooise-meren)', mFocus);
    const focus = await page.evaluate(() => {
        const rijen = Array.from(document.querySelectorAll('tr.focus'));
        const knoop = document.querySelector('g.focus');
        const r = rijen[0]?.getBoundingClientRect();
        return {
            rijen: rijen.map((tr) => tr.cells[0].textContent),
            knoop: knoop?.getAttribute('data-bron'),
            inBeeld: !!r && r.top >= 0 && r.bottom <= window.innerHeight,
            staat: window.__staat,
        };
    });
    controleer('een opgave onder de cursor: haar rijen zijn gemarkeerd en in beeld', () => {
        assert.ok(
            focus.rijen.length > 0 && focus.rijen.every((t) => t.includes('`vesting-muiden`') || t.includes('vesting-muiden')),
            JSON.stringify(focus.rijen),
        );
        assert.ok(focus.inBeeld, 'niet in beeld');
    });
    controleer('een opgave onder de cursor: haar knoop in de paraplu is gemarkeerd', () =>
        assert.equal(focus.knoop, 'opgave:vesting-muiden'),
    );
    controleer('de webview bewaart pagina en focus in haar staat', () => {
        assert.equal(focus.staat.pagina, 'README.md');
        assert.equal(focus.staat.focus, 'opgave:vesting-muiden');
        assert.equal(typeof focus.staat.scroll, 'number');
    });
    await page.screenshot({ path: path.join(TMP, 'portfolio-500.png') });
    await controleerKnopen('portfolio (gooise-meren)', gooise, ['thema:', 'opgave:']);
    await page.evaluate(() => window.postMessage({ type: 'focus', focus: 'thema:ruimtelijke-ontwikkeling' }, '*'));
    await page.waitForFunction(() => document.querySelector('h2.focus'));
    const thema = await page.evaluate(() => ({
        kop: document.querySelector('h2.focus')?.textContent,
        rijen: document.querySelectorAll('tr.focus').length,
    }));
    controleer('een focusbericht (cursor op een thema) verplaatst de markering zonder nieuwe pagina', () => {
        assert.match(thema.kop ?? '', /^Thema: .*ruimte/);
        assert.equal(thema.rijen, 0);
    });
} finally {
    await browser.close();
}
console.log(
    `Schermafdrukken: ${path.relative(REPO, TMP)}/voorbeeld-500.png, voorbeeld-500-heel.png, tijdlijn-500.png, tijdlijn-bredius-500.png, portfolio-500.png`,
);
if (fouten.length > 0) {
    console.error(`\n${fouten.length} controle(s) mislukt:\n- ${fouten.join('\n- ')}`);
    process.exit(1);
}
console.log('breedte: alles in orde');

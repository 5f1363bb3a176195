// User-level test: installs the built VSIX (opgave.vsix) into code-server, opens a file from the
// Explorer as a user does, reads the Problems panel, opens the preview through the command palette,
// checks that its Mermaid diagrams were drawn, and takes screenshots (test/e2e/tmp/*.png).
// Skips with a message when code-server or chromium is missing. Usage: node test/e2e/gebruiker.mjs
import * as fs from 'node:fs';
import * as os from 'node:os';
import * as path from 'node:path';
import { fileURLToPath } from 'node:url';
import { installeerVsix, maakThuis, ontbreekt, REPO, ruimOp, startBrowser, startCodeServer } from './code-server.mjs';

const HIER = path.dirname(fileURLToPath(import.meta.url));
const reden = ontbreekt();
if (reden) {
    console.log(`OVERGESLAGEN: ${reden}.`);
    process.exit(0);
}
const vsix = path.join(REPO, 'opgave.vsix');
if (!fs.existsSync(vsix)) {
    console.error('FOUT: opgave.vsix ontbreekt; draai eerst npm run package.');
    process.exit(1);
}
const uitvoer = path.join(HIER, 'tmp');
fs.mkdirSync(uitvoer, { recursive: true });

const mappen = maakThuis('gebruiker');
installeerVsix(mappen, vsix);
const werkMap = fs.mkdtempSync(path.join(os.tmpdir(), 'opgave-gebruiker-'));
const werk = path.join(werkMap, 'fouten & co');
fs.cpSync(path.join(REPO, 'examples', 'fouten'), werk, { recursive: true });

const server = await startCodeServer(mappen);
const browser = await startBrowser();
let gelukt = false;
try {
    const page = await browser.newPage({ viewport: { width: 1600, height: 1000 } });
    await page.goto(`http://127.0.0.1:${server.port}/?folder=${encodeURIComponent(werk)}`);
    const rij = page.locator('.explorer-folders-view .monaco-list-row', { hasText: 'leefomgeving.opgave' });
    await rij.waitFor({ timeout: 60000 });
    await rij.click();
    await page.locator('.tabs-container .tab', { hasText: 'leefomgeving.opgave' }).waitFor({ timeout: 30000 });
    await page.locator('.monaco-editor .view-lines').first().click();

    // Problems panel (Ctrl+Shift+M): wait for the findings of the portfolio.
    await page.keyboard.press('Control+Shift+M');
    const rijen = page.locator('.markers-panel .monaco-list-row');
    const begin = Date.now();
    let labels = [];
    while (Date.now() - begin < 60000) {
        labels = await rijen.evaluateAll((els) => els.map((e) => e.getAttribute('aria-label') ?? e.textContent ?? ''));
        if (labels.some((l) => l.includes('sturingsprofessional')) && labels.some((l) => l.includes('sportvereneging'))) break;
        await page.waitForTimeout(500);
    }
    await page.screenshot({ path: path.join(uitvoer, 'problemen.png') });
    console.log(`Problemen-paneel: ${labels.length} rijen`);
    labels.slice(0, 6).forEach((l) => console.log(`  ${l.slice(0, 160)}`));
    if (!labels.some((l) => l.includes('sturingsprofessional')))
        throw new Error('bevinding driehoek-onvolledig niet in het Problemen-paneel');

    // Preview through the command palette.
    await page.locator('.monaco-editor .view-lines').first().click();
    await page.keyboard.press('F1');
    await page.keyboard.type('Opgave: Voorbeeld openen');
    await page.waitForTimeout(500);
    await page.keyboard.press('Enter');
    let status;
    const start = Date.now();
    while (Date.now() - start < 60000) {
        for (const frame of page.frames()) {
            status = await frame
                .evaluate(() => {
                    /* global document -- this function runs in the page, not in Node */
                    const b = document.body;
                    return b && b.hasAttribute('data-mermaid')
                        ? {
                              mermaid: b.getAttribute('data-mermaid'),
                              svg: document.querySelectorAll('pre.mermaid svg').length,
                              tekst: b.innerText.slice(0, 200),
                          }
                        : undefined;
                })
                .catch(() => undefined);
            if (status) break;
        }
        if (status) break;
        await page.waitForTimeout(500);
    }
    await page.waitForTimeout(500);
    await page.screenshot({ path: path.join(uitvoer, 'voorbeeld.png') });
    console.log(`Voorbeeld: ${JSON.stringify(status)}`);
    if (!status || status.mermaid !== 'klaar' || status.svg === 0) throw new Error('het voorbeeld tekende geen Mermaid-diagrammen');

    // Clicking an opdracht in the portfolio report opens its source.
    let geklikt = false;
    for (const frame of page.frames()) {
        const link = frame.locator('section.portfolio a[href*="project-kindcentrum"]').first();
        if (await link.count().catch(() => 0)) {
            await link.click();
            geklikt = true;
            break;
        }
    }
    if (!geklikt) throw new Error('geen link naar opdracht project-kindcentrum in het portfoliorapport');
    await page.locator('.tabs-container .tab.active', { hasText: 'samenleving.opgave' }).waitFor({ timeout: 20000 });
    console.log('Klik op een opdracht in het rapport opent samenleving.opgave');
    gelukt = true;
    console.log(`OK: VSIX geïnstalleerd, bevindingen zichtbaar, voorbeeld getekend; schermafdrukken in ${path.relative(REPO, uitvoer)}`);
} catch (e) {
    console.error(`FOUT: ${e instanceof Error ? e.message : String(e)}`);
    console.error(server.log().split('\n').slice(-20).join('\n'));
} finally {
    await browser.close().catch(() => undefined);
    await server.stop();
    ruimOp(mappen);
    fs.rmSync(werkMap, { recursive: true, force: true });
}
process.exit(gelukt ? 0 : 1);

// User-level test: installs the built VSIX (opgave.vsix) into code-server, opens a file from the
// Explorer as a user does, reads the Problems panel and clicks a rule link there (the rendered rule
// page opens), opens the preview through the command palette, checks that its Mermaid diagrams were
// drawn, shows the portfolio tree in the Explorer, puts the preview beside the editor at ~500 px,
// reloads the window and checks the extension host log has no "Starting server failed" and the
// preview comes back (serializer) with the portfolio read. Takes
// screenshots (test/e2e/tmp/*.png); with OPGAVE_README_AFBEELDINGEN=1 it also writes the tree and
// the narrow preview to client/media/schermafdrukken/ (the images of client/README.md).
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
const readmeAfbeeldingen =
    process.env.OPGAVE_README_AFBEELDINGEN === '1' ? path.join(REPO, 'client', 'media', 'schermafdrukken') : undefined;

/** Screenshot into test/e2e/tmp, and for the README's images also into client/media/schermafdrukken. */
async function schermafdruk(doel, naam, opties = {}, voorReadme = false) {
    await doel.screenshot({ path: path.join(uitvoer, naam), ...opties });
    if (voorReadme && readmeAfbeeldingen) {
        fs.mkdirSync(readmeAfbeeldingen, { recursive: true });
        fs.copyFileSync(path.join(uitvoer, naam), path.join(readmeAfbeeldingen, naam));
    }
}

/** Every log file under a folder (the user data's logs: one folder per window, one per extension host). */
function logBestanden(map) {
    if (!fs.existsSync(map)) return [];
    return fs
        .readdirSync(map, { withFileTypes: true, recursive: true })
        .filter((f) => f.isFile() && f.name.endsWith('.log'))
        .map((f) => path.join(f.parentPath, f.name));
}

const mappen = maakThuis('gebruiker');
// No chat in the secondary side bar: the screenshots show the editor, the preview and the Explorer.
const instellingenPad = path.join(mappen.userData, 'User', 'settings.json');
fs.writeFileSync(
    instellingenPad,
    JSON.stringify(
        {
            ...JSON.parse(fs.readFileSync(instellingenPad, 'utf8')),
            'workbench.secondarySideBar.defaultVisibility': 'hidden',
            'chat.disableAIFeatures': true,
        },
        null,
        2,
    ),
);
installeerVsix(mappen, vsix);
// The packaged VSIX holds the file icons that package.json names.
const geinstalleerd = fs.readdirSync(mappen.extensies).find((n) => n.startsWith('opgave.opgave-'));
if (!geinstalleerd) throw new Error('de extensie staat niet in de extensiemap');
const taal = JSON.parse(fs.readFileSync(path.join(mappen.extensies, geinstalleerd, 'package.json'), 'utf8')).contributes.languages[0];
for (const icoon of [taal.icon.light, taal.icon.dark]) {
    if (!fs.existsSync(path.join(mappen.extensies, geinstalleerd, icoon))) throw new Error(`bestandsicoon ${icoon} ontbreekt in de VSIX`);
}
const werkMap = fs.mkdtempSync(path.join(os.tmpdir(), 'opgave-gebruiker-'));
const werk = path.join(werkMap, 'fouten & co');
fs.cpSync(path.join(REPO, 'examples', 'fouten'), werk, { recursive: true });

const server = await startCodeServer(mappen);
const browser = await startBrowser();
let gelukt = false;
let page;
try {
    page = await browser.newPage({ viewport: { width: 1600, height: 1000 } });
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

    // The rule link of a finding opens the rendered rule page, not the raw Markdown file.
    await page.locator('.markers-panel .monaco-list-row', { hasText: 'sturingsprofessional' }).first().locator('a.monaco-link').click();
    const regelTab = page.locator('.tabs-container .tab', { hasText: 'driehoek-onvolledig' });
    await regelTab.first().waitFor({ timeout: 30000 });
    const regelTabs = await regelTab.allInnerTexts();
    await schermafdruk(page, 'regel.png');
    console.log(`Regellink in het Problemen-paneel opent: ${regelTabs.join(' | ')}`);
    if (!regelTabs.every((t) => /^(Preview|Voorbeeld)\b/.test(t.trim())))
        throw new Error(`de regellink opende geen weergegeven regelpagina: ${regelTabs.join(' | ')}`);
    await regelTab.first().locator('.tab-actions .action-label').click();
    await rij.click();
    await page.locator('.tabs-container .tab.active', { hasText: 'leefomgeving.opgave' }).waitFor({ timeout: 30000 });

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

    // The portfolio tree in the Explorer: thema → opgave → opdracht, werkwijze · phase, a badge.
    // Room for the tree: the Problems panel closed, the folder pane collapsed.
    await page.keyboard.press('Control+J');
    const mapKop = page.locator('.pane-header', { hasText: 'fouten & co' });
    if ((await mapKop.getAttribute('aria-expanded')) === 'true') await mapKop.click();
    const kop = page.locator('.pane-header', { hasText: /^Portfolio/ });
    await kop.waitFor({ timeout: 30000 });
    if ((await kop.getAttribute('aria-expanded')) !== 'true') await kop.click();
    const boomRij = page.locator('.monaco-list-row', { hasText: 'Veilige fietsroute naar de scholen' });
    await boomRij.waitFor({ timeout: 30000 });
    const boomTekst = await boomRij.innerText();
    console.log(`Portfolio-boom: ${boomTekst.replace(/\s+/g, ' ')}`);
    if (!boomTekst.includes('project · fase definitie')) throw new Error('de boom toont geen werkwijze en fase bij de opdracht');
    // A wider side bar, so the descriptions (werkwijze · phase) are not cut off.
    const zijbalk = await page.locator('.part.sidebar').boundingBox();
    if (zijbalk) {
        const x = zijbalk.x + zijbalk.width + 1;
        await page.mouse.move(x, zijbalk.y + zijbalk.height / 2);
        await page.mouse.down();
        await page.mouse.move(x + 180, zijbalk.y + zijbalk.height / 2, { steps: 10 });
        await page.mouse.up();
    }
    await boomRij.click();
    await page.locator('.tabs-container .tab.active', { hasText: 'leefomgeving.opgave' }).waitFor({ timeout: 20000 });
    await page.waitForTimeout(500);
    // The Explorer and the first editor group.
    const groep = await page.locator('.editor-group-container').first().boundingBox();
    await schermafdruk(
        page,
        'boom.png',
        { clip: { x: 0, y: 0, width: Math.round(groep ? groep.x + groep.width : 1100), height: 720 } },
        true,
    );

    // The preview beside the editor at about 500 px: no side bar, the editor groups equally wide.
    await page.keyboard.press('F1');
    await page.keyboard.type('View: Toggle Primary Side Bar Visibility');
    await page.waitForTimeout(500);
    await page.keyboard.press('Enter');
    await page.setViewportSize({ width: 1050, height: 800 });
    await page.waitForTimeout(500);
    await page.keyboard.press('F1');
    await page.keyboard.type('View: Reset Editor Group Sizes');
    await page.waitForTimeout(500);
    await page.keyboard.press('Enter');
    await page.waitForTimeout(2000);
    const breedtes = await page
        .locator('.webview.ready, iframe.webview')
        .evaluateAll((els) => els.map((e) => Math.round(e.getBoundingClientRect().width)));
    const breedte = Math.max(0, ...breedtes);
    console.log(`Voorbeeld naast de editor: ${breedte} px breed`);
    if (breedte < 420 || breedte > 580) throw new Error(`het voorbeeld is ${breedte} px breed, niet ongeveer 500`);
    await schermafdruk(page, 'voorbeeld-500.png', {}, true);

    // Reload the window; the extension host log of the window that closed must stay clean.
    await page.locator('.monaco-editor .view-lines').first().click();
    await page.keyboard.press('F1');
    await page.keyboard.type('Developer: Reload Window');
    await page.waitForTimeout(500);
    await page.keyboard.press('Enter');
    await page.waitForTimeout(3000);
    await page.locator('.tabs-container .tab', { hasText: 'leefomgeving.opgave' }).first().waitFor({ timeout: 60000 });
    const begin2 = Date.now();
    let actief = false;
    while (!actief && Date.now() - begin2 < 60000) {
        await page.waitForTimeout(1000);
        const hosts = logBestanden(path.join(mappen.userData, 'logs')).filter((f) => path.basename(f) === 'remoteexthost.log');
        actief = hosts.length >= 2 && hosts.some((f) => /exthost2/.test(f) && fs.readFileSync(f, 'utf8').includes('opgave.opgave'));
    }
    if (!actief) throw new Error('na het herladen werd de extensie niet opnieuw gestart');
    await page.waitForTimeout(3000);
    const fouten = logBestanden(path.join(mappen.userData, 'logs'))
        .filter((f) => /exthost/.test(f))
        .flatMap((f) =>
            fs
                .readFileSync(f, 'utf8')
                .split('\n')
                .filter((r) => r.includes('Starting server failed'))
                .map((r) => `${path.relative(mappen.userData, f)}: ${r}`),
        );
    console.log(`Herladen: ${fouten.length} keer "Starting server failed" in de logboeken van de extensiehost`);
    if (fouten.length > 0) throw new Error(`"Starting server failed" na herladen:\n${fouten.join('\n')}`);

    // The preview comes back by itself (webview serializer) with the portfolio read, not empty.
    let terug;
    const begin3 = Date.now();
    while (!terug && Date.now() - begin3 < 60000) {
        for (const frame of page.frames()) {
            terug = await frame
                .evaluate(() => {
                    const b = document.body;
                    const portfolio = document.querySelector('section.portfolio');
                    return b && b.getAttribute('data-mermaid') === 'klaar' && portfolio ? portfolio.innerText.slice(0, 400) : undefined;
                })
                .catch(() => undefined);
            if (terug) break;
        }
        if (!terug) await page.waitForTimeout(500);
    }
    await schermafdruk(page, 'na-herladen.png');
    console.log(`Voorbeeld na herladen: ${JSON.stringify(terug?.slice(0, 120))}`);
    if (!terug) throw new Error('het voorbeeld kwam na het herladen niet terug');
    if (!terug.includes('Gemeente Voorbeeldwaard')) throw new Error('het voorbeeld kwam na het herladen terug zonder het portfolio');
    gelukt = true;
    console.log(
        `OK: VSIX geïnstalleerd, bevindingen en regellink, voorbeeld getekend, portfolio-boom, herladen zonder fout en met het voorbeeld terug; schermafdrukken in ${path.relative(REPO, uitvoer)}`,
    );
} catch (e) {
    console.error(`FOUT: ${e instanceof Error ? e.message : String(e)}`);
    await page?.screenshot({ path: path.join(uitvoer, 'fout.png') }).catch(() => undefined);
    console.error(server.log().split('\n').slice(-20).join('\n'));
} finally {
    await browser.close().catch(() => undefined);
    await server.stop();
    ruimOp(mappen);
    fs.rmSync(werkMap, { recursive: true, force: true });
}
process.exit(gelukt ? 0 : 1);

// Extension-host tests of the preview panel in a real VS Code (code-server): it follows the cursor
// from one opdracht to another and onto an opgave or thema without an edit and without asking the
// server again, it comes back from the webview serializer with the saved page, and a diagram
// node's key opens its declaration. The webview's own DOM (clicks on SVG nodes, the 500 px layout)
// is tested in the browser by test/e2e/breedte.mjs. Earlier suites may have edited the files of
// the workspace: every position is found by its text.
const assert = require('node:assert/strict');
const fs = require('node:fs');
const path = require('node:path');
const vscode = require('vscode');
const { bestand, wacht } = require('./hulp.cjs');

const rust = (ms) => new Promise((r) => setTimeout(r, ms));

/**
 * Waits until the panel has sent no report request for 2.5 s (at most 20 s): the earlier suites'
 * file changes reach the preview's file watcher late, and each asks for the reports again after
 * a pause of 1 s.
 */
async function stil(paneel) {
    const einde = Date.now() + 20000;
    let n = -1;
    while (paneel.aanvragen !== n && Date.now() < einde) {
        n = paneel.aanvragen;
        await rust(2500);
        await paneel.gerenderd;
    }
}

/** Puts the cursor on the line where `tekst` starts (a little into it). */
function zetCursor(editor, tekst) {
    const i = editor.document.getText().indexOf(tekst);
    assert.ok(i >= 0, `niet gevonden: ${tekst}`);
    const pos = editor.document.positionAt(i + 2);
    editor.selection = new vscode.Selection(pos, pos);
}

describe('Voorbeeldvenster (code-server)', function () {
    let api;
    let editor;

    before(async () => {
        const ext = vscode.extensions.all.find((e) => e.packageJSON.name === 'opgave');
        assert.ok(ext, 'extensie geladen');
        const doc = await vscode.workspace.openTextDocument(bestand('leefomgeving.opgave'));
        editor = await vscode.window.showTextDocument(doc, vscode.ViewColumn.One);
        api = await ext.activate();
        zetCursor(editor, 'opdracht project-fietsroute');
        await vscode.commands.executeCommand('opgave.openPreview');
        await wacht(() => api.preview()?.huidigeKeuze.opdrachtPagina === 'opdrachten/project-fietsroute.md', 20000, 'voorbeeld open');
        await api.preview().gerenderd;
        // The panel opened beside without taking the focus; the editor stays active.
        editor = await vscode.window.showTextDocument(doc, vscode.ViewColumn.One);
    });

    it('follows the cursor from one opdracht to another without an edit, asking only for the new page', async () => {
        const paneel = api.preview();
        await stil(paneel);
        const versie = editor.document.version;
        const aanvragen = paneel.aanvragen;
        assert.match(paneel.huidigeHtml, /<section class="opdracht" data-pagina="opdrachten\/project-fietsroute.md">/);
        // The answer holds the pages shown, not every report (a large portfolio has thousands).
        assert.deepEqual(Object.keys(paneel.rapporten.bestanden).sort(), ['README.md', 'opdrachten/project-fietsroute.md']);
        assert.ok(paneel.rapporten.alle.includes('opdrachten/project-speelplekken.md'));
        zetCursor(editor, 'opdracht project-speelplekken');
        await wacht(() => paneel.huidigeHtml.includes('data-pagina="opdrachten/project-speelplekken.md"'), 10000, 'andere opdracht');
        assert.doesNotMatch(paneel.huidigeHtml, /data-pagina="opdrachten\/project-fietsroute.md"/);
        assert.match(paneel.huidigeHtml, /Opdracht: Vernieuwing speelplekken/);
        assert.equal(paneel.aanvragen, aanvragen + 1, 'één vraag aan de server, om de pagina van de andere opdracht');
        // The cursor inside the opdracht's blocks still shows that opdracht, without asking again.
        zetCursor(editor, 'sturingsprofessional weth-sport');
        await rust(800);
        await paneel.gerenderd;
        assert.equal(paneel.huidigeKeuze.opdrachtPagina, 'opdrachten/project-speelplekken.md');
        assert.equal(editor.document.version, versie, 'geen bewerking');
        assert.equal(paneel.aanvragen, aanvragen + 1, 'geen nieuwe vraag aan de server binnen dezelfde opdracht');
    });

    it('shows the portfolio page with the opgave or thema under the cursor highlighted', async () => {
        const paneel = api.preview();
        await stil(paneel);
        const aanvragen = paneel.aanvragen;
        zetCursor(editor, 'opgave veilig-fietsen');
        await wacht(() => paneel.huidigeKeuze.focus === 'opgave:veilig-fietsen', 10000, 'focus op de opgave');
        await paneel.gerenderd;
        assert.equal(paneel.huidigeKeuze.opdrachtPagina, undefined);
        assert.doesNotMatch(paneel.huidigeHtml, /<section class="opdracht"/);
        assert.match(paneel.huidigeHtml, /<section class="portfolio" data-pagina="README.md">/);
        assert.match(paneel.huidigeHtml, /&quot;focus&quot;:&quot;opgave:veilig-fietsen&quot;/);
        // Another opgave of the same page: only the highlight moves.
        zetCursor(editor, 'opgave buiten-spelen');
        await wacht(() => paneel.huidigeKeuze.focus === 'opgave:buiten-spelen', 10000, 'focus op de tweede opgave');
        // A thema in another file of the same portfolio.
        const org = await vscode.window.showTextDocument(
            await vscode.workspace.openTextDocument(bestand('organisatie.opgave')),
            vscode.ViewColumn.One,
        );
        zetCursor(org, 'thema leefomgeving');
        await wacht(() => paneel.huidigeKeuze.focus === 'thema:leefomgeving', 10000, 'focus op het thema');
        await paneel.gerenderd;
        assert.equal(paneel.aanvragen, aanvragen, 'dezelfde portfolio: het laatste antwoord is hergebruikt');
        editor = await vscode.window.showTextDocument(editor.document, vscode.ViewColumn.One);
    });

    it('asks the server again after an edit', async () => {
        editor = await vscode.window.showTextDocument(
            await vscode.workspace.openTextDocument(bestand('leefomgeving.opgave')),
            vscode.ViewColumn.One,
        );
        await wacht(() => vscode.window.activeTextEditor?.document === editor.document, 10000, 'editor actief');
        const paneel = api.preview();
        const aanvragen = paneel.aanvragen;
        const doc = editor.document;
        const i = doc.getText().indexOf('"Vernieuwing speelplekken"');
        assert.ok(i >= 0);
        const edit = new vscode.WorkspaceEdit();
        edit.replace(
            doc.uri,
            new vscode.Range(doc.positionAt(i), doc.positionAt(i + '"Vernieuwing speelplekken"'.length)),
            '"Nieuwe speelplekken"',
        );
        await vscode.workspace.applyEdit(edit);
        zetCursor(editor, 'opdracht project-speelplekken');
        await wacht(() => paneel.huidigeHtml.includes('Opdracht: Nieuwe speelplekken'), 10000, 'bewerking zichtbaar');
        assert.ok(paneel.aanvragen > aanvragen);
        const terug = new vscode.WorkspaceEdit();
        const j = doc.getText().indexOf('"Nieuwe speelplekken"');
        terug.replace(
            doc.uri,
            new vscode.Range(doc.positionAt(j), doc.positionAt(j + '"Nieuwe speelplekken"'.length)),
            '"Vernieuwing speelplekken"',
        );
        await vscode.workspace.applyEdit(terug);
        await wacht(() => paneel.huidigeHtml.includes('Opdracht: Vernieuwing speelplekken'), 10000, 'terug');
    });

    it('follows files that change on disk outside the editor (a git pull)', async () => {
        const paneel = api.preview();
        await paneel.gerenderd;
        const pad = bestand('van-schijf.opgave').fsPath;
        try {
            fs.writeFileSync(pad, 'opgave van-schijf "Opgave van de schijf" {\n    thema leefomgeving\n}\n');
            await wacht(() => paneel.huidigeHtml.includes('Opgave van de schijf'), 15000, 'nieuw bestand zichtbaar');
        } finally {
            fs.rmSync(pad, { force: true });
        }
        await wacht(() => !paneel.huidigeHtml.includes('Opgave van de schijf'), 15000, 'verwijderd bestand weg');
    });

    it('opens the declaration of a diagram node key', async () => {
        const paneel = api.preview();
        await paneel.gerenderd;
        // The panel's answer has the pages it shows; the server's full answer has every diagram.
        const r = await api.client.sendRequest('workspace/executeCommand', { command: 'opgave.server.rapporten', arguments: [] });
        for (const antwoord of [paneel.rapporten, r]) {
            // Every key the diagrams of the answer name is a known source location.
            for (const s of Object.values(antwoord.knopen).flatMap((blokken) => blokken.flatMap((k) => Object.values(k)))) {
                assert.ok(antwoord.bronnen[s], `geen bron voor ${s}`);
            }
        }
        const sleutels = Object.values(r.knopen).flatMap((blokken) => blokken.flatMap((k) => Object.values(k)));
        assert.ok(sleutels.length > 10, `${sleutels.length} knopen`);
        for (const [sleutel, verwacht] of [
            ['opgave:buiten-spelen', /^opgave buiten-spelen /],
            ['thema:samenleving', /^thema samenleving /],
            ['rol:project-fietsroute/ambtelijk-opdrachtgever', /^\s*ambtelijk-opdrachtgever tl-wegen/],
            ['project-dorpshart', /^opdracht project-dorpshart /],
            // The link of an opdracht row in a report table sends its page.
            ['opdrachten/project-kindcentrum.md', /^opdracht project-kindcentrum /],
        ]) {
            const geopend = await paneel.ontvang({ type: 'open', id: sleutel });
            assert.ok(geopend, sleutel);
            const regel = geopend.document.lineAt(geopend.selection.active.line).text;
            assert.match(
                regel,
                verwacht,
                `${sleutel} → ${path.basename(geopend.document.uri.fsPath)}:${geopend.selection.active.line + 1}`,
            );
            assert.equal(vscode.window.activeTextEditor?.document.uri.toString(), geopend.document.uri.toString());
        }
        // A key of a DIN node (the programma in samenleving.opgave).
        const din = sleutels.find((s) => s.startsWith('doel:'));
        assert.ok(din, 'een doel in een DIN');
        const geopend = await paneel.ontvang({ type: 'open', id: din });
        assert.match(geopend.document.lineAt(geopend.selection.active.line).text, new RegExp(`^\\s*doel ${din.split('/').at(-1)}\\b`));
    });

    it('comes back from the serializer with the saved page and scroll position', async () => {
        const ext = vscode.extensions.all.find((e) => e.packageJSON.name === 'opgave');
        assert.ok(ext.packageJSON.activationEvents.includes('onWebviewPanel:opgave.preview'));
        const oud = api.preview();
        const Klasse = oud.constructor;
        assert.ok(Klasse.serializer, 'serializer geregistreerd');
        // As after a reload: VS Code hands a fresh panel and the webview's saved state.
        const vers = vscode.window.createWebviewPanel(
            'opgave.preview',
            'Opgave: voorbeeld',
            { viewColumn: vscode.ViewColumn.Two, preserveFocus: true },
            {},
        );
        const staat = { pagina: 'personen.md', opdrachtPagina: 'opdrachten/project-dorpshart.md', focus: 'project-dorpshart', scroll: 240 };
        await Klasse.serializer.deserializeWebviewPanel(vers, staat);
        const paneel = api.preview();
        assert.notEqual(paneel, oud, 'het herstelde paneel is het voorbeeld');
        assert.ok(vers.webview.options.enableScripts, 'scripts weer aan');
        assert.match(paneel.huidigeHtml, /<section class="opdracht" data-pagina="opdrachten\/project-dorpshart.md">/);
        assert.match(paneel.huidigeHtml, /<section class="portfolio" data-pagina="personen.md">/);
        assert.match(paneel.huidigeHtml, /&quot;scroll&quot;:240/);
        assert.match(paneel.huidigeHtml, /Content-Security-Policy" content="default-src 'none';[^"]*script-src 'nonce-[^']+'/);
        // Garbage state: the portfolio page, no crash.
        const nog = vscode.window.createWebviewPanel(
            'opgave.preview',
            'Opgave: voorbeeld',
            { viewColumn: vscode.ViewColumn.Two, preserveFocus: true },
            {},
        );
        await Klasse.serializer.deserializeWebviewPanel(nog, { pagina: 42, scroll: 'x' });
        assert.match(api.preview().huidigeHtml, /<section class="portfolio" data-pagina="README.md">/);
        // And it follows the cursor again afterwards.
        editor = await vscode.window.showTextDocument(editor.document, vscode.ViewColumn.One);
        await wacht(() => vscode.window.activeTextEditor?.document === editor.document, 10000, 'editor actief');
        zetCursor(editor, 'opdracht project-fietsroute');
        await wacht(() => api.preview().huidigeHtml.includes('data-pagina="opdrachten/project-fietsroute.md"'), 10000, 'volgt weer').catch(
            (e) => {
                const p = api.preview();
                const uris = [...new Set(Object.values(p?.rapporten?.bronnen ?? {}).map((b) => b.uri))];
                const actief = vscode.window.activeTextEditor?.document.uri.toString();
                throw new Error(
                    `${e.message}: ${JSON.stringify(p?.huidigeKeuze)} actief ${actief} bronnen ${uris.join(' ')} aanvragen ${p?.aanvragen}`,
                );
            },
        );
    });
});

// Extension-host tests in a real VS Code (code-server): open the examples and check diagnostics,
// completion, hover, definition, rename and every quick fix through vscode.commands.executeCommand.
const assert = require('node:assert/strict');
const path = require('node:path');
const { spawnSync } = require('node:child_process');
const vscode = require('vscode');
const { REPO, map, bestand, wacht, codeVan, opgaveDiagnosen, positie } = require('./hulp.cjs');

const codes = (uri) => opgaveDiagnosen(uri).map(codeVan);

describe('Opgave-extensie in VS Code (code-server)', function () {
    let leef;

    before(async () => {
        const ext = vscode.extensions.all.find((e) => e.packageJSON.name === 'opgave');
        assert.ok(ext, 'extensie geladen');
        leef = await vscode.workspace.openTextDocument(bestand('leefomgeving.opgave'));
        await vscode.window.showTextDocument(leef);
        await ext.activate();
        await wacht(() => codes(bestand('samenleving.opgave')).length > 0 && codes(leef.uri).length > 0, 30000, 'diagnostics');
    });

    it('shows the same findings as opgave check --format json', async () => {
        await new Promise((r) => setTimeout(r, 1000));
        const r = spawnSync(process.execPath, [path.join(REPO, 'dist', 'cli.cjs'), 'check', map(), '--format', 'json'], {
            encoding: 'utf8',
            env: { ...process.env, ELECTRON_RUN_AS_NODE: '1' },
        });
        const cli = JSON.parse(r.stdout);
        for (const naam of ['leefomgeving.opgave', 'samenleving.opgave', 'organisatie.opgave']) {
            const verwacht = cli
                .filter((b) => path.basename(b.file) === naam)
                .map((b) => `${b.line - 1}:${b.column - 1} ${b.ruleId} ${b.message}`)
                .sort();
            const kregen = vscode.languages
                .getDiagnostics(bestand(naam))
                .map(
                    (d) =>
                        `${d.range.start.line}:${d.range.start.character} ${typeof d.code === 'object' ? d.code.value : d.code} ${d.message}`,
                )
                .sort();
            assert.deepEqual(kregen, verwacht, naam);
        }
        const d = vscode.languages.getDiagnostics(leef.uri)[0];
        assert.equal(typeof d.code, 'object');
        // The rule link goes through the extension's URI handler (boom.test.cjs opens it).
        assert.match(d.code.target.toString(), /^[a-z-]+:\/\/opgave\.opgave\/regel\/[a-z-]+$/);
    });

    it('checks opgave.config.json against the schema the extension contributes: an unknown key is marked', async () => {
        const fs = require('node:fs');
        const uri = bestand('schema-proef', 'opgave.config.json');
        fs.mkdirSync(path.dirname(uri.fsPath), { recursive: true });
        fs.writeFileSync(uri.fsPath, '{\n  "peildatum": "2026-11-29",\n  "uitvoor": "docs/portfolio"\n}\n');
        try {
            const doc = await vscode.workspace.openTextDocument(uri);
            await vscode.window.showTextDocument(doc);
            const opSleutel = () =>
                vscode.languages.getDiagnostics(uri).filter((d) => d.range.start.line === 2 && doc.getText(d.range).includes('uitvoor'));
            await wacht(() => opSleutel().length > 0, 30000, 'een melding op de onbekende sleutel uitvoor');
            assert.ok(!vscode.languages.getDiagnostics(uri).some((d) => d.range.start.line === 1), 'peildatum is goed');
        } finally {
            await vscode.commands.executeCommand('workbench.action.closeActiveEditor');
            fs.rmSync(path.dirname(uri.fsPath), { recursive: true, force: true });
        }
    });

    it('completes only fitting persons after bestuurlijk-opdrachtgever', async () => {
        const pos = positie(leef, 'bestuurlijk-opdrachtgever weth-ruimte', 'bestuurlijk-opdrachtgever '.length);
        const lijst = await vscode.commands.executeCommand('vscode.executeCompletionItemProvider', leef.uri, pos);
        const labels = lijst.items.map((i) => (typeof i.label === 'string' ? i.label : i.label.label));
        assert.ok(labels.includes('weth-jeugd'), labels.join(','));
        assert.ok(!labels.includes('tl-wegen') && !labels.includes('pm-vastgoed'), labels.join(','));
        // No snippets or keywords in a slot (VS Code asks every provider, static snippets included).
        const verkeerd = lijst.items.filter(
            (i) => i.kind === vscode.CompletionItemKind.Snippet || i.kind === vscode.CompletionItemKind.Keyword,
        );
        assert.deepEqual(
            verkeerd.map((i) => (typeof i.label === 'string' ? i.label : i.label.label)),
            [],
        );
    });

    it('hovers a keyword and a reference', async () => {
        const h1 = await vscode.commands.executeCommand('vscode.executeHoverProvider', leef.uri, positie(leef, 'driehoek {', 2));
        assert.match(h1.map((h) => h.contents.map((c) => c.value ?? c).join()).join(), /H4, De sturingsdriehoek/);
        const h2 = await vscode.commands.executeCommand(
            'vscode.executeHoverProvider',
            leef.uri,
            positie(leef, 'ambtelijk-opdrachtgever tl-wegen', 26),
        );
        assert.match(h2.map((h) => h.contents.map((c) => c.value ?? c).join()).join(), /Teamleider Wegen/);
    });

    it('goes to the definition in another file', async () => {
        const defs = await vscode.commands.executeCommand(
            'vscode.executeDefinitionProvider',
            leef.uri,
            positie(leef, 'ambtelijk-opdrachtgever tl-wegen', 26),
        );
        const doel = defs[0].targetUri ?? defs[0].uri;
        assert.equal(path.basename(doel.fsPath), 'organisatie.opgave');
    });

    it('renames across files', async () => {
        const edit = await vscode.commands.executeCommand(
            'vscode.executeDocumentRenameProvider',
            leef.uri,
            positie(leef, 'bestuurlijk-opdrachtgever weth-ruimte', 28),
            'weth-verkeer',
        );
        const bestanden = edit
            .entries()
            .map(([uri]) => path.basename(uri.fsPath))
            .sort();
        assert.ok(bestanden.includes('organisatie.opgave') && bestanden.includes('leefomgeving.opgave'), bestanden.join(','));
    });

    it('explains the rule under the cursor', async () => {
        const editor = await vscode.window.showTextDocument(leef);
        const d = vscode.languages.getDiagnostics(leef.uri)[0];
        editor.selection = new vscode.Selection(d.range.start, d.range.start);
        const id = await vscode.commands.executeCommand('opgave.legRegelUit');
        assert.equal(id, typeof d.code === 'object' ? d.code.value : d.code);
    });

    it('opens the preview', async () => {
        // On an opdracht, so the preview opens on its page (with the driehoek diagram).
        const editor = await vscode.window.showTextDocument(leef);
        const op = leef.positionAt(leef.getText().indexOf('opdracht project-fietsroute'));
        editor.selection = new vscode.Selection(op, op);
        const paneel = await vscode.commands.executeCommand('opgave.openPreview');
        assert.ok(paneel);
        await paneel.gerenderd;
        assert.match(paneel.huidigeHtml, /Content-Security-Policy" content="default-src 'none';[^"]*script-src 'nonce-[^']+'/);
        assert.match(paneel.huidigeHtml, /<pre class="mermaid">/);
        // Follows edits (debounced) and escapes user text.
        const titel = 'Veilige fietsroute naar de scholen';
        const i = leef.getText().indexOf(titel);
        const edit = new vscode.WorkspaceEdit();
        edit.replace(
            leef.uri,
            new vscode.Range(leef.positionAt(i), leef.positionAt(i + titel.length)),
            'Fietsroute <script>alert(1)</script> & co',
        );
        await vscode.workspace.applyEdit(edit);
        await wacht(
            () => paneel.huidigeHtml.includes('Fietsroute &lt;script&gt;alert(1)&lt;/script&gt; &amp; co'),
            10000,
            'voorbeeld volgt de wijziging',
        );
        assert.ok(!paneel.huidigeHtml.includes('<script>alert(1)'));
        await vscode.commands.executeCommand('undo');
        const terug = new vscode.WorkspaceEdit();
        const j = leef.getText().indexOf('Fietsroute <script>');
        if (j >= 0) {
            terug.replace(
                leef.uri,
                new vscode.Range(leef.positionAt(j), leef.positionAt(j + 'Fietsroute <script>alert(1)</script> & co'.length)),
                titel,
            );
            await vscode.workspace.applyEdit(terug);
        }
    });

    // Every rule with a fix, read from the rule modules through the CLI (`fixable` in
    // `opgave rules --format json`): this CommonJS suite runs inside VS Code and cannot import them.
    const regels = spawnSync(process.execPath, [path.join(REPO, 'dist', 'cli.cjs'), 'rules', '--format', 'json'], {
        encoding: 'utf8',
        env: { ...process.env, ELECTRON_RUN_AS_NODE: '1' },
    });
    // On a failed run the list is empty and the first test below says why.
    const FIXES =
        regels.status === 0
            ? JSON.parse(regels.stdout)
                  .filter((r) => r.fixable)
                  .map((r) => r.id)
            : [];
    it('lists the rules with a fix through opgave rules', () => {
        assert.equal(regels.status, 0, regels.stderr);
        assert.ok(FIXES.length > 0);
    });
    for (const regel of FIXES) {
        it(`applies the quick fix for ${regel}`, async () => {
            if (regel === 'situatie-onbeschreven') {
                // Make the finding appear: drop the gewenste-situatie of opgave veilig-fietsen.
                const doc = await vscode.workspace.openTextDocument(bestand('leefomgeving.opgave'));
                const i = doc.getText().indexOf('    gewenste-situatie "Negen');
                const edit = new vscode.WorkspaceEdit();
                edit.delete(doc.uri, new vscode.Range(doc.positionAt(i), doc.positionAt(doc.getText().indexOf('\n', i) + 1)));
                await vscode.workspace.applyEdit(edit);
            }
            const vind = () => {
                for (const [uri, lijst] of vscode.languages.getDiagnostics()) {
                    const d = lijst.find((x) => x.source === 'opgave' && (typeof x.code === 'object' ? x.code.value : x.code) === regel);
                    if (d) return [uri, d];
                }
                return undefined;
            };
            await wacht(() => vind() !== undefined, 20000, `${regel} aanwezig`);
            const [uri, d] = vind();
            // Code actions need the document loaded in the editor model.
            await vscode.window.showTextDocument(await vscode.workspace.openTextDocument(uri));
            // A request that races with a rebuild is cancelled by the server; ask again, as an editor does.
            let acties = [];
            for (let poging = 0; poging < 10; poging++) {
                try {
                    acties = await vscode.commands.executeCommand(
                        'vscode.executeCodeActionProvider',
                        uri,
                        d.range,
                        vscode.CodeActionKind.QuickFix.value,
                    );
                    if (acties.length > 0) break;
                } catch (e) {
                    if (!/Cancel/i.test(String(e))) throw e;
                }
                await new Promise((r) => setTimeout(r, 300));
            }
            const actie = acties.find((a) => a.diagnostics?.some((x) => x.message === d.message)) ?? acties[0];
            assert.ok(actie && actie.edit, `quick fix voor ${regel}`);
            assert.ok(await vscode.workspace.applyEdit(actie.edit));
            await wacht(
                () => !vscode.languages.getDiagnostics().some(([, l]) => l.some((x) => x.message === d.message)),
                20000,
                `${regel} verdwenen`,
            );
            const syntax = vscode.languages
                .getDiagnostics()
                .flatMap(([, l]) => l)
                .filter((x) => (typeof x.code === 'object' ? x.code.value : x.code) === 'syntaxis');
            assert.deepEqual(
                syntax.map((x) => x.message),
                [],
            );
        });
    }
});

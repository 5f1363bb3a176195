// Extension-host tests in a real VS Code (code-server) of the language features: completion that
// opens by itself when a space is typed after a slot keyword (and lists no snippets there), the
// hierarchical outline, a link to an existing decision document and the driehoek-onvolledig range.
// The suite writes its own file into the workspace copy (earlier suites may have edited the
// example files) and removes it afterwards.
const assert = require('node:assert/strict');
const path = require('node:path');
const vscode = require('vscode');
const { map, bestand, wacht, codeVan: code, vraag } = require('./hulp.cjs');

const TEKST = `persoon taal-weth "Wethouder Taal" {
    functie wethouder
}
persoon taal-pm "Projectmanager Taal" {
    functie projectmanager
}
opgave taal-opgave "Taal" {
    bedoeling "Proef"
}
opgave taal-deel "Deel" {
    deel-van taal-opgave
}
opdracht taal-opdracht "Taal" voor taal-opgave {
    werkwijze project
    driehoek {
        bestuurlijk-opdrachtgever taal-weth
        sturingsprofessional taal-pm
    }
    fasen {
        initiatief afgerond 2026-01-01 besluit go document startdocument "taal-stukken/start.pdf"
        definitie actief document projectplan "taal-stukken/bestaat-niet.pdf"
    }
}
`;

describe('Taalfuncties in VS Code (code-server)', function () {
    let doc;
    let api;

    before(async () => {
        const ext = vscode.extensions.all.find((e) => e.packageJSON.name === 'opgave');
        assert.ok(ext, 'extensie geladen');
        api = await ext.activate();
        await vscode.workspace.fs.writeFile(bestand('taal-stukken', 'start.pdf'), Buffer.from('startdocument'));
        await vscode.workspace.fs.writeFile(bestand('taal-test.opgave'), Buffer.from(TEKST));
        doc = await vscode.workspace.openTextDocument(bestand('taal-test.opgave'));
        await vscode.window.showTextDocument(doc);
        await wacht(() => vscode.languages.getDiagnostics(doc.uri).some((d) => code(d) === 'driehoek-onvolledig'), 30000, 'diagnostics');
    });

    after(async () => {
        await vscode.window.showTextDocument(doc);
        await vscode.commands.executeCommand('workbench.action.revertAndCloseActiveEditor');
        await vscode.workspace.fs.delete(bestand('taal-test.opgave'));
        await vscode.workspace.fs.delete(bestand('taal-stukken'), { recursive: true });
    });

    it('registers space and comma as trigger characters of the server', () => {
        const tekens = api.client.initializeResult?.capabilities.completionProvider?.triggerCharacters ?? [];
        assert.ok(tekens.includes(' ') && tekens.includes(','), JSON.stringify(tekens));
    });

    it('opens completion by itself when a space is typed after bestuurlijk-opdrachtgever', async () => {
        const editor = await vscode.window.showTextDocument(doc);
        // A new role line without a name: the cursor right after the keyword.
        const regel = doc.positionAt(doc.getText().indexOf('        sturingsprofessional taal-pm'));
        await editor.edit((e) => e.insert(regel, '        bestuurlijk-opdrachtgever\n'));
        const eind = new vscode.Position(regel.line, '        bestuurlijk-opdrachtgever'.length);
        editor.selection = new vscode.Selection(eind, eind);
        // Watch the requests the editor sends to the server.
        const verzoeken = [];
        const opties = api.client.clientOptions;
        const oud = opties.middleware;
        opties.middleware = {
            ...(oud ?? {}),
            provideCompletionItem: async (d, p, context, token, volgende) => {
                const antwoord = await volgende(d, p, context, token);
                verzoeken.push({ context, antwoord });
                return antwoord;
            },
        };
        try {
            await vscode.commands.executeCommand('type', { text: ' ' });
            await wacht(() => verzoeken.length > 0, 10000, 'aanvulling na een spatie');
        } finally {
            opties.middleware = oud;
            await vscode.commands.executeCommand('hideSuggestWidget');
            await editor.edit((e) => e.replace(new vscode.Range(doc.positionAt(0), doc.positionAt(doc.getText().length)), TEKST));
        }
        const { context, antwoord } = verzoeken[0];
        assert.equal(context.triggerKind, vscode.CompletionTriggerKind.TriggerCharacter);
        assert.equal(context.triggerCharacter, ' ');
        const items = Array.isArray(antwoord) ? antwoord : (antwoord?.items ?? []);
        const labels = items.map((i) => (typeof i.label === 'string' ? i.label : i.label.label));
        assert.ok(labels.includes('taal-weth') && !labels.includes('taal-pm'), labels.join(','));
    });

    it('lists no snippets and no keywords in the slot (all providers, as the suggest list)', async () => {
        const pos = doc.positionAt(doc.getText().indexOf('bestuurlijk-opdrachtgever taal-weth') + 'bestuurlijk-opdrachtgever '.length);
        // Opened by the typed space and by hand (ctrl+space): the same names, nothing else.
        for (const teken of [' ', undefined]) {
            const lijst = await vraag('vscode.executeCompletionItemProvider', doc.uri, pos, teken);
            const labels = lijst.items.map((i) => (typeof i.label === 'string' ? i.label : i.label.label));
            assert.ok(labels.includes('taal-weth') && !labels.includes('taal-pm'), labels.join(','));
            const verkeerd = lijst.items.filter(
                (i) => i.kind === vscode.CompletionItemKind.Snippet || i.kind === vscode.CompletionItemKind.Keyword,
            );
            assert.deepEqual(
                verkeerd.map((i) => (typeof i.label === 'string' ? i.label : i.label.label)),
                [],
                `${JSON.stringify(teken)}: ${labels.join(',')}`,
            );
        }
        // At the start of a declaration the server's snippets are there.
        const boven = await vraag('vscode.executeCompletionItemProvider', doc.uri, new vscode.Position(doc.lineCount - 1, 0));
        const snippets = boven.items
            .filter((i) => i.kind === vscode.CompletionItemKind.Snippet)
            .map((i) => (typeof i.label === 'string' ? i.label : i.label.label));
        assert.ok(snippets.includes('opdracht') && snippets.includes('persoon'), snippets.join(','));
    });

    it('shows a hierarchical outline', async () => {
        const symbolen = await vraag('vscode.executeDocumentSymbolProvider', doc.uri);
        const opgave = symbolen.find((s) => s.name === 'taal-opgave');
        assert.ok(opgave, symbolen.map((s) => s.name).join(','));
        assert.equal(opgave.kind, vscode.SymbolKind.Struct);
        assert.deepEqual(
            opgave.children.map((s) => s.name),
            ['taal-deel'],
        );
        assert.ok(!symbolen.some((s) => s.name === 'taal-deel'));
        const opdracht = symbolen.find((s) => s.name === 'taal-opdracht');
        assert.equal(opdracht.kind, vscode.SymbolKind.Class);
        assert.deepEqual(
            opdracht.children.map((s) => s.name),
            ['driehoek', 'fasen'],
        );
        assert.deepEqual(
            opdracht.children[1].children.map((s) => s.name),
            ['initiatief', 'definitie'],
        );
        assert.equal(symbolen.find((s) => s.name === 'taal-weth').kind, vscode.SymbolKind.Variable);
    });

    it('links a decision document that exists, not one that is missing', async () => {
        const links = await vraag('vscode.executeLinkProvider', doc.uri);
        const doelen = links.map((l) => l.target?.fsPath);
        assert.deepEqual(doelen, [path.join(map(), 'taal-stukken', 'start.pdf')]);
        assert.equal(doc.getText(links[0].range), 'taal-stukken/start.pdf');
    });

    it('marks the driehoek keyword for driehoek-onvolledig', async () => {
        const vind = () => vscode.languages.getDiagnostics(doc.uri).find((x) => code(x) === 'driehoek-onvolledig');
        await wacht(() => vind() !== undefined, 20000, 'driehoek-onvolledig');
        const d = vind();
        assert.equal(doc.getText(d.range), 'driehoek');
    });
});

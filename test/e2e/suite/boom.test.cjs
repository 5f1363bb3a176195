// Extension-host tests in a real VS Code (code-server) of the portfolio tree view, the rule links of
// the findings and the file icon of .opgave files.
const assert = require('node:assert/strict');
const fs = require('node:fs');
const path = require('node:path');
const vscode = require('vscode');
const { bestand, wacht, codeVan, opgaveDiagnosen } = require('./hulp.cjs');

const label = (item) => (typeof item.label === 'string' ? item.label : item.label.label);

describe('Portfolio-boom, regellinks en bestandsicoon (code-server)', function () {
    let api;
    let leef;

    before(async () => {
        const ext = vscode.extensions.all.find((e) => e.packageJSON.name === 'opgave');
        assert.ok(ext, 'extensie geladen');
        leef = await vscode.workspace.openTextDocument(bestand('leefomgeving.opgave'));
        await vscode.window.showTextDocument(leef);
        api = await ext.activate();
        await wacht(() => opgaveDiagnosen(leef.uri).length > 0, 30000, 'diagnostics');
    });

    /** The tree as [element, TreeItem] pairs, depth first. */
    async function boom() {
        const uit = [];
        const loop = async (e) => {
            for (const kind of await api.portfolio.getChildren(e)) {
                uit.push([kind, api.portfolio.getTreeItem(kind)]);
                await loop(kind);
            }
        };
        await loop(undefined);
        return uit;
    }
    const vind = async (tekst) => (await boom()).find(([, item]) => label(item) === tekst);
    /** Errors and warnings of the open document inside the declaration that starts at `zoek`. */
    function telIn(doc, zoek) {
        const tekst = doc.getText();
        const begin = doc.positionAt(tekst.indexOf(zoek)).line;
        const eind = doc.positionAt(tekst.indexOf('\n}', tekst.indexOf(zoek)) + 1).line;
        return opgaveDiagnosen(doc.uri).filter(
            (d) => d.range.start.line >= begin && d.range.start.line <= eind && d.severity <= vscode.DiagnosticSeverity.Warning,
        ).length;
    }

    it('shows thema → opgave → opdracht with werkwijze and phase', async () => {
        const wortels = (await api.portfolio.getChildren()).map((e) => label(api.portfolio.getTreeItem(e)));
        assert.deepEqual(wortels.slice(0, 3), ['Dienstverlening', 'Leefomgeving', 'Samenleving']);
        const [thema, themaItem] = await vind('Leefomgeving');
        assert.match(themaItem.tooltip, /Bevindingen in het thema zelf: /);
        assert.deepEqual([themaItem.iconPath.id], ['symbol-namespace']);
        const opgaven = thema.kinderen.map((e) => label(api.portfolio.getTreeItem(e)));
        assert.ok(opgaven.includes('Veilig fietsen naar school'), opgaven.join(','));
        const [opgave] = await vind('Veilig fietsen naar school');
        assert.equal(opgave.ouder, thema);
        const [opdracht, item] = await vind('Veilige fietsroute naar de scholen');
        assert.equal(opdracht.ouder, opgave);
        assert.equal(item.description, 'project · fase definitie');
        // The same icons as the outline's symbol kinds (opgave Struct, opdracht Class).
        assert.deepEqual(
            [(await vind('Veilig fietsen naar school'))[1].iconPath.id, item.iconPath.id],
            ['symbol-structure', 'symbol-class'],
        );
        assert.match(item.tooltip, /Werkwijze: project · fase: definitie · status: lopend/);
        assert.equal(item.collapsibleState, vscode.TreeItemCollapsibleState.None);
        const [, programma] = await vind('Programma Gezond opgroeien');
        assert.match(programma.description, /^programma · /);
    });

    it('gives each opdracht a badge with its errors and warnings, as in the Problems panel', async () => {
        let gezien = 0;
        for (const [e, item] of await boom()) {
            if (e.knoop.soort !== 'opdracht') continue;
            const doc = await vscode.workspace.openTextDocument(vscode.Uri.parse(e.knoop.uri));
            const verwacht = telIn(doc, `opdracht ${e.knoop.id} `);
            const badge = api.portfolio.provideFileDecoration(item.resourceUri);
            assert.equal(badge ? Number(badge.badge) : 0, verwacht, e.knoop.id);
            if (badge) {
                gezien++;
                assert.match(badge.tooltip, /\d+ (fout|fouten|waarschuwing|waarschuwingen)/);
                assert.ok(item.iconPath instanceof vscode.ThemeIcon && item.iconPath.color, `kleur van ${e.knoop.id}`);
            }
        }
        assert.ok(gezien >= 3, `opdrachten met een badge: ${gezien}`);
    });

    it('reveals the declaration when a node is clicked', async () => {
        await vscode.commands.executeCommand('workbench.action.closeAllEditors');
        const [, item] = await vind('Nieuwbouw kindcentrum Oost');
        assert.equal(item.command.command, 'opgave.toonDeclaratie');
        await vscode.commands.executeCommand(item.command.command, ...item.command.arguments);
        const editor = vscode.window.activeTextEditor;
        assert.ok(editor, 'een editor is geopend');
        assert.equal(path.basename(editor.document.uri.fsPath), 'samenleving.opgave');
        assert.equal(editor.document.getText(editor.selection), 'project-kindcentrum');
        assert.match(editor.document.lineAt(editor.selection.start.line).text, /^opdracht project-kindcentrum /);
        const [, thema] = await vind('Samenleving');
        await vscode.commands.executeCommand(thema.command.command, ...thema.command.arguments);
        const e2 = vscode.window.activeTextEditor;
        assert.equal(path.basename(e2.document.uri.fsPath), 'organisatie.opgave');
        assert.equal(e2.document.getText(e2.selection), 'samenleving');
    });

    it('updates after an edit that adds a finding', async () => {
        leef = await vscode.workspace.openTextDocument(bestand('leefomgeving.opgave'));
        await vscode.window.showTextDocument(leef);
        const regel = '    kaders "Verkeersplan Voorbeeldwaard"\n';
        const i = leef.getText().indexOf(regel);
        assert.ok(i >= 0, 'kaders van project-fietsroute');
        const [, voor] = await vind('Veilige fietsroute naar de scholen');
        const badgeVoor = Number(api.portfolio.provideFileDecoration(voor.resourceUri)?.badge ?? 0);
        const ladingen = api.portfolio.ladingen;
        const kaders = () => opgaveDiagnosen(leef.uri).filter((d) => codeVan(d) === 'kaders-ontbreken').length;
        const kadersVoor = kaders();
        const edit = new vscode.WorkspaceEdit();
        edit.delete(leef.uri, new vscode.Range(leef.positionAt(i), leef.positionAt(i + regel.length)));
        assert.ok(await vscode.workspace.applyEdit(edit));
        try {
            await wacht(
                async () => {
                    const [, na] = await vind('Veilige fietsroute naar de scholen');
                    return Number(api.portfolio.provideFileDecoration(na.resourceUri)?.badge ?? 0) === badgeVoor + 1;
                },
                20000,
                'badge telt de nieuwe bevinding',
            );
            assert.ok(api.portfolio.ladingen > ladingen, 'boom opnieuw geladen');
            assert.equal(kaders(), kadersVoor + 1);
        } finally {
            const terug = new vscode.WorkspaceEdit();
            terug.insert(leef.uri, leef.positionAt(i), regel);
            await vscode.workspace.applyEdit(terug);
            await leef.save();
        }
        await wacht(() => kaders() === kadersVoor, 20000, 'bevinding weer weg');
    });

    it('links a finding to its rule page through the extension, and the link opens the rendered page', async () => {
        const d = opgaveDiagnosen(leef.uri).find((x) => codeVan(x) === 'driehoek-onvolledig');
        assert.ok(d && typeof d.code === 'object', 'bevinding met een link');
        const doel = d.code.target;
        assert.equal(doel.scheme, vscode.env.uriScheme);
        assert.equal(doel.authority, 'opgave.opgave');
        assert.equal(doel.path, '/regel/driehoek-onvolledig');
        await vscode.commands.executeCommand('workbench.action.closeAllEditors');
        // The opener service, as the Problems panel uses it for the code link.
        await vscode.commands.executeCommand('vscode.open', doel);
        const voorbeeld = () =>
            vscode.window.tabGroups.all
                .flatMap((g) => g.tabs)
                .find((t) => t.input instanceof vscode.TabInputWebview && /markdown\.preview/.test(t.input.viewType));
        await wacht(() => voorbeeld() !== undefined, 15000, 'Markdown-voorbeeld van de regelpagina');
        assert.match(voorbeeld().label, /driehoek-onvolledig/);
        // No raw Markdown editor of the page.
        const ruw = vscode.window.tabGroups.all
            .flatMap((g) => g.tabs)
            .filter((t) => t.input instanceof vscode.TabInputText && t.input.uri.path.endsWith('.md'));
        assert.deepEqual(
            ruw.map((t) => t.label),
            [],
        );
        await vscode.commands.executeCommand('workbench.action.closeAllEditors');
    });

    it('gives .opgave files an icon that exists, light and dark', () => {
        const ext = vscode.extensions.all.find((e) => e.packageJSON.name === 'opgave');
        const taal = ext.packageJSON.contributes.languages.find((l) => l.id === 'opgave');
        for (const kant of ['light', 'dark']) {
            const p = path.join(ext.extensionPath, taal.icon[kant]);
            assert.match(fs.readFileSync(p, 'utf8'), /^<svg [^>]*viewBox="0 0 16 16"/, p);
        }
    });
});

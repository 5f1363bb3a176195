/**
 * LSP protocol tests of workspace behaviour: edits reaching unopened files, deleted and renamed
 * files, a file from outside the workspace, skipped folders and the configuration file.
 */
import * as assert from 'node:assert/strict';
import * as fs from 'node:fs';
import * as path from 'node:path';
import type { DocumentSymbol, Location, SymbolInformation } from 'vscode-languageserver';
import { PEILDATUM, ROOT } from '../helpers/index.js';
import { kopieer, LspClient, uriVan } from '../helpers/lsp-client.js';
import { tijdelijkeMap } from '../helpers/tijdelijk.js';

const CHANGED = 2;
const DELETED = 3;
const CREATED = 1;

function codes(client: LspClient, uri: string): string[] {
    return (client.diagnosen.get(uri) ?? []).map((d) => String(d.code));
}

describe('LSP: workspace behaviour over stdio', function () {
    this.timeout(30000);
    let client: LspClient;
    let root: string;
    let org: string;
    let leef: string;
    let samen: string;

    beforeEach(async () => {
        root = kopieer(path.join(ROOT, 'examples', 'fouten'));
        org = path.join(root, 'organisatie.opgave');
        leef = path.join(root, 'leefomgeving.opgave');
        samen = path.join(root, 'samenleving.opgave');
        client = await LspClient.start(root);
        await client.wacht(
            () => codes(client, uriVan(leef)).includes('ambtelijk-opdrachtgever-lijnmanager') && client.diagnosen.has(uriVan(samen)),
        );
        await client.rustig(300);
    });

    afterEach(async () => {
        await client.stop();
    });

    it('updates findings in an unopened file after an edit in another file', async () => {
        const tekst = fs.readFileSync(org, 'utf8');
        await client.open(uriVan(org), tekst);
        const nieuw = tekst.replace(/(persoon tl-wegen[^{]*\{\s*functie )lijnmanager/, '$1dt-lid');
        assert.notEqual(nieuw, tekst);
        await client.wijzig(uriVan(org), nieuw, 2);
        await client.wacht(() => !codes(client, uriVan(leef)).includes('ambtelijk-opdrachtgever-lijnmanager'), 10000, 'finding to go');
    });

    it('clears a deleted file and re-checks the files that referred to it', async () => {
        fs.rmSync(org);
        await client.connection.sendNotification('workspace/didChangeWatchedFiles', { changes: [{ uri: uriVan(org), type: DELETED }] });
        await client.wacht(() => (client.diagnosen.get(uriVan(org)) ?? ['x']).length === 0, 10000, 'cleared diagnostics');
        await client.wacht(() => codes(client, uriVan(leef)).includes('onbekende-verwijzing'), 10000, 'onbekende-verwijzing');
        assert.ok(codes(client, uriVan(samen)).includes('onbekende-verwijzing'));
    });

    it('handles a renamed file (delete + create)', async () => {
        const nieuwPad = path.join(root, 'mensen en rollen.opgave');
        fs.renameSync(org, nieuwPad);
        await client.connection.sendNotification('workspace/didChangeWatchedFiles', {
            changes: [
                { uri: uriVan(org), type: DELETED },
                { uri: uriVan(nieuwPad), type: CREATED },
            ],
        });
        await client.wacht(() => (client.diagnosen.get(uriVan(org)) ?? ['x']).length === 0, 10000, 'old uri cleared');
        await client.rustig(300);
        assert.ok(!codes(client, uriVan(leef)).includes('onbekende-verwijzing'));
        assert.ok(codes(client, uriVan(leef)).includes('ambtelijk-opdrachtgever-lijnmanager'));
    });

    it('restores the disk state when a document is closed without saving', async () => {
        const tekst = fs.readFileSync(org, 'utf8');
        const schijf = JSON.stringify(client.diagnosen.get(uriVan(org)) ?? []);
        const leefSchijf = JSON.stringify(client.diagnosen.get(uriVan(leef)) ?? []);
        await client.open(uriVan(org), tekst);
        // Unsaved edits: rename a person (its use in leefomgeving breaks), then add a syntax error.
        const hernoemd = tekst.replace('persoon tl-wegen ', 'persoon tl-wegen-nieuw ');
        assert.notEqual(hernoemd, tekst);
        await client.wijzig(uriVan(org), hernoemd, 2);
        await client.wacht(() => codes(client, uriVan(leef)).includes('onbekende-verwijzing'), 10000, 'broken reference');
        await client.wijzig(uriVan(org), hernoemd + '\npersoon {\n', 3);
        await client.wacht(() => codes(client, uriVan(org)).includes('syntaxis'), 10000, 'syntax error');
        await client.connection.sendNotification('textDocument/didClose', { textDocument: { uri: uriVan(org) } });
        await client.wacht(
            () =>
                JSON.stringify(client.diagnosen.get(uriVan(org)) ?? []) === schijf &&
                JSON.stringify(client.diagnosen.get(uriVan(leef)) ?? []) === leefSchijf,
            10000,
            'diagnostics from disk',
        );
        const symbolen = await client.vraag<DocumentSymbol[]>('textDocument/documentSymbol', { textDocument: { uri: uriVan(org) } });
        const namen = JSON.stringify(symbolen);
        assert.ok(namen.includes('"tl-wegen"') && !namen.includes('tl-wegen-nieuw'), 'document symbols from disk');
        const werkruimte = await client.vraag<SymbolInformation[]>('workspace/symbol', { query: 'tl-wegen' });
        assert.deepEqual(
            werkruimte.map((s) => s.name),
            ['tl-wegen'],
        );
        const leefTekst = fs.readFileSync(leef, 'utf8');
        const regels = leefTekst.slice(0, leefTekst.indexOf('ambtelijk-opdrachtgever tl-wegen')).split('\n');
        const refs = await client.vraag<Location[]>('textDocument/references', {
            textDocument: { uri: uriVan(leef) },
            position: { line: regels.length - 1, character: (regels.at(-1) ?? '').length + 26 },
            context: { includeDeclaration: true },
        });
        assert.ok(
            refs.some((l) => l.uri === uriVan(org)),
            'the declaration on disk is found again',
        );
    });

    it('resolves an unknown name once another file declares it, and keeps it unknown after an unrelated edit', async () => {
        // leefomgeving names a person nobody declares (yet).
        const leefTekst = fs.readFileSync(leef, 'utf8');
        const metOnbekende = leefTekst.replace('ambtelijk-opdrachtgever tl-wegen', 'ambtelijk-opdrachtgever nog-onbekend');
        assert.notEqual(metOnbekende, leefTekst);
        await client.open(uriVan(leef), metOnbekende);
        await client.wijzig(uriVan(leef), metOnbekende, 2);
        const onbekend = (): boolean =>
            (client.diagnosen.get(uriVan(leef)) ?? []).some((d) => d.code === 'onbekende-verwijzing' && d.message.includes('nog-onbekend'));
        await client.wacht(onbekend, 10000, 'unknown name reported');
        // An edit in another file that does not declare the name: still unknown.
        const tekst = fs.readFileSync(org, 'utf8');
        await client.open(uriVan(org), tekst);
        await client.wijzig(uriVan(org), `${tekst}\n// nog niets\n`, 2);
        await client.rustig(300);
        assert.ok(onbekend(), 'still unknown after an unrelated edit');
        // A new file, which nothing refers to yet, declares it: the reference in the unchanged leefomgeving resolves.
        const extra = path.join(root, 'extra.opgave');
        fs.writeFileSync(extra, 'persoon nog-onbekend "Nog onbekend" {\n    functie mt-lid\n}\n');
        await client.connection.sendNotification('workspace/didChangeWatchedFiles', { changes: [{ uri: uriVan(extra), type: CREATED }] });
        await client.wacht(() => !onbekend(), 10000, 'name resolved');
    });

    it('checks a file from outside the workspace without polluting the portfolio', async () => {
        const buiten = path.join(tijdelijkeMap('buiten'), 'los.opgave');
        const tekst =
            'persoon tl-wegen "Nog een" {\n    functie dt-lid\n}\nopgave los-ding {\n    thema leefomgeving\n    spelers onbekend-iets\n}\n';
        fs.writeFileSync(buiten, tekst);
        const voor = JSON.stringify([...client.diagnosen.entries()].sort());
        await client.open(uriVan(buiten), tekst);
        await client.wacht(() => client.diagnosen.has(uriVan(buiten)), 10000, 'outside diagnostics');
        await client.rustig(300);
        const eigen = client.diagnosen.get(uriVan(buiten)) ?? [];
        assert.ok(eigen.some((d) => d.code === 'onbekende-verwijzing' && d.message.includes('onbekend-iets')));
        assert.ok(!eigen.some((d) => d.message.includes('leefomgeving')), 'thema of the workspace resolves');
        const na = JSON.stringify([...client.diagnosen.entries()].filter(([u]) => u !== uriVan(buiten)).sort());
        assert.ok(na === voor, 'workspace diagnostics unchanged');
    });

    it('follows a changed peildatum setting (workspace/didChangeConfiguration)', async () => {
        assert.ok(codes(client, uriVan(samen)).includes('herijking-verlopen'));
        await client.connection.sendNotification('workspace/didChangeConfiguration', { settings: { opgave: { peildatum: '2025-07-01' } } });
        await client.wacht(() => !codes(client, uriVan(samen)).includes('herijking-verlopen'), 10000, 'finding gone');
    });

    it('re-reads opgave.config.json when it changes', async () => {
        const config = path.join(root, 'opgave.config.json');
        assert.ok(codes(client, uriVan(samen)).includes('herijking-verlopen'));
        fs.writeFileSync(config, JSON.stringify({ peildatum: PEILDATUM, regels: { 'herijking-verlopen': 'uit' } }));
        await client.connection.sendNotification('workspace/didChangeWatchedFiles', { changes: [{ uri: uriVan(config), type: CHANGED }] });
        await client.wacht(() => !codes(client, uriVan(samen)).includes('herijking-verlopen'), 10000, 'rule off');
    });
});

describe('LSP: indexing and settings', function () {
    this.timeout(30000);

    it('never indexes node_modules, hidden folders or the output folder', async () => {
        const root = kopieer(path.join(ROOT, 'examples', 'fouten'));
        const kapot = 'dit is geen { geldige opgave\n';
        for (const map of ['node_modules/pakket', '.verborgen', 'docs/portfolio']) {
            fs.mkdirSync(path.join(root, map), { recursive: true });
            fs.writeFileSync(path.join(root, map, 'kapot.opgave'), kapot);
        }
        const client = await LspClient.start(root);
        try {
            await client.wacht(() => client.diagnosen.size > 0);
            await client.rustig();
            assert.deepEqual(
                [...client.diagnosen.keys()].filter((u) => u.includes('kapot')),
                [],
            );
        } finally {
            await client.stop();
        }
    });

    it('clears the diagnostics of a non-portfolio file when it is closed', async () => {
        const root = kopieer(path.join(ROOT, 'examples', 'fouten'));
        const kapot = 'dit is geen { geldige opgave\n';
        const buitenMap = tijdelijkeMap('buiten');
        const bestanden = [
            path.join(root, 'node_modules', 'x.opgave'),
            path.join(root, '.verborgen', 'x.opgave'),
            path.join(root, 'docs', 'portfolio', 'x.opgave'),
            path.join(buitenMap, 'x.opgave'),
        ];
        for (const b of bestanden) {
            fs.mkdirSync(path.dirname(b), { recursive: true });
            fs.writeFileSync(b, kapot);
        }
        const client = await LspClient.start(root);
        try {
            await client.wacht(() => client.diagnosen.size > 0);
            await client.rustig();
            for (const b of bestanden) {
                await client.open(uriVan(b), kapot);
                await client.wacht(() => (client.diagnosen.get(uriVan(b)) ?? []).length > 0, 10000, `diagnostics of ${b}`);
                await client.connection.sendNotification('textDocument/didClose', { textDocument: { uri: uriVan(b) } });
                await client.wacht(() => client.diagnosen.get(uriVan(b))?.length === 0, 10000, `cleared diagnostics of ${b}`);
            }
        } finally {
            await client.stop();
        }
    });

    it('publishes nothing for a watched "created" file under a skipped folder', async () => {
        const root = kopieer(path.join(ROOT, 'examples', 'fouten'));
        const client = await LspClient.start(root);
        try {
            await client.wacht(() => client.diagnosen.size > 0);
            await client.rustig();
            const kapot = 'dit is geen { geldige opgave\n';
            const overgeslagen = ['node_modules/pakket/y.opgave', '.verborgen/y.opgave', 'docs/portfolio/y.opgave'].map((r) =>
                path.join(root, r),
            );
            const gewoon = path.join(root, 'nieuw.opgave');
            for (const b of [...overgeslagen, gewoon]) {
                fs.mkdirSync(path.dirname(b), { recursive: true });
                fs.writeFileSync(b, kapot);
            }
            await client.connection.sendNotification('workspace/didChangeWatchedFiles', {
                changes: [...overgeslagen, gewoon].map((b) => ({ uri: uriVan(b), type: CREATED })),
            });
            // The ordinary new file proves the event was handled.
            await client.wacht(() => codes(client, uriVan(gewoon)).includes('syntaxis'), 10000, 'new portfolio file');
            await client.rustig();
            assert.deepEqual(
                overgeslagen.filter((b) => client.diagnosen.has(uriVan(b))),
                [],
            );
        } finally {
            await client.stop();
        }
    });

    it('treats a file reached through a symlinked folder as the same document', async function () {
        const root = kopieer(path.join(ROOT, 'examples', 'fouten'));
        fs.mkdirSync(path.join(root, 'echte-map'));
        const echt = path.join(root, 'echte-map', 'organisatie.opgave');
        fs.renameSync(path.join(root, 'organisatie.opgave'), echt);
        try {
            fs.symlinkSync(path.join(root, 'echte-map'), path.join(root, 'link'), 'dir');
        } catch {
            this.skip();
        }
        const viaLink = path.join(root, 'link', 'organisatie.opgave');
        const leef = uriVan(path.join(root, 'leefomgeving.opgave'));
        const alle = (code: string): string[] =>
            [...client.diagnosen.entries()].filter(([, d]) => d.some((x) => x.code === code)).map(([u]) => u);
        const client = await LspClient.start(root);
        try {
            await client.wacht(() => codes(client, leef).includes('ambtelijk-opdrachtgever-lijnmanager'));
            await client.rustig();
            assert.deepEqual(alle('dubbele-naam'), []);
            assert.ok(!client.diagnosen.has(uriVan(viaLink)), 'the link is not walked');
            const onbekendVoor = alle('onbekende-verwijzing');
            // Opening the file through the link: no duplicate of itself, in any file.
            const tekst = fs.readFileSync(echt, 'utf8');
            await client.open(uriVan(viaLink), tekst);
            await client.wacht(() => client.diagnosen.has(uriVan(viaLink)), 10000, 'diagnostics of the linked path');
            await client.rustig();
            assert.deepEqual(alle('dubbele-naam'), []);
            assert.deepEqual(alle('onbekende-verwijzing'), onbekendVoor);
            assert.ok(codes(client, leef).includes('ambtelijk-opdrachtgever-lijnmanager'));
            const symbolen = await client.vraag<SymbolInformation[]>('workspace/symbol', { query: 'tl-wegen' });
            assert.deepEqual(
                symbolen.map((s) => s.location.uri),
                [uriVan(echt)],
            );
            // A watched "created" event for the linked path adds no second document either.
            await client.connection.sendNotification('textDocument/didClose', { textDocument: { uri: uriVan(viaLink) } });
            await client.wacht(() => client.diagnosen.get(uriVan(viaLink))?.length === 0, 10000, 'cleared linked path');
            await client.connection.sendNotification('workspace/didChangeWatchedFiles', {
                changes: [{ uri: uriVan(viaLink), type: CREATED }],
            });
            await client.rustig(500);
            assert.deepEqual(alle('dubbele-naam'), []);
            assert.equal(client.diagnosen.get(uriVan(viaLink))?.length, 0);
        } finally {
            await client.stop();
        }
    });

    it('takes the peildatum from the client settings', async () => {
        const root = path.join(ROOT, 'examples', 'fouten');
        const samen = uriVan(path.join(root, 'samenleving.opgave'));
        const client = await LspClient.start(root, { peildatum: '2025-07-01' });
        try {
            await client.wacht(() => client.diagnosen.has(samen));
            await client.rustig();
            assert.ok(!codes(client, samen).includes('herijking-verlopen'));
        } finally {
            await client.stop();
        }
    });
});

describe('LSP: a file over the size limit in the workspace', function () {
    this.timeout(60000);

    it('is skipped with one syntaxis finding, like the command line, and the rest is checked', async () => {
        const root = kopieer(path.join(ROOT, 'examples', 'fouten'));
        const groot = path.join(root, 'groot.opgave');
        // 21 MB of valid declarations: parsed, it would cost the server many seconds at start.
        const blok = 'persoon p "P" {\n    functie wethouder\n}\n';
        fs.writeFileSync(groot, blok.repeat(Math.ceil((21 * 1024 * 1024) / blok.length)));
        const client = await LspClient.start(root);
        try {
            const leef = uriVan(path.join(root, 'leefomgeving.opgave'));
            await client.wacht(() => (client.diagnosen.get(uriVan(groot)) ?? []).length > 0 && client.diagnosen.has(leef), 30000);
            const d = client.diagnosen.get(uriVan(groot))!;
            assert.equal(d.length, 1);
            assert.equal(d[0]?.code, 'syntaxis');
            assert.match(d[0]?.message ?? '', /te groot \(21\.0 MB; de grens is 20 MB\)/);
            assert.ok(codes(client, leef).includes('ambtelijk-opdrachtgever-lijnmanager'));
            assert.ok(!codes(client, leef).includes('dubbele-naam'));
        } finally {
            await client.stop();
        }
    });
});

/**
 * LSP protocol tests of the editor features over a real stdio connection: completion, hover,
 * definition, references, rename, symbols, folding, formatting, quick fixes, code lens and
 * inlay hints, on a copy of examples/fouten in a folder whose path has spaces, #, & and ë.
 */
import * as assert from 'node:assert/strict';
import * as fs from 'node:fs';
import * as path from 'node:path';
import type {
    CodeAction,
    CodeLens,
    CompletionItem,
    Diagnostic,
    CompletionList,
    DocumentSymbol,
    FoldingRange,
    Hover,
    InlayHint,
    Location,
    SymbolInformation,
    TextEdit,
    WorkspaceEdit,
} from 'vscode-languageserver';
import { kopieer, LspClient, uriVan } from '../helpers/lsp-client.js';
import { ROOT } from '../helpers/index.js';
import { formatteer } from '../../server/src/features/formatter.js';
import { REGELS } from '../../language/src/rules/index.js';
import { heeftHerstel } from '../../language/src/rules/regel.js';

const SCRATCH = `persoon p-weth "W" {
    functie wethouder
}
persoon p-dt "D" {
    functie dt-lid
}
persoon p-pm "P" {
    functie projectmanager
}
opdracht kladblok "Kladblok" voor veilig-fietsen {
    werkwijze project
    driehoek {
        bestuurlijk-opdrachtgever 
        ambtelijk-opdrachtgever p-dt
        sturingsprofessional p-pm
    }
    fasen {
        initiatief afgerond 2026-01-01 besluit go
        
    }
    doelen {
        doel d-een "Een"
    }
    inspanningen {
        inspanning i-een draagt-bij-aan 
    }
}
`;

function labels(r: CompletionItem[] | CompletionList | null): string[] {
    const items = Array.isArray(r) ? r : (r?.items ?? []);
    return items.map((i) => i.label);
}

function pos(tekst: string, zoek: string, extra = 0): { line: number; character: number } {
    const i = tekst.indexOf(zoek);
    assert.ok(i >= 0, `not found: ${zoek}`);
    const voor = tekst.slice(0, i + extra);
    const regels = voor.split('\n');
    return { line: regels.length - 1, character: regels[regels.length - 1]!.length };
}

function pasToe(tekst: string, edits: TextEdit[]): string {
    const regels = tekst.split('\n');
    const offset = (p: { line: number; character: number }): number =>
        regels.slice(0, p.line).reduce((n, r) => n + r.length + 1, 0) + p.character;
    const gesorteerd = [...edits].sort((a, b) => offset(b.range.start) - offset(a.range.start));
    let uit = tekst;
    for (const e of gesorteerd) {
        uit = uit.slice(0, offset(e.range.start)) + e.newText + uit.slice(offset(e.range.end));
    }
    return uit;
}

describe('LSP: editor features over stdio', function () {
    this.timeout(30000);
    let client: LspClient;
    let root: string;
    let kladUri: string;
    let leefUri: string;
    let orgUri: string;
    let leefTekst: string;

    before(async () => {
        root = kopieer(path.join(ROOT, 'examples', 'fouten'), 'mijn portfolio #1 & ë');
        fs.writeFileSync(path.join(root, 'kladblok.opgave'), SCRATCH);
        kladUri = uriVan(path.join(root, 'kladblok.opgave'));
        leefUri = uriVan(path.join(root, 'leefomgeving.opgave'));
        orgUri = uriVan(path.join(root, 'organisatie.opgave'));
        leefTekst = fs.readFileSync(path.join(root, 'leefomgeving.opgave'), 'utf8');
        client = await LspClient.start(root);
        await client.wacht(() => client.diagnosen.has(leefUri) && client.diagnosen.has(kladUri));
        await client.open(kladUri, SCRATCH);
        await client.open(leefUri, leefTekst);
        await client.rustig(300);
    });

    after(async () => {
        await client.stop();
    });

    it('works in a folder with spaces, #, & and diacritics', () => {
        assert.ok(kladUri.includes('%23') && kladUri.includes('%26'), kladUri);
        assert.ok((client.diagnosen.get(leefUri) ?? []).some((d) => d.code === 'driehoek-onvolledig'));
    });

    it('completes only fitting persons after a role', async () => {
        const r = await client.vraag<CompletionList>('textDocument/completion', {
            textDocument: { uri: kladUri },
            position: pos(SCRATCH, 'bestuurlijk-opdrachtgever ', 'bestuurlijk-opdrachtgever '.length),
        });
        const l = labels(r);
        assert.ok(l.includes('p-weth') && l.includes('weth-ruimte'), l.join(','));
        assert.ok(!l.includes('p-dt') && !l.includes('p-pm') && !l.includes('tl-wegen'), l.join(','));
    });

    it('completes a half-typed person name', async () => {
        const tekst = SCRATCH.replace('bestuurlijk-opdrachtgever \n', 'bestuurlijk-opdrachtgever weth-j\n');
        await client.wijzig(kladUri, tekst, 2);
        const r = await client.vraag<CompletionList>('textDocument/completion', {
            textDocument: { uri: kladUri },
            position: pos(tekst, 'weth-j', 6),
        });
        assert.ok(labels(r).includes('weth-jeugd'), labels(r).join(','));
        await client.wijzig(kladUri, SCRATCH, 3);
    });

    it("completes only the werkwijze's phases inside fasen", async () => {
        const r = await client.vraag<CompletionList>('textDocument/completion', {
            textDocument: { uri: kladUri },
            position: pos(SCRATCH, 'besluit go\n        ', 'besluit go\n        '.length),
        });
        const l = labels(r);
        assert.deepEqual([...l].sort(), ['definitie', 'initiatief', 'nazorg', 'uitvoering']);
    });

    it("completes only the opdracht's doelen after draagt-bij-aan", async () => {
        const r = await client.vraag<CompletionList>('textDocument/completion', {
            textDocument: { uri: kladUri },
            position: pos(SCRATCH, 'draagt-bij-aan ', 'draagt-bij-aan '.length),
        });
        assert.deepEqual(labels(r), ['d-een']);
    });

    it('completes declaration keywords in an empty file', async () => {
        const leeg = uriVan(path.join(root, 'leeg.opgave'));
        await client.open(leeg, '');
        const r = await client.vraag<CompletionList>('textDocument/completion', {
            textDocument: { uri: leeg },
            position: { line: 0, character: 0 },
        });
        for (const k of ['gemeente', 'persoon', 'speler', 'gebied', 'thema', 'opgave', 'opdracht']) {
            assert.ok(labels(r).includes(k), `${k} in ${labels(r).join(',')}`);
        }
        await client.connection.sendNotification('textDocument/didClose', { textDocument: { uri: leeg } });
    });

    it('completes half-typed keywords', async () => {
        const tekst = SCRATCH.replace('    werkwijze project\n', '    werkwijze project\n    kad\n') + 'opd';
        await client.wijzig(kladUri, tekst, 4);
        const binnen = await client.vraag<CompletionList>('textDocument/completion', {
            textDocument: { uri: kladUri },
            position: pos(tekst, '    kad', 7),
        });
        assert.ok(labels(binnen).includes('kaders'), labels(binnen).join(','));
        const regels = tekst.split('\n');
        const eind = await client.vraag<CompletionList>('textDocument/completion', {
            textDocument: { uri: kladUri },
            position: { line: regels.length - 1, character: 3 },
        });
        assert.ok(labels(eind).includes('opdracht'), labels(eind).join(','));
        await client.wijzig(kladUri, SCRATCH, 5);
    });

    it('colours names and references with semantic tokens', async () => {
        const r = await client.vraag<{ data: number[] }>('textDocument/semanticTokens/full', { textDocument: { uri: leefUri } });
        assert.ok(r.data.length > 5 * 20, `${r.data.length / 5} tokens`);
    });

    it('hovers a keyword with the concept and the guide section', async () => {
        const h = await client.vraag<Hover>('textDocument/hover', {
            textDocument: { uri: leefUri },
            position: pos(leefTekst, 'voorscheider {', 2),
        });
        const tekst = JSON.stringify(h.contents);
        assert.match(tekst, /B2, Voorscheider/);
    });

    it('hovers a reference with who it is', async () => {
        const h = await client.vraag<Hover>('textDocument/hover', {
            textDocument: { uri: leefUri },
            position: pos(leefTekst, 'bestuurlijk-opdrachtgever weth-ruimte', 28),
        });
        const tekst = JSON.stringify(h.contents);
        assert.match(tekst, /Wethouder Ruimte en Verkeer/);
        assert.match(tekst, /wethouder/);
    });

    it('goes to the definition in another file', async () => {
        const r = await client.vraag<Location[] | Location>('textDocument/definition', {
            textDocument: { uri: leefUri },
            position: pos(leefTekst, 'ambtelijk-opdrachtgever tl-wegen', 26),
        });
        const loc = Array.isArray(r) ? r[0] : r;
        assert.equal((loc as unknown as { targetUri?: string; uri?: string }).targetUri ?? loc?.uri, orgUri);
    });

    it('finds references across files', async () => {
        const r = await client.vraag<Location[]>('textDocument/references', {
            textDocument: { uri: leefUri },
            position: pos(leefTekst, 'bestuurlijk-opdrachtgever weth-ruimte', 28),
            context: { includeDeclaration: true },
        });
        assert.ok(
            r.some((l) => l.uri === orgUri),
            'declaration',
        );
        assert.ok(r.filter((l) => l.uri === leefUri).length >= 2, 'uses');
    });

    it('renames across all files, also unopened ones', async () => {
        const r = await client.vraag<WorkspaceEdit>('textDocument/rename', {
            textDocument: { uri: leefUri },
            position: pos(leefTekst, 'bestuurlijk-opdrachtgever weth-ruimte', 28),
            newName: 'weth-verkeer',
        });
        const changes = r.changes ?? {};
        assert.ok(changes[orgUri]?.length === 1, 'declaration in unopened organisatie.opgave');
        assert.ok((changes[leefUri]?.length ?? 0) >= 2);
        assert.ok(
            Object.values(changes)
                .flat()
                .every((e) => e.newText === 'weth-verkeer'),
        );
    });

    it('refuses a new name that is no identifier or a keyword', async () => {
        const positie = pos(leefTekst, 'bestuurlijk-opdrachtgever weth-ruimte', 28);
        const voor = await client.vraag<{ range: unknown; placeholder: string }>('textDocument/prepareRename', {
            textDocument: { uri: leefUri },
            position: positie,
        });
        assert.equal(voor.placeholder, 'weth-ruimte');
        for (const naam of ['met spatie', '', '1abc', 'a"b', 'opgave']) {
            await assert.rejects(
                client.vraag('textDocument/rename', { textDocument: { uri: leefUri }, position: positie, newName: naam }),
                (e: { code?: number; message?: string }) => e.code === -32602 && /naam|sleutelwoord/.test(e.message ?? ''),
                `refused: ${JSON.stringify(naam)}`,
            );
        }
        // A value keyword may be a name (persoon wethouder), so it may be the new name too.
        const r = await client.vraag<WorkspaceEdit>('textDocument/rename', {
            textDocument: { uri: leefUri },
            position: positie,
            newName: 'wethouder',
        });
        assert.ok((r.changes?.[orgUri]?.length ?? 0) === 1);
        // A position without a name: prepareRename and rename answer with a Dutch error.
        const leeg = pos(leefTekst, '{');
        await assert.rejects(client.vraag('textDocument/prepareRename', { textDocument: { uri: leefUri }, position: leeg }), /geen naam/);
        await assert.rejects(
            client.vraag('textDocument/rename', { textDocument: { uri: leefUri }, position: leeg, newName: 'iets' }),
            /geen naam/,
        );
    });

    it('lists the document outline and workspace symbols', async () => {
        const d = await client.vraag<DocumentSymbol[]>('textDocument/documentSymbol', { textDocument: { uri: leefUri } });
        assert.ok(d.some((s) => s.name === 'project-fietsroute'));
        const w = await client.vraag<SymbolInformation[]>('workspace/symbol', { query: 'kindcentrum' });
        assert.ok(w.some((s) => s.name === 'project-kindcentrum'));
    });

    it('folds blocks and comments', async () => {
        const f = await client.vraag<FoldingRange[]>('textDocument/foldingRange', { textDocument: { uri: leefUri } });
        assert.ok(f.length > 5);
        const opdrachtRegel = pos(leefTekst, 'opdracht project-fietsroute').line;
        assert.ok(f.some((r) => r.startLine === opdrachtRegel));
    });

    it('formats idempotently and keeps every comment', async () => {
        const rommel = leefTekst.replace(/\n {4}/g, '\n  ').replace(/\n {8}/g, '\n\t\t ') + '\n\n\n';
        const uri = uriVan(path.join(root, 'rommel.opgave'));
        await client.open(uri, rommel);
        const edits = await client.vraag<TextEdit[]>('textDocument/formatting', {
            textDocument: { uri },
            options: { tabSize: 4, insertSpaces: true },
        });
        const eens = pasToe(rommel, edits);
        assert.equal(eens, leefTekst);
        assert.equal(formatteer(eens), eens);
        const opmerkingen = (t: string): string[] => t.match(/\/\/[^\n]*/g) ?? [];
        assert.deepEqual(opmerkingen(eens), opmerkingen(rommel));
        await client.connection.sendNotification('textDocument/didClose', { textDocument: { uri } });
        fs.rmSync(path.join(root, 'rommel.opgave'), { force: true });
    });

    it('leaves a file with a syntax error unformatted and says why', async () => {
        const kapot = 'thema t {\n  soort overig\n}\npersoon p "P" {\n  functie\n}\nthema u {\n      soort overig\n}\n';
        const uri = uriVan(path.join(root, 'kapot-opmaak.opgave'));
        const meldingen: { type: number; message: string }[] = [];
        // vscode-languageserver sends showErrorMessage as window/showMessageRequest.
        client.connection.onRequest('window/showMessageRequest', (m: { type: number; message: string }) => {
            meldingen.push(m);
            return null;
        });
        await client.open(uri, kapot);
        const edits = await client.vraag<TextEdit[] | null>('textDocument/formatting', {
            textDocument: { uri },
            options: { tabSize: 4, insertSpaces: true },
        });
        assert.deepEqual(edits ?? [], []);
        const tot = Date.now() + 5000;
        while (meldingen.length === 0 && Date.now() < tot) {
            await new Promise((r) => setTimeout(r, 50));
        }
        assert.equal(meldingen[0]?.type, 1, JSON.stringify(meldingen));
        assert.match(meldingen[0].message, /^Niet opgemaakt: syntaxfout op regel 6\./);
        await client.connection.sendNotification('textDocument/didClose', { textDocument: { uri } });
    });

    it('shows a code lens above each opdracht', async () => {
        const lenzen = await client.vraag<CodeLens[]>('textDocument/codeLens', { textDocument: { uri: leefUri } });
        const regel = pos(leefTekst, 'opdracht project-fietsroute').line;
        const lens = lenzen.find((l) => l.range.start.line === regel);
        assert.match(lens?.command?.title ?? '', /^project · fase definitie · \d+ bevinding/);
    });

    it('shows the voorscheider outcome as inlay hint', async () => {
        const hints = await client.vraag<InlayHint[]>('textDocument/inlayHint', {
            textDocument: { uri: leefUri },
            range: { start: { line: 0, character: 0 }, end: { line: 9999, character: 0 } },
        });
        const labelsH = hints.map((h) => (typeof h.label === 'string' ? h.label : h.label.map((d) => d.value).join('')));
        assert.ok(
            labelsH.some((l) => l.includes('zoekproces')),
            labelsH.join('|'),
        );
        assert.ok(
            labelsH.some((l) => l.includes('maakproces')),
            labelsH.join('|'),
        );
    });
});

describe('LSP: quick fixes over stdio', function () {
    this.timeout(30000);
    // Every rule with a fix (herstel in its module), in the order of the rule list.
    const FIXBAAR = REGELS.filter(heeftHerstel).map((r) => r.id);
    let client: LspClient;
    let versie = 2;

    before(async () => {
        // One server for all fixes: each fix removes its own finding from the same portfolio.
        const root = kopieer(path.join(ROOT, 'examples', 'fouten'));
        const p = path.join(root, 'leefomgeving.opgave');
        fs.writeFileSync(p, fs.readFileSync(p, 'utf8').replace(/\n\s*gewenste-situatie "Negen[^\n]*/, ''));
        client = await LspClient.start(root);
        await client.wacht(() => FIXBAAR.every((r) => [...client.diagnosen.values()].flat().some((d) => d.code === r)));
        await client.rustig();
    });

    after(async () => {
        await client.stop();
    });

    it('there are rules with a fix', () => {
        assert.ok(FIXBAAR.length > 0);
    });

    for (const regel of FIXBAAR) {
        it(`fixes ${regel}`, async () => {
            const vind = (): [string, Diagnostic] | undefined => {
                for (const [uri, lijst] of client.diagnosen) {
                    const d = lijst.find((x) => x.code === regel);
                    if (d) return [uri, d];
                }
                return undefined;
            };
            const [uri, d] = vind()!;
            // The rule may have more findings (examples/fouten has two herijking-verlopen): the fix
            // removes this one.
            const tel = (): number => [...client.diagnosen.values()].flat().filter((x) => x.code === regel).length;
            const voor = tel();
            const bestand = new URL(uri);
            await client.open(uri, fs.readFileSync(bestand, 'utf8'), versie++);
            const acties = await client.vraag<CodeAction[]>('textDocument/codeAction', {
                textDocument: { uri },
                range: d.range,
                context: { diagnostics: [d] },
            });
            assert.ok(acties.length >= 1, JSON.stringify(acties));
            const changes = acties[0]!.edit?.changes ?? {};
            // Apply the edit like an editor: change the files and tell the server.
            for (const [doelUri, edits] of Object.entries(changes)) {
                const doelBestand = new URL(doelUri);
                const nieuw = pasToe(fs.readFileSync(doelBestand, 'utf8'), edits);
                if (doelUri !== uri) await client.open(doelUri, fs.readFileSync(doelBestand, 'utf8'), versie++);
                fs.writeFileSync(doelBestand, nieuw);
                await client.wijzig(doelUri, nieuw, versie++);
            }
            await client.wacht(() => tel() === voor - 1, 10000, `one ${regel} to disappear`);
            for (const u of new Set([uri, ...Object.keys(changes)])) {
                await client.connection.sendNotification('textDocument/didClose', { textDocument: { uri: u } });
            }
            // No syntax errors introduced
            assert.deepEqual(
                [...client.diagnosen.values()]
                    .flat()
                    .filter((x) => x.code === 'syntaxis')
                    .map((x) => x.message),
                [],
            );
        });
    }
});

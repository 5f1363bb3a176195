/**
 * LSP protocol tests of the outline, the symbol kinds and the document links: a deelopgave under
 * its opgave, an opdracht with its driehoek, fasen, doelen, inspanningen and historie as children,
 * a distinct kind per declaration, workspace symbols with those kinds, and links for `document`
 * paths that exist (next to the file or in the portfolio root), none for missing ones.
 */
import * as assert from 'node:assert/strict';
import * as fs from 'node:fs';
import * as path from 'node:path';
import { SymbolKind, type DocumentLink, type DocumentSymbol, type SymbolInformation } from 'vscode-languageserver';
import { URI } from 'vscode-uri';
import { kopieer, LspClient, uriVan } from '../helpers/lsp-client.js';
import { ROOT } from '../helpers/index.js';

const TEKST = `opgave hoofd-opgave "Hoofd" {
    thema wonen
}
opgave deel-opgave "Deel" {
    deel-van hoofd-opgave
    voorscheider {
        idee bekend
    }
}
opgave klein-deel "Klein deel" {
    deel-van deel-opgave
}
opgave kring-a {
    deel-van kring-b
}
opgave kring-b {
    deel-van kring-a
}
opdracht overzicht-project "Overzicht" voor hoofd-opgave {
    werkwijze programma
    driehoek {
        bestuurlijk-opdrachtgever weth-wonen
        ambtelijk-opdrachtgever dir-ruimte
        sturingsprofessional pgm-wonen
    }
    fasen {
        verkenning afgerond 2024-09-01 besluit go
        opbouw afgerond 2025-02-01 besluit go document programmaplan "stukken/plan.pdf"
        uitvoering actief document jaarplan 2026 "bijlagen/jaarplan 2026.pdf" document jaarplan 2025 "stukken/weg.pdf"
        afbouw
    }
    doelen {
        doel overzicht-doel "Doel"
    }
    inspanningen {
        inspanning overzicht-inspanning draagt-bij-aan overzicht-doel
    }
    historie {
        2024-01-01 programma "Start"
    }
}
persoon overzicht-persoon {
    functie wethouder
}
speler overzicht-speler {
    soort bedrijf
}
gebied overzicht-gebied {
    schaal wijk
}
thema overzicht-thema {
    soort overig
}
`;

/** The name of a symbol kind (`SymbolKind` holds constants, it is no reverse-mapped enum). */
const SOORTNAAM = new Map<number, string>(Object.entries(SymbolKind).map(([naam, waarde]) => [waarde as number, naam]));

/** The tree as "name:kind" lines, children indented. */
function boom(symbolen: DocumentSymbol[], diepte = 0): string[] {
    return symbolen.flatMap((s) => [
        `${'  '.repeat(diepte)}${s.name}:${SOORTNAAM.get(s.kind) ?? s.kind}`,
        ...boom(s.children ?? [], diepte + 1),
    ]);
}

describe('LSP: outline, symbol kinds and document links', function () {
    this.timeout(30000);
    let client: LspClient;
    let root: string;
    let uri: string;

    before(async () => {
        root = kopieer(path.join(ROOT, 'test', 'fixtures', 'basis'), 'overzicht ë');
        // The file sits in a subfolder: stukken/ next to it, bijlagen/ in the portfolio root.
        const sub = path.join(root, 'programma');
        fs.mkdirSync(path.join(sub, 'stukken'), { recursive: true });
        fs.writeFileSync(path.join(sub, 'stukken', 'plan.pdf'), 'plan');
        fs.mkdirSync(path.join(root, 'bijlagen'));
        fs.writeFileSync(path.join(root, 'bijlagen', 'jaarplan 2026.pdf'), 'jaarplan');
        fs.writeFileSync(path.join(sub, 'overzicht.opgave'), TEKST);
        uri = uriVan(path.join(sub, 'overzicht.opgave'));
        client = await LspClient.start(root);
        await client.wacht(() => client.diagnosen.has(uri));
        await client.open(uri, TEKST);
        await client.rustig(300);
    });

    after(async () => {
        await client.stop();
    });

    it('nests deelopgaven and the blocks of an opdracht, with a kind per element', async () => {
        const symbolen = await client.vraag<DocumentSymbol[]>('textDocument/documentSymbol', { textDocument: { uri } });
        assert.deepEqual(boom(symbolen), [
            'hoofd-opgave:Struct',
            '  deel-opgave:Struct',
            '    voorscheider:Operator',
            '    klein-deel:Struct',
            'kring-a:Struct',
            'kring-b:Struct',
            'overzicht-project:Class',
            '  driehoek:Interface',
            '    bestuurlijk-opdrachtgever:Property',
            '    ambtelijk-opdrachtgever:Property',
            '    sturingsprofessional:Property',
            '  fasen:Array',
            '    verkenning:Event',
            '    opbouw:Event',
            '    uitvoering:Event',
            '    afbouw:Event',
            '  doelen:Array',
            '    overzicht-doel:Constant',
            '  inspanningen:Array',
            '    overzicht-inspanning:Function',
            '  historie:Array',
            '    2024-01-01:Key',
            'overzicht-persoon:Variable',
            'overzicht-speler:Object',
            'overzicht-gebied:Field',
            'overzicht-thema:Namespace',
        ]);
        const opdracht = symbolen.find((s) => s.name === 'overzicht-project')!;
        assert.equal(opdracht.detail, 'Overzicht · programma');
        const regels = TEKST.split('\n');
        const fasen = opdracht.children!.find((s) => s.name === 'fasen')!;
        // The fasen block runs from its keyword to its closing brace.
        assert.equal(regels[fasen.range.start.line]!.trim(), 'fasen {');
        assert.equal(regels[fasen.range.end.line]!.slice(0, fasen.range.end.character).trim(), '}');
        assert.equal(fasen.range.end.line, regels.indexOf('        afbouw') + 1);
        const rol = opdracht.children![0]!.children![0]!;
        assert.equal(rol.detail, 'weth-wonen');
    });

    it('gives workspace symbols the same kinds', async () => {
        const w = await client.vraag<SymbolInformation[]>('workspace/symbol', { query: 'overzicht' });
        const soort = (naam: string): string | undefined => {
            const s = w.find((x) => x.name === naam);
            return s ? SOORTNAAM.get(s.kind) : undefined;
        };
        assert.equal(soort('overzicht-project'), 'Class');
        assert.equal(soort('overzicht-persoon'), 'Variable');
        assert.equal(soort('overzicht-thema'), 'Namespace');
        assert.equal(soort('overzicht-speler'), 'Object');
    });

    it('answers on every prefix of a file being typed (outline, links, completion)', async () => {
        let versie = 2;
        for (let eind = 0; eind <= TEKST.length; eind += 23) {
            const tekst = TEKST.slice(0, eind);
            await client.wijzig(uri, tekst, versie++);
            const regels = tekst.split('\n');
            const positie = { line: regels.length - 1, character: regels[regels.length - 1]!.length };
            const symbolen = await client.vraag<DocumentSymbol[] | null>('textDocument/documentSymbol', { textDocument: { uri } });
            const leeg = (s: DocumentSymbol): boolean => s.name.trim() === '' || (s.children ?? []).some(leeg);
            assert.ok(!(symbolen ?? []).some(leeg), `empty symbol name at ${eind}`);
            await client.vraag('textDocument/documentLink', { textDocument: { uri } });
            for (const context of [
                { triggerKind: 1 },
                { triggerKind: 2, triggerCharacter: ' ' },
                { triggerKind: 2, triggerCharacter: ',' },
            ]) {
                await client.vraag('textDocument/completion', { textDocument: { uri }, position: positie, context });
            }
        }
        await client.wijzig(uri, TEKST, versie);
    });

    it('links document paths that exist, next to the file or in the root, and no others', async () => {
        const links = await client.vraag<DocumentLink[]>('textDocument/documentLink', { textDocument: { uri } });
        const doelen = links.map((l) => URI.parse(l.target!).fsPath).sort();
        assert.deepEqual(doelen, [path.join(root, 'bijlagen', 'jaarplan 2026.pdf'), path.join(root, 'programma', 'stukken', 'plan.pdf')]);
        const regels = TEKST.split('\n');
        const plan = links.find((l) => l.target!.endsWith('plan.pdf') && !l.target!.includes('jaarplan'))!;
        const r = plan.range;
        assert.equal(regels[r.start.line]!.slice(r.start.character, r.end.character), 'stukken/plan.pdf');
    });
});

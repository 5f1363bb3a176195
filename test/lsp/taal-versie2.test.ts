/**
 * LSP protocol tests of the version-2 words of the language over a real stdio connection:
 * `prioriteit hoog|middel|laag` on an opgave and personen and spelers mixed after `afgestemd-met`
 * (taal.md, regels.md "Version 2"). Completion offers the values and both kinds of name, hover
 * explains the new keyword with its guide section, semantic tokens colour a speler after
 * `afgestemd-met` as a speler, and a name that is both a persoon and a speler goes to the persoon.
 */
import * as assert from 'node:assert/strict';
import * as fs from 'node:fs';
import * as path from 'node:path';
import type { CompletionItem, CompletionList, Hover, Location, LocationLink, SemanticTokensLegend } from 'vscode-languageserver';
import { kopieer, LspClient, na, uriVan } from '../helpers/lsp-client.js';
import { ROOT } from '../helpers/index.js';

const BASIS = path.join(ROOT, 'test', 'fixtures', 'basis');

// `hoofd-vergunningen` is also declared as a speler here: after afgestemd-met the persoon is meant.
const KLAD = `speler hoofd-vergunningen "Zelfde naam als een persoon" {
    soort netwerk
}

opgave leefbaarheid "Leefbare kernen" {
    thema wonen
    prioriteit 
    huidige-situatie "In drie kernen sluiten de laatste winkels."
    gewenste-situatie "Elke kern houdt een ontmoetingsplek."
    spelers huurdersvereniging
}

opdracht dorpshuizen "Beheer dorpshuizen" voor leefbaarheid {
    werkwijze routine
    eigenaar hoofd-vergunningen
    kaders "Accommodatiebeleid"
    budget 60_000
    capaciteit 0.4
    vastgesteld 2026-02-01
    status lopend
    historie {
        2025-10-01 bestuursproces "Gesprekken in de kernen"
        2026-02-01 routine "Belegd bij de lijn" afgestemd-met hoofd-vergunningen, huurdersvereniging, 
    }
}
`;

function labels(r: CompletionItem[] | CompletionList | null): string[] {
    return (Array.isArray(r) ? r : (r?.items ?? [])).map((i) => i.label);
}

describe('LSP: de woorden van versie 2 (prioriteit, afgestemd-met met spelers)', function () {
    this.timeout(30000);
    let client: LspClient;
    let root: string;
    let kladUri: string;

    before(async () => {
        root = kopieer(BASIS, 'versie 2');
        fs.writeFileSync(path.join(root, 'klad.opgave'), KLAD);
        kladUri = uriVan(path.join(root, 'klad.opgave'));
        client = await LspClient.start(root);
        await client.wacht(() => client.diagnosen.has(kladUri));
        await client.open(kladUri, KLAD);
        await client.rustig(300);
    });

    after(async () => {
        await client.stop();
    });

    it('biedt na "prioriteit " de drie waarden aan', async () => {
        const r = await client.vraag<CompletionList | null>('textDocument/completion', {
            textDocument: { uri: kladUri },
            position: na(KLAD, 'prioriteit '),
        });
        const l = labels(r);
        for (const waarde of ['hoog', 'middel', 'laag']) {
            assert.ok(l.includes(waarde), l.join(','));
        }
    });

    it('biedt na "afgestemd-met …, " personen en spelers aan', async () => {
        const r = await client.vraag<CompletionList | null>('textDocument/completion', {
            textDocument: { uri: kladUri },
            position: na(KLAD, 'huurdersvereniging, '),
            context: { triggerKind: 2, triggerCharacter: ' ' },
        });
        const l = labels(r);
        assert.ok(l.includes('weth-wonen'), `geen persoon: ${l.join(',')}`);
        assert.ok(l.includes('ontwikkelaar-a'), `geen speler: ${l.join(',')}`);
    });

    it('legt prioriteit uit met de bron in de gids', async () => {
        const h = await client.vraag<Hover>('textDocument/hover', { textDocument: { uri: kladUri }, position: na(KLAD, 'prioriteit', 3) });
        assert.match(JSON.stringify(h.contents), /H3, Prioriteitstelling/);
    });

    it('meldt geen onbekende verwijzing voor een speler achter afgestemd-met', () => {
        const d = client.diagnosen.get(kladUri) ?? [];
        assert.deepEqual(
            d.filter((x) => x.code === 'onbekende-verwijzing').map((x) => x.message),
            [],
        );
    });

    it('kleurt achter afgestemd-met een persoon als persoon en een speler als speler', async () => {
        const legenda = client.initializeResult?.capabilities.semanticTokensProvider?.legend as SemanticTokensLegend;
        const r = await client.vraag<{ data: number[] }>('textDocument/semanticTokens/full', { textDocument: { uri: kladUri } });
        // Decode the relative encoding into (line, character) → token type.
        const typen = new Map<string, string>();
        let [regel, teken] = [0, 0];
        for (let i = 0; i < r.data.length; i += 5) {
            const [dRegel, dTeken, , type] = r.data.slice(i, i + 4) as [number, number, number, number];
            regel += dRegel;
            teken = dRegel === 0 ? teken + dTeken : dTeken;
            typen.set(`${regel}:${teken}`, legenda.tokenTypes[type]!);
        }
        const typeOp = (zoek: string): string | undefined => {
            const p = na(KLAD, zoek, 0);
            return typen.get(`${p.line}:${p.character}`);
        };
        const spelerType = typeOp('huurdersvereniging\n}');
        const persoonType = typeOp('hoofd-vergunningen, huurdersvereniging, ');
        assert.equal(spelerType, typeOp('huurdersvereniging, \n') ?? '');
        assert.ok(spelerType && persoonType && spelerType !== persoonType, `${spelerType} / ${persoonType}`);
    });

    it('gaat bij een naam die persoon en speler is naar de persoon', async () => {
        const r = await client.vraag<Location[] | LocationLink[] | Location | null>('textDocument/definition', {
            textDocument: { uri: kladUri },
            position: na(KLAD, 'afgestemd-met hoofd-vergunningen', 'afgestemd-met '.length + 2),
        });
        const doel = Array.isArray(r) ? r[0] : r;
        const uri = doel && ('targetUri' in doel ? doel.targetUri : doel.uri);
        assert.equal(uri, uriVan(path.join(root, 'organisatie.opgave')));
    });
});

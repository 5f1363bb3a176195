/**
 * LSP protocol tests of completion as an editor drives it: the trigger characters the server
 * advertises, a list that opens by itself after a slot keyword with only what fits the slot (no
 * keywords, no snippets), nothing where a typed space opens no slot, and the server's snippets:
 * offered only where their declaration or block starts, and valid text when every placeholder is
 * left as it is (checked with the core checker on the fixture portfolio).
 */
import * as assert from 'node:assert/strict';
import * as fs from 'node:fs';
import * as path from 'node:path';
import { CompletionItemKind, InsertTextFormat, type CompletionItem, type CompletionList } from 'vscode-languageserver';
import { kopieer, LspClient, na, uriVan } from '../helpers/lsp-client.js';
import { check, ROOT } from '../helpers/index.js';

const BASIS = path.join(ROOT, 'test', 'fixtures', 'basis');

const KLAD = `persoon p-weth "W" {
    functie wethouder
}
opgave klad-opgave "K" {
    bedoeling "B"
}
opdracht kladblok "Kladblok" voor woningtekort {
    werkwijze project 
    driehoek {
        bestuurlijk-opdrachtgever 
        ambtelijk-opdrachtgever dir-ruimte, 
        sturingsprofessional pm-centrum
    }
    kaders "Woon visie"
    status 
    fasen {
        initiatief afgerond 2026-01-01 besluit go document 
    }
}

`;

function items(r: CompletionItem[] | CompletionList | null): CompletionItem[] {
    return Array.isArray(r) ? r : (r?.items ?? []);
}

/**
 * Expands an LSP snippet as an editor does when the user leaves every placeholder as it is:
 * `${n:default}` gives the default, `${n|a,b|}` the first choice, `${n}` and `$n` repeat what
 * placeholder n gave, `$0` nothing.
 */
export function vulIn(snippet: string): string {
    const waarden = new Map<string, string>();
    const ontsnap = (s: string): string => s.replace(/\\([$}\\,|])/g, '$1');
    return snippet.replace(
        /\$\{(\d+):((?:\\.|[^}\\])*)\}|\$\{(\d+)\|((?:\\.|[^|\\])*)\|\}|\$\{(\d+)\}|\$(\d+)/g,
        (_m, n1: string, standaard: string, n2: string, keuzes: string, n3: string, n4: string) => {
            if (n1 !== undefined) {
                waarden.set(n1, ontsnap(standaard));
                return ontsnap(standaard);
            }
            if (n2 !== undefined) {
                const eerste = ontsnap(keuzes.split(/(?<!\\),/)[0] ?? '');
                waarden.set(n2, eerste);
                return eerste;
            }
            return waarden.get(n3 ?? n4) ?? '';
        },
    );
}

describe('LSP: completion opens by itself and fits the slot', function () {
    this.timeout(30000);
    let client: LspClient;
    let root: string;
    let kladUri: string;

    const vraag = (uri: string, positie: { line: number; character: number }, teken?: string): Promise<CompletionList | null> =>
        client.vraag<CompletionList | null>('textDocument/completion', {
            textDocument: { uri },
            position: positie,
            context: teken === undefined ? { triggerKind: 1 } : { triggerKind: 2, triggerCharacter: teken },
        });

    before(async () => {
        root = kopieer(BASIS, 'aanvulling ë');
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

    it('advertises space and comma as trigger characters', () => {
        const tekens = client.initializeResult?.capabilities.completionProvider?.triggerCharacters ?? [];
        assert.ok(tekens.includes(' ') && tekens.includes(','), JSON.stringify(tekens));
    });

    it('after "bestuurlijk-opdrachtgever " + space: only fitting persons, no keyword, no snippet', async () => {
        const lijst = items(await vraag(kladUri, na(KLAD, 'bestuurlijk-opdrachtgever '), ' '));
        const labels = lijst.map((i) => i.label).sort();
        assert.deepEqual(labels, ['p-weth', 'weth-wonen']);
        assert.ok(
            lijst.every(
                (i) =>
                    i.kind !== CompletionItemKind.Keyword &&
                    i.kind !== CompletionItemKind.Snippet &&
                    i.insertTextFormat !== InsertTextFormat.Snippet,
            ),
            JSON.stringify(lijst),
        );
        // Invoked by hand (ctrl+space) the slot gives the same names and no snippets either.
        const hand = items(await vraag(kladUri, na(KLAD, 'bestuurlijk-opdrachtgever ')));
        assert.deepEqual(hand.map((i) => i.label).sort(), ['p-weth', 'weth-wonen']);
        // Each name with the person's title beside it.
        assert.deepEqual(lijst.map((i) => [i.label, i.labelDetails?.description, i.detail]).sort(), [
            ['p-weth', 'W', 'W'],
            ['weth-wonen', 'Wethouder Wonen', 'Wethouder Wonen'],
        ]);
    });

    it('after a comma in a name list: the fitting persons of that role', async () => {
        const labels = items(await vraag(kladUri, na(KLAD, 'dir-ruimte, '), ' ')).map((i) => i.label);
        assert.ok(labels.includes('mt-wonen') && labels.includes('dir-ruimte'), labels.join(','));
        assert.ok(!labels.includes('weth-wonen') && !labels.includes('pm-centrum'), labels.join(','));
        const komma = items(await vraag(kladUri, na(KLAD, 'dir-ruimte,'), ',')).map((i) => i.label);
        assert.ok(komma.includes('mt-wonen'), komma.join(','));
    });

    it('after "status " + space: the status values only', async () => {
        const labels = items(await vraag(kladUri, na(KLAD, 'status '), ' ')).map((i) => i.label);
        assert.deepEqual([...labels].sort(), ['afgerond', 'gepauzeerd', 'gestopt', 'lopend', 'voorbereiding']);
    });

    it('after "document " + space: the kinds of decision documents only', async () => {
        const labels = items(await vraag(kladUri, na(KLAD, 'besluit go document '), ' ')).map((i) => i.label);
        assert.deepEqual([...labels].sort(), [
            'evaluatierapport',
            'jaarplan',
            'overdrachtsrapport',
            'programmaplan',
            'projectplan',
            'startdocument',
            'uitvoeringsplan',
        ]);
    });

    it('a typed space outside a slot opens nothing', async () => {
        const plekken: [string, number][] = [
            ['opdracht kladblok "Kladblok" ', 'opdracht kladblok "Kladblok" '.length], // before voor / {
            ['werkwijze project ', 'werkwijze project '.length], // after a complete value
            ['"Woon ', '"Woon '.length], // inside a string
            ['    werkwijze', 1], // indentation
            ['persoon p-weth', 'persoon '.length], // a new name
        ];
        for (const [zoek, extra] of plekken) {
            const r = await vraag(kladUri, na(KLAD, zoek, extra), ' ');
            assert.deepEqual(items(r), [], `${zoek}: ${JSON.stringify(r)}`);
        }
    });

    it('offers declaration snippets only where a declaration starts', async () => {
        const regels = KLAD.split('\n');
        const lijst = items(await vraag(kladUri, { line: regels.length - 1, character: 0 }));
        const snippets = lijst.filter((i) => i.kind === CompletionItemKind.Snippet).map((i) => i.label);
        assert.deepEqual([...snippets].sort(), ['gebied', 'gemeente', 'opdracht', 'opgave', 'persoon', 'speler', 'thema']);
        // Inside an opdracht: its blocks, no declarations.
        const binnen = items(await vraag(kladUri, na(KLAD, '    kaders', 0)));
        const blokken = binnen.filter((i) => i.kind === CompletionItemKind.Snippet).map((i) => i.label);
        assert.deepEqual([...blokken].sort(), ['doelen', 'driehoek', 'fasen', 'historie']);
        // Inside a driehoek and in a slot: none.
        const driehoek = items(await vraag(kladUri, na(KLAD, '        sturingsprofessional', 8)));
        assert.ok(driehoek.length > 0 && driehoek.every((i) => i.kind !== CompletionItemKind.Snippet), JSON.stringify(driehoek));
        // Inside an opgave, where thema and gebied are fields: none.
        const opgave = items(await vraag(kladUri, na(KLAD, '    bedoeling', 4)));
        assert.ok(
            opgave.some((i) => i.label === 'thema') && opgave.every((i) => i.kind !== CompletionItemKind.Snippet),
            JSON.stringify(opgave),
        );
        const slot = items(await vraag(kladUri, na(KLAD, 'status ')));
        assert.ok(
            slot.every((i) => i.kind !== CompletionItemKind.Snippet),
            JSON.stringify(slot),
        );
    });

    it('every snippet is valid text with its placeholders left alone', async () => {
        const regels = KLAD.split('\n');
        const boven = items(await vraag(kladUri, { line: regels.length - 1, character: 0 })).filter(
            (i) => i.kind === CompletionItemKind.Snippet,
        );
        const binnen = items(await vraag(kladUri, na(KLAD, '    kaders', 0))).filter((i) => i.kind === CompletionItemKind.Snippet);
        assert.equal(boven.length + binnen.length, 11);
        const basis = Object.fromEntries(fs.readdirSync(BASIS).map((f) => [f, fs.readFileSync(path.join(BASIS, f), 'utf8')] as const));
        for (const snippet of [...boven, ...binnen]) {
            assert.equal(snippet.insertTextFormat, InsertTextFormat.Snippet, snippet.label);
            const tekst = vulIn(snippet.insertText ?? '');
            assert.ok(!/\$\{?\d/.test(tekst), `${snippet.label}: ${tekst}`);
            const bestand = boven.includes(snippet)
                ? tekst
                : `opdracht sjabloon "S" voor woningtekort {\n    werkwijze ${snippet.label === 'doelen' ? 'programma' : 'project'}\n${tekst}\n}\n`;
            const uitkomst = await check({ ...basis, 'klad.opgave': KLAD.slice(0, KLAD.indexOf('opdracht')), 'sjabloon.opgave': bestand });
            const fout = uitkomst.bevindingen.filter((b) => b.ruleId === 'syntaxis' || b.ruleId === 'onbekende-verwijzing');
            assert.deepEqual(
                fout.map((b) => `${b.ruleId}: ${b.message}`),
                [],
                `${snippet.label}:\n${bestand}`,
            );
        }
    });

    it('uses real names of the portfolio as choices', async () => {
        const regels = KLAD.split('\n');
        const opdracht = items(await vraag(kladUri, { line: regels.length - 1, character: 0 })).find(
            (i) => i.kind === CompletionItemKind.Snippet && i.label === 'opdracht',
        );
        const tekst = opdracht?.insertText ?? '';
        assert.match(tekst, /voor \$\{\d+\|centrumplan,klad-opgave,woningtekort\|\}/);
        assert.match(tekst, /bestuurlijk-opdrachtgever \$\{\d+\|p-weth,weth-wonen\|\}/);
    });
});

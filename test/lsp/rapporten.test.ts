/**
 * LSP: the reports of the preview (`opgave.server.rapporten`) over a real stdio connection, on a
 * copy of examples/fouten: every report by default; with `{ paginas }` only those pages and
 * README.md, with `alle` listing every page and the diagram links only for the pages sent.
 */
import * as assert from 'node:assert/strict';
import * as path from 'node:path';
import { kopieer, LspClient, uriVan } from '../helpers/lsp-client.js';
import { ROOT } from '../helpers/index.js';
import type { RapportenAntwoord } from '../../server/src/commandos.js';

describe('LSP: reports for the preview (opgave.server.rapporten)', function () {
    this.timeout(30000);
    let client: LspClient;
    let root: string;

    before(async () => {
        root = kopieer(path.join(ROOT, 'examples', 'fouten'), 'rapporten portfolio ë');
        client = await LspClient.start(root);
        await client.wacht(() => client.diagnosen.has(uriVan(path.join(root, 'leefomgeving.opgave'))), 20000);
        await client.rustig(300);
    });

    after(async () => {
        await client.stop();
    });

    const rapporten = (...args: unknown[]): Promise<RapportenAntwoord> =>
        client.vraag<RapportenAntwoord>('workspace/executeCommand', { command: 'opgave.server.rapporten', arguments: args });

    it('sends every report without a choice of pages, and lists them in alle', async () => {
        const r = await rapporten();
        assert.deepEqual(Object.keys(r.bestanden).sort(), [...r.alle].sort());
        assert.ok(r.alle.includes('opdrachten/programma-gezond-opgroeien.md') && r.alle.includes('personen.md'), r.alle.join(','));
        assert.ok(Object.keys(r.knopen).length > 2, Object.keys(r.knopen).join(','));
    });

    it('sends only the pages asked for and README.md, with every source and page name', async () => {
        const alles = await rapporten();
        const r = await rapporten(uriVan(path.join(root, 'samenleving.opgave')), {
            paginas: ['opdrachten/programma-gezond-opgroeien.md', 'bestaat-niet.md'],
        });
        assert.deepEqual(Object.keys(r.bestanden).sort(), ['README.md', 'opdrachten/programma-gezond-opgroeien.md']);
        assert.equal(r.bestanden['README.md'], alles.bestanden['README.md']);
        assert.equal(r.bestanden['opdrachten/programma-gezond-opgroeien.md'], alles.bestanden['opdrachten/programma-gezond-opgroeien.md']);
        assert.deepEqual(r.alle, alles.alle);
        assert.deepEqual(r.bronnen, alles.bronnen);
        assert.deepEqual(r.paginas, alles.paginas);
        // Diagram links for the pages sent, the same as in the full answer.
        assert.deepEqual(Object.keys(r.knopen).sort(), ['README.md', 'opdrachten/programma-gezond-opgroeien.md']);
        assert.deepEqual(r.knopen['opdrachten/programma-gezond-opgroeien.md'], alles.knopen['opdrachten/programma-gezond-opgroeien.md']);
    });

    it('treats a second argument of another shape as no choice', async () => {
        for (const vraag of [{ paginas: 'README.md' }, { paginas: [1, 2] }, 'x', null]) {
            const r = await rapporten(null, vraag);
            assert.deepEqual(Object.keys(r.bestanden).sort(), [...r.alle].sort(), JSON.stringify(vraag));
        }
    });
});

describe('LSP: reports asked for right after the server starts', function () {
    this.timeout(30000);

    it('wait for the workspace to be read, instead of an empty portfolio (a preview restored after a reload)', async () => {
        const root = kopieer(path.join(ROOT, 'examples', 'fouten'), 'vroeg portfolio');
        const client = await LspClient.start(root);
        try {
            // Asked at once after `initialized`, before any diagnostics.
            const r = await client.vraag<RapportenAntwoord>('workspace/executeCommand', {
                command: 'opgave.server.rapporten',
                arguments: [null, { paginas: [] }],
            });
            assert.ok(r.alle.includes('opdrachten/project-fietsroute.md'), r.alle.join(','));
            assert.match(r.bestanden['README.md'] ?? '', /Gemeente Voorbeeldwaard/);
        } finally {
            await client.stop();
        }
    });
});

/**
 * LSP: the portfolio tree (`opgave.server.portfolioBoom`) over a real stdio connection, on a copy
 * of examples/fouten plus a file with deelopgaven, an opgave without a thema, an opdracht whose
 * opgave does not exist and a `deel-van` cycle.
 */
import * as assert from 'node:assert/strict';
import * as fs from 'node:fs';
import * as path from 'node:path';
import { kopieer, LspClient, uriVan } from '../helpers/lsp-client.js';
import { ROOT } from '../helpers/index.js';
import type { BoomKnoop, PortfolioBoomAntwoord } from '../../server/src/features/portfolio-boom.js';

const EXTRA = `opgave warmte "Warmtetransitie" {
    thema leefomgeving
}
opgave warmte-noord "Warmte Noord" {
    deel-van warmte
}
opgave warmte-noord-oost "Warmte Noord-Oost" {
    deel-van warmte-noord
}
opgave los "Losse opgave" {
}
opgave kring-a "Kring A" {
    deel-van kring-b
}
opgave kring-b "Kring B" {
    deel-van kring-a
}
opdracht zwerver "Zwervende opdracht" voor bestaat-niet {
    werkwijze improvisatie
}
opdracht warmte-noord-plan "Plan Warmte Noord" voor warmte-noord-oost {
    werkwijze project
}
`;

/** `soort:id` of each node, nested. */
function vorm(k: BoomKnoop): unknown {
    return k.kinderen.length === 0 ? `${k.soort}:${k.id}` : { [`${k.soort}:${k.id}`]: k.kinderen.map(vorm) };
}

function* alle(knopen: readonly BoomKnoop[]): Generator<BoomKnoop> {
    for (const k of knopen) {
        yield k;
        yield* alle(k.kinderen);
    }
}

describe('LSP: portfolio tree (opgave.server.portfolioBoom)', function () {
    this.timeout(30000);
    let client: LspClient;
    let root: string;

    before(async () => {
        root = kopieer(path.join(ROOT, 'examples', 'fouten'), 'boom portfolio ë');
        fs.writeFileSync(path.join(root, 'extra.opgave'), EXTRA);
        client = await LspClient.start(root);
        await client.wacht(() => client.diagnosen.has(uriVan(path.join(root, 'leefomgeving.opgave'))), 20000);
        await client.rustig(300);
    });

    after(async () => {
        await client.stop();
    });

    const boom = (): Promise<PortfolioBoomAntwoord> =>
        client.vraag<PortfolioBoomAntwoord>('workspace/executeCommand', { command: 'opgave.server.portfolioBoom', arguments: [] });

    it('is announced by the server', () => {
        const c = client.initializeResult?.capabilities.executeCommandProvider?.commands ?? [];
        assert.ok(c.includes('opgave.server.portfolioBoom'), c.join(','));
    });

    it('nests thema → opgave → deelopgave → opdracht, with groups for what has no thema or opgave', async () => {
        const { knopen } = await boom();
        assert.deepEqual(knopen.map(vorm), [
            {
                'thema:dienstverlening': [
                    { 'opgave:digitale-dienstverlening': ['opdracht:balie-gemeentehuis', 'opdracht:project-digitaal-loket'] },
                ],
            },
            {
                'thema:leefomgeving': [
                    { 'opgave:buiten-spelen': ['opdracht:project-speelplekken'] },
                    { 'opgave:dorpshart': ['opdracht:project-dorpshart'] },
                    { 'opgave:veilig-fietsen': ['opdracht:project-fietsroute'] },
                    { 'opgave:warmte': [{ 'opgave:warmte-noord': [{ 'opgave:warmte-noord-oost': ['opdracht:warmte-noord-plan'] }] }] },
                ],
            },
            {
                'thema:samenleving': [
                    { 'opgave:gezond-opgroeien': ['opdracht:programma-gezond-opgroeien'] },
                    { 'opgave:kindcentrum': ['opdracht:project-kindcentrum'] },
                ],
            },
            { 'groep:zonder-thema': [{ 'opgave:kring-a': ['opgave:kring-b'] }, 'opgave:los'] },
            { 'groep:zonder-opgave': ['opdracht:zwerver'] },
        ]);
    });

    it('gives each node its title, the range of its name, werkwijze and phase', async () => {
        const { knopen } = await boom();
        const leefUri = uriVan(path.join(root, 'leefomgeving.opgave'));
        const regels = fs.readFileSync(path.join(root, 'leefomgeving.opgave'), 'utf8').split('\n');
        const fiets = [...alle(knopen)].find((k) => k.id === 'project-fietsroute')!;
        assert.equal(fiets.titel, 'Veilige fietsroute naar de scholen');
        assert.equal(fiets.uri, leefUri);
        assert.equal(fiets.werkwijze, 'project');
        assert.equal(fiets.fase, 'definitie');
        assert.equal(fiets.status, 'lopend');
        const r = fiets.range!;
        assert.equal(regels[r.start.line]!.slice(r.start.character, r.end.character), 'project-fietsroute');
        assert.ok(fiets.bereik!.start.line === r.start.line && fiets.bereik!.end.line > r.start.line);
        const thema = knopen.find((k) => k.id === 'samenleving')!;
        assert.equal(thema.uri, uriVan(path.join(root, 'organisatie.opgave')));
        assert.equal(thema.titel, 'Samenleving');
        assert.equal(knopen.find((k) => k.soort === 'groep')!.uri, undefined);
    });

    it("counts an opdracht's findings as the diagnostics inside its declaration, and sums them upwards", async () => {
        const { knopen } = await boom();
        let gezien = 0;
        for (const k of alle(knopen)) {
            if (k.soort !== 'opdracht') continue;
            const d = (client.diagnosen.get(k.uri!) ?? []).filter(
                (x) => x.range.start.line >= k.bereik!.start.line && x.range.start.line <= k.bereik!.end.line,
            );
            assert.deepEqual(
                k.bevindingen,
                {
                    fouten: d.filter((x) => x.severity === 1).length,
                    waarschuwingen: d.filter((x) => x.severity === 2).length,
                    meldingen: d.filter((x) => x.severity! > 2).length,
                },
                k.id,
            );
            gezien += d.length;
        }
        assert.ok(gezien > 5, `bevindingen in opdrachten: ${gezien}`);
        const fiets = [...alle(knopen)].find((k) => k.id === 'project-fietsroute')!;
        assert.ok(fiets.bevindingen.fouten + fiets.bevindingen.waarschuwingen > 0);
        const opgave = [...alle(knopen)].find((k) => k.id === 'veilig-fietsen')!;
        const thema = knopen.find((k) => k.id === 'leefomgeving')!;
        assert.equal(opgave.totaal.fouten, opgave.bevindingen.fouten + fiets.totaal.fouten);
        assert.equal(thema.totaal.fouten, thema.bevindingen.fouten + thema.kinderen.reduce((n, k) => n + k.totaal.fouten, 0));
        const zwerver = [...alle(knopen)].find((k) => k.id === 'zwerver')!;
        assert.ok(zwerver.bevindingen.fouten >= 1, 'onbekende opgave is een fout');
    });

    it('follows an edit of an open document', async () => {
        const uri = uriVan(path.join(root, 'extra.opgave'));
        await client.open(uri, EXTRA);
        await client.wijzig(
            uri,
            EXTRA.replace('"Warmte Noord"', '"Warmte Noord en Zuid"').replace('werkwijze project', 'werkwijze programma'),
            2,
        );
        const { knopen } = await boom();
        const alles = [...alle(knopen)];
        assert.equal(alles.find((k) => k.id === 'warmte-noord')!.titel, 'Warmte Noord en Zuid');
        assert.equal(alles.find((k) => k.id === 'warmte-noord-plan')!.werkwijze, 'programma');
    });
});

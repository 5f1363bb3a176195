/**
 * LSP: "Vergelijk met…" (`opgave.server.vergelijk`) over a real stdio connection, on a git
 * repository made from test/fixtures/basis whose working tree raises a budget after the commit:
 * without a ref the command proposes one (the upstream branch, else HEAD), with a ref it returns
 * the Markdown diff of that ref against the working tree, and a user mistake (an unknown ref, a
 * workspace outside git, an argument of another shape) is a Dutch `fout` in the answer, not a
 * request error.
 */
import * as assert from 'node:assert/strict';
import * as fs from 'node:fs';
import * as path from 'node:path';
import { kopieer, LspClient } from '../helpers/lsp-client.js';
import { PEILDATUM, ROOT } from '../helpers/index.js';
import { commitAlles, git, nieuweRepository } from '../helpers/git.js';
import { tijdelijkeMap } from '../helpers/tijdelijk.js';
import type { VergelijkAntwoord } from '../../server/src/vergelijk.js';

const BASIS = path.join(ROOT, 'test', 'fixtures', 'basis');

/** Sends `opgave.server.vergelijk` with the given arguments. */
function vergelijk(client: LspClient, ...args: unknown[]): Promise<VergelijkAntwoord> {
    return client.vraag<VergelijkAntwoord>('workspace/executeCommand', { command: 'opgave.server.vergelijk', arguments: args });
}

/** The field `veld` of an answer, failing (with the whole answer) when it is another shape. */
function veld<K extends 'standaard' | 'markdown' | 'fout'>(a: VergelijkAntwoord, k: K): string {
    const w = (a as Record<string, unknown>)[k];
    assert.equal(typeof w, 'string', `expected ${k} in ${JSON.stringify(a).slice(0, 500)}`);
    return w as string;
}

describe('LSP: compare with a git ref (opgave.server.vergelijk)', function () {
    this.timeout(60000);
    let client: LspClient;
    let root: string;

    before(async () => {
        root = kopieer(BASIS, 'vergelijk portfolio ë');
        nieuweRepository(root);
        commitAlles(root, 'Basisportfolio', '2026-11-01');
        const bestand = path.join(root, 'opdrachten.opgave');
        const tekst = fs.readFileSync(bestand, 'utf8');
        assert.ok(tekst.includes('budget 950_000'));
        fs.writeFileSync(bestand, tekst.replace('budget 950_000', 'budget 1_000_000'));
        client = await LspClient.start(root, { peildatum: PEILDATUM });
    });

    after(async () => {
        await client.stop();
    });

    it('proposes HEAD when the branch has no upstream', async () => {
        assert.deepEqual(await vergelijk(client, {}), { standaard: 'HEAD' });
        assert.deepEqual(await vergelijk(client), { standaard: 'HEAD' });
    });

    it('returns the Markdown diff of the ref against the working tree, with the opdracht and its budget change', async () => {
        const a = await vergelijk(client, { basis: 'HEAD' });
        const md = veld(a, 'markdown');
        const regels = md.split('\n');
        assert.equal(regels[0], '<!-- opgave-diff -->');
        assert.match(regels[1] ?? '', /^# Portfoliowijzigingen `HEAD` \([0-9a-f]{8}\) → werkmap$/);
        // The editor's peildatum setting holds for both versions.
        assert.match(md, new RegExp(`Peildatum ${PEILDATUM};`));
        assert.match(md, /project-centrum/);
        assert.match(md, /\| budget \| € 950\.000 \| € 1\.000\.000 \| \+€ 50\.000 \|/);
        assert.doesNotMatch(md, /Geen inhoudelijke wijzigingen/);
        assert.deepEqual('meldingen' in a ? a.meldingen : undefined, []);
    });

    it('names the ref as given, and forgives white space around it', async () => {
        const md = veld(await vergelijk(client, { basis: 'main' }), 'markdown');
        assert.match(md, /^# Portfoliowijzigingen `main` \([0-9a-f]{8}\) → werkmap$/m);
        assert.match(md, /\+€ 50\.000/);
        assert.equal(veld(await vergelijk(client, { basis: ' main ' }), 'markdown'), md);
    });

    it('answers an unknown ref with a Dutch fout, not a request error', async () => {
        const fout = veld(await vergelijk(client, { basis: 'bestaat-niet' }), 'fout');
        assert.match(fout, /onbekende git-ref 'bestaat-niet'/);
        // A ref that looks like an option is just an unknown ref.
        assert.match(veld(await vergelijk(client, { basis: '--output=x' }), 'fout'), /onbekende git-ref '--output=x'/);
        assert.ok(!fs.existsSync(path.join(root, 'x')));
    });

    it('answers an argument of another shape with a fout', async () => {
        assert.match(veld(await vergelijk(client, { basis: 5 }), 'fout'), /Ongeldige vraag/);
        assert.match(veld(await vergelijk(client, 'HEAD'), 'fout'), /Ongeldige vraag/);
    });

    it('proposes the upstream branch of a clone', async () => {
        const kloon = path.join(tijdelijkeMap('lsp'), 'kloon');
        git(root, 'clone', '-q', root, kloon);
        const k = await LspClient.start(kloon, { peildatum: PEILDATUM });
        try {
            assert.deepEqual(await vergelijk(k, {}), { standaard: 'origin/main' });
            // The clone has the committed budget: origin/main against its working tree is no change.
            assert.match(veld(await vergelijk(k, { basis: 'origin/main' }), 'markdown'), /Geen inhoudelijke wijzigingen/);
        } finally {
            await k.stop();
        }
    });

    it('answers a workspace outside git with a fout before asking for a ref', async () => {
        const los = kopieer(BASIS, 'los portfolio');
        const k = await LspClient.start(los, { peildatum: PEILDATUM });
        try {
            assert.match(veld(await vergelijk(k, {}), 'fout'), /geen git-repository/);
            assert.match(veld(await vergelijk(k, { basis: 'HEAD' }), 'fout'), /geen git-repository/);
        } finally {
            await k.stop();
        }
    });

    it('answers a server without a workspace folder with a fout', async () => {
        const k = await LspClient.start(undefined);
        try {
            assert.match(veld(await vergelijk(k, {}), 'fout'), /Geen werkruimtemap geopend/);
        } finally {
            await k.stop();
        }
    });
});

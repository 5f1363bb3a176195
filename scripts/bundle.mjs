// Bundles the executables with esbuild: the CLI, the language server and (when present) the
// VS Code extension client. Output goes to dist/ (git-ignored), with esbuild's metafile beside each
// bundle (dist/<name>.meta.json: every input file), which test/core/bundels.test.ts reads to make
// sure no package is bundled twice (e.g. two vscode-languageserver-protocol copies).
import { build } from 'esbuild';
import { existsSync, readFileSync, writeFileSync } from 'node:fs';

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
    { entryPoints: ['cli/src/bin.ts'], outfile: 'dist/cli.cjs' },
    { entryPoints: ['server/src/main.ts'], outfile: 'dist/server.cjs' },
    { entryPoints: ['client/src/extension.ts'], outfile: 'dist/extension.cjs', external: ['vscode'] },
];
for (const doel of doelen) {
    if (existsSync(doel.entryPoints[0])) {
        const { metafile } = await build({ ...gemeenschappelijk, ...doel, metafile: true });
        writeFileSync(doel.outfile.replace(/\.cjs$/, '.meta.json'), JSON.stringify(metafile));
    }
}

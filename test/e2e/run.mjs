// Real-client tests (npm run test:e2e): (a) extension-host tests in code-server through
// @vscode/test-electron's runTests with the code-server shim (vscode-shim.mjs), (b) the user-level
// test with the installed VSIX, (c) the Neovim test, (d) the Emacs (eglot) test, (e) the preview at 500 px in headless Chromium, (f) the static site (opgave site) in headless Chromium with axe-core. code-server runs on the Node 24 from .tools;
// these scripts run on any Node. Each part skips with a message when its tools are missing
// (install them with test/e2e/install.sh); the exit code is non-zero when a part that ran failed.
import { spawnSync } from 'node:child_process';
import * as fs from 'node:fs';
import * as os from 'node:os';
import * as path from 'node:path';
import { fileURLToPath } from 'node:url';
import { ontbreekt, REPO } from './code-server.mjs';

const HIER = path.dirname(fileURLToPath(import.meta.url));
const alleen = process.argv.slice(2);
const doe = (deel) => alleen.length === 0 || alleen.includes(deel);
const uitslagen = [];

async function extensieHost() {
    const reden = ontbreekt();
    if (reden) return uitslagen.push(['a extensie-host', `overgeslagen: ${reden}`]);
    const { runTests } = await import('@vscode/test-electron');
    const werkMap = fs.mkdtempSync(path.join(os.tmpdir(), 'opgave-e2e-'));
    const werk = path.join(werkMap, 'fouten portfolio ë');
    fs.cpSync(path.join(REPO, 'examples', 'fouten'), werk, { recursive: true });
    try {
        await runTests({
            vscodeExecutablePath: path.join(HIER, 'vscode-shim.mjs'),
            extensionDevelopmentPath: REPO,
            extensionTestsPath: path.join(HIER, 'suite', 'index.cjs'),
            launchArgs: [werk],
        });
        uitslagen.push(['a extensie-host', 'geslaagd']);
    } catch (e) {
        uitslagen.push(['a extensie-host', `MISLUKT: ${e instanceof Error ? e.message : String(e)}`]);
    } finally {
        fs.rmSync(werkMap, { recursive: true, force: true });
    }
}

function script(naam, deel) {
    const r = spawnSync(process.execPath, [path.join(REPO, ...deel)], { stdio: 'inherit', cwd: REPO });
    uitslagen.push([naam, r.status === 0 ? 'geslaagd (of overgeslagen, zie boven)' : `MISLUKT (exitcode ${r.status})`]);
}

if (doe('a')) await extensieHost();
if (doe('b')) script('b gebruiker (VSIX)', ['test', 'e2e', 'gebruiker.mjs']);
if (doe('c')) script('c neovim', ['test', 'neovim', 'run.mjs']);
if (doe('d')) script('d emacs', ['test', 'emacs', 'run.mjs']);
if (doe('e')) script('e voorbeeld op 500 px', ['test', 'e2e', 'breedte.mjs']);
if (doe('f')) script('f statische site', ['test', 'e2e', 'site.mjs']);
console.log('\nEchte clients:');
for (const [naam, uitslag] of uitslagen) console.log(`  ${naam}: ${uitslag}`);
process.exit(uitslagen.some(([, u]) => u.startsWith('MISLUKT')) ? 1 : 0);

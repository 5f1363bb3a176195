#!/usr/bin/env node
// Stands in for the VS Code executable in @vscode/test-electron's runTests: starts code-server,
// opens its workbench in headless Chromium with extensionDevelopmentPath/extensionTestsPath in
// the URL payload, so the mocha suite runs in VS Code's real extension host, and exits with the
// test run's exit code (reported by the workbench through window.codeAutomationExit).
// A built VS Code for the web reads those payload entries only when the smoke-test driver is
// enabled (1.100 read them always, 1.139 no longer does); code-server passes that server flag on
// with --vscode-option. Without it the dev extension is never loaded and the run times out.
import * as path from 'node:path';
import { maakThuis, ruimOp, startBrowser, startCodeServer } from './code-server.mjs';

const args = process.argv.slice(2);
const waarde = (naam) => args.filter((a) => a.startsWith(`--${naam}=`)).map((a) => a.slice(naam.length + 3));
const ontwikkel = waarde('extensionDevelopmentPath');
const testen = waarde('extensionTestsPath')[0];
const map = args.find((a) => !a.startsWith('--'));
if (!testen || ontwikkel.length === 0) {
    console.error('vscode-shim: --extensionDevelopmentPath en --extensionTestsPath zijn nodig.');
    process.exit(2);
}

// The workbench sends all its log lines here during a test run; these repeat dozens of times
// without an account or network and say nothing about our extension.
const RUIS = /^(\[(AgentHost|ChatModelSelection|AccountPolicyGate)\b|Ignoring fetching additional builtin extensions)/;

const mappen = maakThuis('exthost');
const server = await startCodeServer(mappen, ['--vscode-option', 'enable-smoke-test-driver']);
const browser = await startBrowser();
let code;
const klaar = new Promise((resolve) => {
    const stopper = setTimeout(() => {
        console.error('vscode-shim: time-out na 300 s');
        resolve(1);
    }, 300000);
    (async () => {
        const page = await browser.newPage();
        await page.exposeFunction('codeAutomationLog', (type, regels) => {
            const lijst = Array.isArray(regels) ? regels : [regels];
            if (type !== 'error' && RUIS.test(String(lijst[0]))) return;
            console[type === 'error' ? 'error' : 'log'](...lijst);
        });
        await page.exposeFunction('codeAutomationExit', (c) => {
            clearTimeout(stopper);
            resolve(c);
        });
        page.on('pageerror', (e) => console.error('[pagina]', e.message));
        const autoriteit = `127.0.0.1:${server.port}`;
        const remote = (p) => `vscode-remote://${autoriteit}${path.resolve(p).split(path.sep).map(encodeURIComponent).join('/')}`;
        const payload = [...ontwikkel.map((p) => ['extensionDevelopmentPath', remote(p)]), ['extensionTestsPath', remote(testen)]];
        const url = `http://${autoriteit}/?${map ? `folder=${encodeURIComponent(path.resolve(map))}&` : ''}payload=${encodeURIComponent(JSON.stringify(payload))}`;
        await page.goto(url);
    })().catch((e) => {
        console.error('vscode-shim:', e);
        clearTimeout(stopper);
        resolve(1);
    });
});
try {
    code = await klaar;
} finally {
    await browser.close().catch(() => undefined);
    await server.stop();
    ruimOp(mappen);
}
if (code !== 0) {
    console.error(server.log().split('\n').slice(-30).join('\n'));
}
process.exit(code);

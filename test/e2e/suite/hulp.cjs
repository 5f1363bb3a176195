// Helpers shared by the extension-host suites (*.test.cjs of this folder): the workspace folder,
// waiting for a condition, the findings of opgave, finding positions by text, and asking a provider
// again while the server cancels it for a rebuild.
const assert = require('node:assert/strict');
const path = require('node:path');
const vscode = require('vscode');

/** The repository (the extension under test). */
const REPO = path.resolve(__dirname, '..', '..', '..');

/** The workspace folder of the run (a copy of examples/fouten). */
const map = () => vscode.workspace.workspaceFolders[0].uri.fsPath;

/** The URI of a file in the workspace folder (path segments). */
const bestand = (...delen) => vscode.Uri.file(path.join(map(), ...delen));

/**
 * Resolves when `test()` returns (or resolves to) a truthy value, checked every 100 ms; rejects after `ms` ms
 * naming `wat`. A test that throws or rejects counts as false.
 */
function wacht(test, ms = 20000, wat = 'voorwaarde') {
    return new Promise((resolve, reject) => {
        const begin = Date.now();
        const stap = async () => {
            let ok;
            try {
                ok = Boolean(await test());
            } catch {
                ok = false;
            }
            if (ok) return resolve();
            if (Date.now() - begin > ms) return reject(new Error(`time-out: ${wat}`));
            setTimeout(() => void stap(), 100);
        };
        void stap();
    });
}

/** The rule id of a diagnostic (its code, a plain value or `{ value, target }`). */
const codeVan = (d) => (typeof d.code === 'object' ? String(d.code.value) : String(d.code));

/** The diagnostics of opgave for a file. */
const opgaveDiagnosen = (uri) => vscode.languages.getDiagnostics(uri).filter((d) => d.source === 'opgave');

/** The position `extra` characters after the first occurrence of `zoek` in a document. */
function positie(doc, zoek, extra = 0) {
    const i = doc.getText().indexOf(zoek);
    assert.ok(i >= 0, `niet gevonden: ${zoek}`);
    return doc.positionAt(i + extra);
}

/** Runs a provider command again while the server cancels it for a rebuild (as an editor does). */
async function vraag(commando, ...args) {
    for (let poging = 0; ; poging++) {
        try {
            return await vscode.commands.executeCommand(commando, ...args);
        } catch (e) {
            if (poging >= 10 || !/Cancel/i.test(String(e))) throw e;
            await new Promise((r) => setTimeout(r, 300));
        }
    }
}

module.exports = { REPO, map, bestand, wacht, codeVan, opgaveDiagnosen, positie, vraag };

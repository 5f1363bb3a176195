// Entry of the extension-host tests: runs every *.test.cjs of this folder (sorted) inside VS Code's
// extension host. OPGAVE_E2E_SUITE=name[,name] runs only those files (e.g. `boom` for boom.test.cjs),
// OPGAVE_E2E_GREP only the tests whose title matches.
const fs = require('node:fs');
const path = require('node:path');
const Mocha = require('mocha');

exports.run = function run() {
    const mocha = new Mocha({ ui: 'bdd', timeout: 60000, color: false, reporter: 'spec', grep: process.env.OPGAVE_E2E_GREP || undefined });
    const alleen = (process.env.OPGAVE_E2E_SUITE || '')
        .split(',')
        .map((s) => s.trim())
        .filter(Boolean);
    for (const naam of fs
        .readdirSync(__dirname)
        .filter((f) => f.endsWith('.test.cjs'))
        .sort()) {
        if (alleen.length === 0 || alleen.includes(naam.replace(/\.test\.cjs$/, ''))) mocha.addFile(path.join(__dirname, naam));
    }
    return new Promise((resolve, reject) => {
        mocha.run((fouten) => (fouten > 0 ? reject(new Error(`${fouten} test(s) mislukt`)) : resolve()));
    });
};

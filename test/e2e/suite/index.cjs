// Entry of the extension-host tests: runs the mocha suite inside VS Code's extension host.
const path = require('node:path');
const Mocha = require('mocha');

exports.run = function run() {
    const mocha = new Mocha({ ui: 'bdd', timeout: 60000, color: false, reporter: 'spec' });
    mocha.addFile(path.join(__dirname, 'extension.test.cjs'));
    return new Promise((resolve, reject) => {
        mocha.run((fouten) => (fouten > 0 ? reject(new Error(`${fouten} test(s) mislukt`)) : resolve()));
    });
};

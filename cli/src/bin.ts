#!/usr/bin/env node
/** Entry point of the `opgave` executable. */
import { nodeTeOud } from '../../language/src/node-versie.js';
import { run } from './main.js';

const teOud = nodeTeOud();
if (teOud) {
    process.stderr.write(`opgave: ${teOud}\n`);
    process.exitCode = 2;
} else {
    run(process.argv.slice(2)).then(
        (code) => {
            process.exitCode = code;
        },
        () => {
            process.exitCode = 2;
        },
    );
}

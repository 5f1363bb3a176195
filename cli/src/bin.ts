#!/usr/bin/env node
/** Entry point of the `opgave` executable. */
import { run } from './main.js';

run(process.argv.slice(2)).then(
    (code) => {
        process.exitCode = code;
    },
    () => {
        process.exitCode = 2;
    },
);

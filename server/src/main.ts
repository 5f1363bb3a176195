#!/usr/bin/env node
/**
 * `opgave-language-server`: the language server of the .opgave language for any editor.
 * Usage: `opgave-language-server --stdio` (also --node-ipc and --socket=<port>, as
 * vscode-languageserver supports).
 */
// First import: with --stdio, stdout is reserved for the JSON-RPC stream before any other code runs.
import { protocolUitvoer } from './stdout-bewaking.js';
import { NodeFileSystem } from 'langium/node';
import { createConnection, ProposedFeatures } from 'vscode-languageserver/node';
import { startOpgaveServer } from './module.js';
import { nodeTeOud } from '../../language/src/node-versie.js';

const teOud = nodeTeOud();
if (teOud) {
    process.stderr.write(`opgave-language-server: ${teOud}\n`);
    process.exit(2);
}

if (process.argv.includes('--help') || process.argv.includes('-h')) {
    process.stdout.write('Gebruik: opgave-language-server --stdio\nTaalserver (LSP) voor .opgave-bestanden.\n');
    process.exit(0);
}
// With --stdio the connection gets the only writer to the real stdout; the other transports
// are chosen by vscode-languageserver from the command line.
const connection = protocolUitvoer
    ? createConnection(ProposedFeatures.all, process.stdin, protocolUitvoer)
    : createConnection(ProposedFeatures.all);
startOpgaveServer(connection, NodeFileSystem);

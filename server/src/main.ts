#!/usr/bin/env node
/**
 * `opgave-language-server`: the language server of the .opgave language for any editor.
 * Usage: `opgave-language-server --stdio` (also --node-ipc and --socket=<port>, as
 * vscode-languageserver supports).
 */
import { NodeFileSystem } from 'langium/node';
import { createConnection, ProposedFeatures } from 'vscode-languageserver/node.js';
import { startOpgaveServer } from '../../language/src/lsp/opgave-lsp-module.js';

if (process.argv.includes('--help') || process.argv.includes('-h')) {
    process.stdout.write('Gebruik: opgave-language-server --stdio\nTaalserver (LSP) voor .opgave-bestanden.\n');
    process.exit(0);
}
const connection = createConnection(ProposedFeatures.all);
startOpgaveServer(connection, NodeFileSystem);

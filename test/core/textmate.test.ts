/**
 * The committed TextMate grammar (syntaxes/opgave.tmLanguage.json) is the one derived from the
 * grammar Langium generates (scripts/syntaxes.mjs); a grammar change without `npm run syntaxes`
 * fails here. Keywords inside hyphenated names are not highlighted as keywords.
 */
import { strict as assert } from 'node:assert';
import { spawnSync } from 'node:child_process';
import * as fs from 'node:fs';
import * as path from 'node:path';
import { ROOT } from '../helpers/index.js';

describe('TextMate-grammatica', () => {
    it('syntaxes/opgave.tmLanguage.json is actueel (draai npm run syntaxes)', () => {
        const r = spawnSync(process.execPath, [path.join(ROOT, 'scripts', 'syntaxes.mjs'), '--check'], { encoding: 'utf8' });
        assert.equal(r.status, 0, r.stderr);
    });

    it('kleurt een sleutelwoord niet binnen een naam met koppeltekens', () => {
        const grammatica = JSON.parse(fs.readFileSync(path.join(ROOT, 'syntaxes', 'opgave.tmLanguage.json'), 'utf8')) as {
            patterns: { name?: string; match?: string }[];
        };
        const sleutelwoorden = grammatica.patterns.find((p) => p.name?.startsWith('keyword.'))!;
        // Oniguruma syntax used here is also valid in JavaScript with the `u` flag.
        const regex = new RegExp(sleutelwoorden.match!.replace(/\\w/g, '\\p{L}\\p{N}_'), 'gu');
        assert.deepEqual('opdracht project-centrum voor deel-vanaf {'.match(regex), ['opdracht', 'voor']);
        assert.deepEqual('werkwijze project'.match(regex), ['werkwijze', 'project']);
    });
});

/**
 * The committed TextMate grammar (syntaxes/opgave.tmLanguage.json) is the one Langium generates
 * from the grammar; a grammar change without `npm run syntaxes` fails here.
 */
import { strict as assert } from 'node:assert';
import * as fs from 'node:fs';
import * as path from 'node:path';
import { ROOT } from '../helpers.js';

describe('TextMate-grammatica', () => {
    it('syntaxes/opgave.tmLanguage.json is gelijk aan de gegenereerde versie (draai npm run syntaxes)', () => {
        const gegenereerd = fs.readFileSync(path.join(ROOT, 'language', 'generated', 'opgave.tmLanguage.json'), 'utf8');
        const vastgelegd = fs.readFileSync(path.join(ROOT, 'syntaxes', 'opgave.tmLanguage.json'), 'utf8');
        assert.equal(vastgelegd, gegenereerd);
    });
});

/**
 * What the VSIX holds (`vsce ls`, the file list `npm run package` packs after .vscodeignore): every
 * file package.json points to (the file icons of .opgave, grammar, language configuration), and not the
 * screenshots of the client README (they are only for the repository page).
 */
import { strict as assert } from 'node:assert';
import { spawnSync } from 'node:child_process';
import * as fs from 'node:fs';
import * as path from 'node:path';
import { ROOT } from '../helpers/index.js';

interface Taal {
    readonly id: string;
    readonly configuration?: string;
    readonly icon?: { readonly light: string; readonly dark: string };
}
interface Pakket {
    readonly contributes: {
        readonly languages: readonly Taal[];
        readonly grammars: readonly { readonly path: string }[];
        readonly jsonValidation: readonly { readonly url: string }[];
    };
}

const pakket = JSON.parse(fs.readFileSync(path.join(ROOT, 'package.json'), 'utf8')) as Pakket;
const relatief = (p: string): string => path.posix.normalize(p.replace(/^\.\//, ''));

describe('VSIX-inhoud', function () {
    this.timeout(60000);
    let inhoud: Set<string>;

    before(() => {
        const r = spawnSync(process.execPath, [path.join(ROOT, 'node_modules', '@vscode', 'vsce', 'vsce'), 'ls', '--no-dependencies'], {
            cwd: ROOT,
            encoding: 'utf8',
        });
        assert.equal(r.status, 0, r.stderr);
        inhoud = new Set(
            r.stdout
                .split('\n')
                .map((l) => l.trim())
                .filter(Boolean),
        );
    });

    it('holds the light and dark file icon of .opgave, as SVG files that exist', () => {
        const taal = pakket.contributes.languages.find((t) => t.id === 'opgave');
        assert.ok(taal?.icon, 'contributes.languages[opgave].icon');
        for (const p of [taal.icon.light, taal.icon.dark]) {
            const rel = relatief(p);
            assert.ok(inhoud.has(rel), `${rel} in de VSIX`);
            assert.match(
                fs.readFileSync(path.join(ROOT, rel), 'utf8'),
                /^<svg xmlns="http:\/\/www\.w3\.org\/2000\/svg"[^>]* viewBox="0 0 16 16"/,
            );
        }
        assert.notEqual(taal.icon.light, taal.icon.dark);
    });

    it('holds every other file package.json names', () => {
        const taal = pakket.contributes.languages.find((t) => t.id === 'opgave')!;
        for (const p of [
            taal.configuration!,
            ...pakket.contributes.grammars.map((g) => g.path),
            ...pakket.contributes.jsonValidation.map((j) => j.url),
        ]) {
            assert.ok(inhoud.has(relatief(p)), `${p} in de VSIX`);
        }
    });

    it('leaves out the screenshots of the client README', () => {
        const plaatjes = [...inhoud].filter((f) => f.endsWith('.png'));
        assert.deepEqual(plaatjes, []);
    });
});

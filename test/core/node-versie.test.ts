/**
 * The supported Node.js versions (language/src/node-versie.ts): the command line and the language
 * server refuse an older Node with one Dutch line and exit code 2, instead of failing halfway
 * with an internal error (Langium 4.4 needs Object.groupBy).
 */
import { strict as assert } from 'node:assert';
import { spawnSync } from 'node:child_process';
import * as fs from 'node:fs';
import * as path from 'node:path';
import { MINIMALE_NODE, nodeTeOud } from '../../language/src/node-versie.js';
import { bundel, ROOT } from '../helpers/index.js';

/** A Node.js older than 22.12 on this machine outside node_modules (these machines ship 20), or undefined. */
function oudeNode(): string | undefined {
    for (const kandidaat of ['/usr/bin/node', '/usr/local/bin/node', '/bin/node']) {
        if (!fs.existsSync(kandidaat)) continue;
        const r = spawnSync(kandidaat, ['-p', 'process.versions.node'], { encoding: 'utf8' });
        if (r.status === 0 && nodeTeOud(r.stdout.trim())) return kandidaat;
    }
    return undefined;
}

describe('Node.js-versie', () => {
    it('22.12 en nieuwer zijn goed, ouder niet', () => {
        assert.deepEqual(MINIMALE_NODE, [22, 12]);
        for (const goed of ['22.12.0', '22.23.3', '23.0.0', '24.21.0', '26.10.0', process.versions.node]) {
            assert.equal(nodeTeOud(goed), undefined, goed);
        }
        for (const oud of ['20.20.2', '22.11.0', '21.7.3', '18.0.0', 'onzin']) {
            assert.match(
                nodeTeOud(oud) ?? '',
                new RegExp(`^nodig is Node\\.js 22\\.12 of nieuwer; dit is Node\\.js ${oud.replace(/\./g, '\\.')}\\.`),
                oud,
            );
        }
    });

    it('package.json engines.node noemt dezelfde grens', () => {
        const pkg = JSON.parse(fs.readFileSync(path.join(ROOT, 'package.json'), 'utf8')) as { engines: { node: string } };
        assert.equal(pkg.engines.node, `>=${MINIMALE_NODE.join('.')}`);
    });

    for (const [naam, bestand, args] of [
        ['opgave', 'cli.cjs', ['check', path.join(ROOT, 'examples', 'winterswijk')]],
        ['opgave-language-server', 'server.cjs', ['--stdio']],
    ] as const) {
        it(`${naam} op een te oude Node.js: één Nederlandse regel, exitcode 2`, function () {
            const node = oudeNode();
            if (!node) this.skip();
            const r = spawnSync(node, [bundel(bestand), ...args], { encoding: 'utf8', input: '', timeout: 30_000 });
            assert.equal(r.status, 2, r.stderr);
            assert.equal(r.stdout, '');
            assert.match(
                r.stderr,
                new RegExp(`^${naam}: nodig is Node\\.js 22\\.12 of nieuwer; dit is Node\\.js \\d+\\.\\d+\\.\\d+\\. Installeer .*\\n$`),
            );
        });
    }
});

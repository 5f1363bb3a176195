/**
 * The rule modules and the list derived from them (language/src/rules/index.ts): one file per
 * rule, named after its id, in the folder of its family; the list in the order of regels.md; and
 * the compile-time guarantees (a rule without a check, or an id that is no rule, does not compile).
 */
import { strict as assert } from 'node:assert';
import * as fs from 'node:fs';
import * as path from 'node:path';
import { pathToFileURL } from 'node:url';
import { REGEL_IDS, REGELS, isRegelId, regel, type Familie, type RegelId } from '../../language/src/rules/index.js';
import { defineRegel, type RegelSpec } from '../../language/src/rules/regel.js';
import { ROOT } from '../helpers/index.js';

const BRON = path.join(ROOT, 'language', 'src', 'rules');
/** The compiled rules (tests run from out/test). */
const UIT = path.join(ROOT, 'out', 'language', 'src', 'rules');
/** The normative rule catalogue beside the repository. */
const REGELS_MD = path.resolve(ROOT, '..', 'shared', 'spec', 'regels.md');

describe('regelmodules', () => {
    it('elke regel staat in rules/<familie>/<id>.ts en die module exporteert precies die regel', async () => {
        for (const r of REGELS) {
            const bestand = path.join(BRON, r.familie, `${r.id}.ts`);
            assert.ok(fs.existsSync(bestand), `${path.relative(ROOT, bestand)} ontbreekt`);
            const module = (await import(pathToFileURL(path.join(UIT, r.familie, `${r.id}.js`)).href)) as { default: RegelSpec };
            assert.equal(module.default.id, r.id);
            assert.equal(module.default.controleer, r.controleer);
            assert.equal(module.default.perOpdracht, r.perOpdracht);
            assert.ok((r.controleer === undefined) !== (r.perOpdracht === undefined), `${r.id}: controleer of perOpdracht, precies één`);
        }
    });

    it('elk bestand in een familiemap is een regel van die familie (behalve gedeeld.ts)', () => {
        const mappen = fs
            .readdirSync(BRON, { withFileTypes: true })
            .filter((d) => d.isDirectory())
            .map((d) => d.name)
            .sort();
        assert.deepEqual(mappen, [...new Set(REGELS.map((r) => r.familie))].sort());
        for (const map of mappen) {
            const ids = fs
                .readdirSync(path.join(BRON, map))
                .filter((f) => f !== 'gedeeld.ts')
                .map((f) => f.replace(/\.ts$/, ''))
                .sort();
            assert.deepEqual(
                ids,
                REGELS.filter((r) => r.familie === map)
                    .map((r) => r.id)
                    .sort(),
                map,
            );
        }
    });

    it('ids zijn uniek en opzoekbaar', () => {
        assert.equal(new Set(REGEL_IDS).size, REGELS.length);
        for (const r of REGELS) {
            assert.equal(regel(r.id)?.id, r.id);
            assert.ok(isRegelId(r.id));
        }
        assert.equal(regel('geen-regel'), undefined);
        assert.ok(!isRegelId('geen-regel'));
    });

    it('de lijst volgt de volgorde van regels.md', () => {
        assert.ok(fs.existsSync(REGELS_MD), `${REGELS_MD} ontbreekt`);
        const inSpec = [...fs.readFileSync(REGELS_MD, 'utf8').matchAll(/^\| `([a-z-]+)` \| [EWI] \|/gm)].map((m) => m[1]);
        const bekend = new Set<string>(REGEL_IDS);
        const volgorde = [...new Set(inSpec.filter((id) => bekend.has(id!)))];
        assert.deepEqual(REGEL_IDS, volgorde);
    });

    it('een regel zonder controle of een onbekende id compileert niet', () => {
        // Checked by the compiler: each line below must be an error, or the build fails.
        // @ts-expect-error a rule module needs `controleer` or `perOpdracht`
        const zonderControle = defineRegel({ id: 'x', ernst: 'info', samenvatting: '', bron: '' });
        // @ts-expect-error not both: a rule is portfolio-wide or per opdracht
        const beide = defineRegel({
            id: 'x',
            ernst: 'info',
            samenvatting: '',
            bron: '',
            controleer: () => undefined,
            perOpdracht: () => undefined,
        });
        // @ts-expect-error RegelId is the exact union of the listed ids
        const geenId: RegelId = 'geen-regel';
        // @ts-expect-error Familie is the exact union of the folder names
        const geenFamilie: Familie = 'geen-familie';
        assert.ok(zonderControle && beide && geenId && geenFamilie);
    });
});

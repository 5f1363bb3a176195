import { strict as assert } from 'node:assert';
import * as fs from 'node:fs';
import * as path from 'node:path';
import { REGELS, regelDocPad } from '../../language/src/rules/index.js';
import { draai } from '../formats/cli.js';
import { controleerTekst, REPO } from '../reports/hulp.js';

/** The ```opgave blocks below a `## TITLE` heading, up to the next `## ` heading. */
function voorbeelden(pagina: string, titel: string): string[] {
    const start = pagina.indexOf(`\n## ${titel}\n`);
    if (start < 0) {
        return [];
    }
    const rest = pagina.slice(start + titel.length + 5);
    const eind = rest.search(/\n## /);
    const sectie = eind < 0 ? rest : rest.slice(0, eind);
    return [...sectie.matchAll(/^```opgave\n([\s\S]*?)^```$/gm)].map((m) => m[1]);
}

describe('regeldocumentatie', function () {
    this.timeout(120_000);

    it('elke pagina in docs/regels hoort bij een regel', () => {
        const paginas = fs.readdirSync(path.join(REPO, 'docs', 'regels')).filter((f) => f !== 'README.md');
        assert.deepEqual(paginas.sort(), REGELS.map((r) => `${r.id}.md`).sort());
        const index = fs.readFileSync(path.join(REPO, 'docs', 'regels', 'README.md'), 'utf8');
        for (const r of REGELS) {
            assert.ok(index.includes(`[\`${r.id}\`](${r.id}.md) | \`${r.ernst}\``), `index mist ${r.id} of noemt een andere ernst`);
        }
    });

    for (const r of REGELS) {
        it(`${r.id}: pagina klopt met de regeltabel en de voorbeelden doen wat ze zeggen`, async () => {
            const bestand = path.join(REPO, regelDocPad(r.id));
            assert.ok(fs.existsSync(bestand), `${regelDocPad(r.id)} ontbreekt`);
            const pagina = fs.readFileSync(bestand, 'utf8');
            assert.ok(pagina.startsWith(`# Regel \`${r.id}\`\n`), 'kop noemt de regel-id niet');
            const ernst = /^\| `(error|warning|info)` \(/m.exec(pagina)?.[1];
            assert.equal(ernst, r.ernst, 'ernst op de pagina wijkt af van de regeltabel');
            if (r.bron !== 'taal.md') {
                assert.ok(pagina.includes(r.bron), `bron ${r.bron} ontbreekt`);
            }
            for (const kop of ['Wat de regel controleert', 'Waarom']) {
                assert.ok(pagina.includes(`\n## ${kop}\n`), `sectie ${kop} ontbreekt`);
            }
            const fout = voorbeelden(pagina, 'Fout voorbeeld');
            const goed = voorbeelden(pagina, 'Goed voorbeeld');
            assert.equal(fout.length, 1, 'precies één fout voorbeeld verwacht');
            assert.equal(goed.length, 1, 'precies één goed voorbeeld verwacht');
            const metFout = await controleerTekst(fout[0]);
            assert.ok(
                metFout.bevindingen.some((b) => b.ruleId === r.id),
                `het foute voorbeeld geeft geen ${r.id}: ${metFout.bevindingen.map((b) => b.ruleId).join(', ')}`,
            );
            const zonderFout = await controleerTekst(goed[0]);
            assert.deepEqual(
                zonderFout.bevindingen.map((b) => `${b.ruleId}: ${b.message}`),
                [],
                'het goede voorbeeld geeft bevindingen',
            );
        });
    }

    it("opgave rules verwijst naar bestaande pagina's, met dezelfde id en ernst", async () => {
        const json = await draai(['rules', '--format', 'json']);
        assert.equal(json.code, 0);
        const lijst = JSON.parse(json.stdout) as { id: string; severity: string; docs: string }[];
        assert.deepEqual(
            lijst.map((r) => [r.id, r.severity]),
            REGELS.map((r) => [r.id, r.ernst]),
        );
        for (const r of lijst) {
            assert.ok(fs.existsSync(path.join(REPO, r.docs)), r.docs);
        }
        const tekst = await draai(['rules']);
        for (const r of REGELS) {
            assert.ok(tekst.stdout.includes(regelDocPad(r.id)), r.id);
        }
    });
});

describe('handleiding', () => {
    it('de voorbeelden samen vormen een foutloos portfolio', async () => {
        const tekst = fs.readFileSync(path.join(REPO, 'docs', 'handleiding.md'), 'utf8');
        const blokken = [...tekst.matchAll(/^```opgave\n([\s\S]*?)^```$/gm)].map((m) => m[1]);
        assert.ok(blokken.length >= 3);
        const resultaat = await controleerTekst(blokken.join('\n'));
        assert.deepEqual(
            resultaat.bevindingen.map((b) => `${b.ruleId}: ${b.message}`),
            [],
        );
    });

    it('het CI-voorbeeld gebruikt alleen bestaande opties', async () => {
        const workflow = fs.readFileSync(path.join(REPO, 'examples', 'ci', 'opgave.yml'), 'utf8');
        for (const optie of workflow.match(/--[a-z-]+/g) ?? []) {
            const hulp = (await draai(['check', '--help'])).stdout + (await draai(['generate', '--help'])).stdout;
            assert.ok(hulp.includes(optie), optie);
        }
    });
});

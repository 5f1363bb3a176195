import { strict as assert } from 'node:assert';
import * as fs from 'node:fs';
import * as path from 'node:path';
import { isEigenBegin } from '../../reports/src/kop.js';
import { cli } from '../helpers/cli.js';
import { commitAlles, kopieerVoorbeeld, nieuweRepository, vergelijkGolden, vervang } from '../helpers/git.js';
import { mermaidBlokken, mermaidOpruimen, mermaidParser } from '../helpers/mermaid.js';
import { tijdelijkeMap } from '../helpers/tijdelijk.js';

/**
 * `opgave trend` over a git history of examples/gooise-meren with fixed commit dates:
 *   2026-01-15 the example; 2026-01-28 De Krijgsman's budget grows (the newest of January);
 *   2026-02-10 a new opdracht; 2026-03-05 a broken opgave.config.json (skipped: March falls back
 *   to 2026-03-02, a commit that removes the Eikenlaan project); 2026-04-02 the configuration repaired.
 * trend.csv and trend.md are golden files (test/golden/trend); refresh with
 * `OPGAVE_GOLDEN=bijwerken npx mocha out/test/core/trend.test.js` and review the diff.
 */

describe('opgave trend', function () {
    this.timeout(120_000);
    let repo: string;

    before(() => {
        repo = tijdelijkeMap('trend');
        kopieerVoorbeeld('gooise-meren', repo);
        // Without a fixed peildatum each point is checked on its own commit date.
        fs.writeFileSync(path.join(repo, 'opgave.config.json'), '{}\n');
        nieuweRepository(repo);
        commitAlles(repo, 'Portfolio Gooise Meren', '2026-01-15');
        vervang(repo, 'projecten-woningbouw.opgave', 'budget 12_800_000', 'budget 13_400_000');
        commitAlles(repo, 'De Krijgsman: extra krediet', '2026-01-28');
        const krijgsman = fs.readFileSync(path.join(repo, 'projecten-woningbouw.opgave'), 'utf8');
        const start = krijgsman.indexOf('opdracht project-bredius');
        const blok = krijgsman.slice(start, krijgsman.indexOf('\n}\n', start) + 3);
        fs.appendFileSync(
            path.join(repo, 'projecten-woningbouw.opgave'),
            `\n${blok.replace('project-bredius "Herontwikkeling locatie Bredius"', 'project-bredius-2 "Bredius, tweede fase"').replace('budget 4_300_000', 'budget 1_200_000')}`,
        );
        commitAlles(repo, 'Bredius: tweede fase', '2026-02-10');
        fs.rmSync(path.join(repo, 'eikenlaan-muiderberg.opgave'));
        commitAlles(repo, 'Eikenlaan uit het portfolio', '2026-03-02');
        fs.writeFileSync(path.join(repo, 'opgave.config.json'), '{ "peildatum": ');
        commitAlles(repo, 'kapotte configuratie', '2026-03-05');
        fs.writeFileSync(path.join(repo, 'opgave.config.json'), '{}\n');
        commitAlles(repo, 'configuratie hersteld', '2026-04-02');
    });

    after(() => mermaidOpruimen());

    it('per maand: trend.csv en trend.md in docs/trend, gelijk aan de golden files; een onleesbare commit wordt gemeld en overgeslagen', async () => {
        const r = cli(['trend'], repo);
        assert.equal(r.code, 0, r.stderr);
        assert.match(
            r.stderr,
            /let op: 2026-03: commit [0-9a-f]{12} van 2026-03-05 overgeslagen: .*opgave\.config\.json.*geen geldige JSON/,
        );
        assert.match(r.stdout, /4 meetpunten/);
        const csv = fs.readFileSync(path.join(repo, 'docs', 'trend', 'trend.csv'), 'utf8');
        const md = fs.readFileSync(path.join(repo, 'docs', 'trend', 'trend.md'), 'utf8');
        vergelijkGolden('trend', 'maand.csv', csv);
        vergelijkGolden('trend', 'maand.md', md);
        const regels = csv.trim().split('\n');
        assert.equal(regels.length, 2 + 4, 'kop, kolomnamen en vier maanden');
        assert.match(regels[2]!, /^2026-01,[0-9a-f]{12},2026-01-28,9,/);
        assert.match(regels[3]!, /^2026-02,[0-9a-f]{12},2026-02-10,10,/);
        assert.match(regels[4]!, /^2026-03,[0-9a-f]{12},2026-03-02,9,/);
        assert.ok(isEigenBegin('trend.csv', csv) && isEigenBegin('trend.md', md), 'beide beginnen met de kop van opgave');
        const blokken = mermaidBlokken(md);
        assert.equal(blokken.length, 3);
        assert.ok(blokken.every((b) => b.startsWith('xychart-beta')));
        const mermaid = await mermaidParser();
        for (const b of blokken) {
            assert.ok(await mermaid.parse(b), b);
        }
        // Run again: the same bytes, nothing rewritten.
        const nog = cli(['trend'], repo);
        assert.equal(nog.code, 0, nog.stderr);
        assert.equal(fs.readFileSync(path.join(repo, 'docs', 'trend', 'trend.csv'), 'utf8'), csv);
    });

    it('per kwartaal en --sinds, naar een eigen map', () => {
        const r = cli(['trend', '--per', 'kwartaal', '--sinds', '2026-02-01', '-o', 'uit/kwartaal'], repo);
        assert.equal(r.code, 0, r.stderr);
        const csv = fs.readFileSync(path.join(repo, 'uit', 'kwartaal', 'trend.csv'), 'utf8');
        vergelijkGolden('trend', 'kwartaal.csv', csv);
        const regels = csv.trim().split('\n').slice(2);
        assert.deepEqual(
            regels.map((r) => r.split(',')[0]),
            ['2026-K1', '2026-K2'],
        );
        assert.match(regels[0]!, /^2026-K1,[0-9a-f]{12},2026-03-02,/, 'K1 valt terug op de laatste leesbare commit');
    });

    it('onbruikbare invoer: exitcode 2 met één Nederlandse regel', () => {
        const buiten = tijdelijkeMap('trend-geen-git');
        const gevallen: [string[], string, RegExp][] = [
            [['trend'], buiten, /geen git-repository/],
            [['trend', '--sinds', '2026-13-01'], repo, /--sinds 2026-13-01: geen bestaande datum/],
            [['trend', '--sinds', '2030-01-01'], repo, /geen commits sinds 2030-01-01/],
            [['trend', '--per', 'week'], repo, /week/],
        ];
        for (const [args, cwd, bericht] of gevallen) {
            const r = cli(args, cwd);
            assert.equal(r.code, 2, `${args.join(' ')}: ${r.stderr}`);
            assert.match(r.stderr, bericht, args.join(' '));
        }
    });
});

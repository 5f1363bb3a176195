import { strict as assert } from 'node:assert';
import * as fs from 'node:fs';
import * as path from 'node:path';
import { Ajv2020 } from 'ajv/dist/2020.js';
import { diffJsonSchema, diffMarkdown, DIFF_MARKER, MAX_TEKENS } from '../../reports/src/diff/index.js';
import { ROOT } from '../helpers/index.js';
import { cli } from '../helpers/cli.js';
import { commitAlles, git, kopieerVoorbeeld, nieuweRepository, vergelijkGolden, vervang } from '../helpers/git.js';
import { tijdelijkeMap } from '../helpers/tijdelijk.js';

/**
 * `opgave diff` on a git repository built from examples/gooise-meren with a series of realistic
 * commits, each tagged:
 *   t0 the example as it is
 *   t1 Bredius passes its definitiefase with a go and a projectplan; uitvoering becomes actief
 *   t2 Bredius gets another bestuurlijk opdrachtgever
 *   t3 De Krijgsman's budget and capacity grow and its end date moves half a year; Stationsgebied
 *      Oost changes from bestuursproces to project, with the historie line that explains it
 *   t4 a new opdracht for Crailo; the finished Eikenlaan project is removed
 *   t5 Bredius moves to a file of its own and a file is re-indented: no change in content
 * The Markdown and JSON of t0 → t4 are golden files (test/golden/diff); refresh with
 * `OPGAVE_GOLDEN=bijwerken npx mocha out/test/core/diff.test.js` and review the diff.
 */
const SCHEMA = path.join(ROOT, 'docs', 'schema', 'opgave-diff.schema.json');
const bijwerken = process.env.OPGAVE_GOLDEN === 'bijwerken';

const NIEUWE_OPDRACHT = `
// Verzonnen: een tweede fase van Crailo, voor de bedrijfskavels.
opdracht project-crailo-werken "Crailo: bedrijfskavels" voor crailo {
    werkwijze project
    driehoek {
        bestuurlijk-opdrachtgever weth-economie
        ambtelijk-opdrachtgever om-ruimte
        sturingsprofessional pm-crailo
    }
    kaders "Samenwerkingsafspraken Crailo met Hilversum en Laren"
    criteria "Bedrijven passen bij de natuurverbinding"
    kwaliteit "Uitgegeven bedrijfskavels aan de oostkant van het terrein"
    budget 3_200_000
    capaciteit 0.6
    periode 2026-10-01 tot 2029-12-31
    vastgesteld 2026-10-01
    status voorbereiding

    fasen {
        initiatief actief
        definitie
        uitvoering
        nazorg
    }

    historie {
        2026-10-01 project "Het college kiest voor een apart project voor de bedrijfskavels" afgestemd-met weth-economie, om-ruimte
    }
}
`;

/** The parts of the diff JSON these tests read. */
interface Diff {
    bevindingen: Record<'nieuw' | 'opgelost', { ruleId: string; bestand: string; regel: number }[]> & {
        nieuweNegeer: { ruleId: string; reden: string }[];
    };
}

describe('opgave diff', function () {
    this.timeout(120_000);
    let repo: string;

    before(() => {
        repo = tijdelijkeMap('diff');
        kopieerVoorbeeld('gooise-meren', repo);
        nieuweRepository(repo);
        commitAlles(repo, 'Portfolio Gooise Meren', '2026-09-01', 't0');
        vervang(
            repo,
            'projecten-woningbouw.opgave',
            '        definitie  actief\n        uitvoering\n',
            '        definitie  afgerond 2026-10-20 besluit go\n            document projectplan "Projectplan en programma van eisen Bredius"\n        uitvoering actief\n',
        );
        commitAlles(repo, 'Bredius: go voor de uitvoering', '2026-10-21', 't1');
        vervang(
            repo,
            'projecten-woningbouw.opgave',
            '        bestuurlijk-opdrachtgever weth-ruimte\n        ambtelijk-opdrachtgever om-ruimte\n        sturingsprofessional pm-bussum',
            '        bestuurlijk-opdrachtgever weth-openbare-ruimte\n        ambtelijk-opdrachtgever om-ruimte\n        sturingsprofessional pm-bussum',
        );
        commitAlles(repo, 'Bredius: andere wethouder na de portefeuilleverdeling', '2026-10-28', 't2');
        vervang(
            repo,
            'projecten-woningbouw.opgave',
            '    budget 12_800_000\n    capaciteit 2.5\n    periode 2016-09-13 tot 2030-12-31',
            '    budget 13_400_000\n    capaciteit 3.0\n    periode 2016-09-13 tot 2031-06-30',
        );
        vervang(repo, 'keverdijk-en-stationsgebied.opgave', '    werkwijze bestuursproces\n', '    werkwijze project\n');
        vervang(
            repo,
            'keverdijk-en-stationsgebied.opgave',
            '        2025-09-09 bestuursproces "College start procesregie voor de oostkant van het station"\n',
            '        2025-09-09 bestuursproces "College start procesregie voor de oostkant van het station"\n        2026-11-03 project "Intentieovereenkomst getekend; de uitwerking wordt een project" afgestemd-met weth-economie, dir-ruimte\n',
        );
        commitAlles(repo, 'De Krijgsman: extra krediet na de herijking; Stationsgebied wordt een project', '2026-11-04', 't3');
        fs.appendFileSync(path.join(repo, 'projecten-woningbouw.opgave'), NIEUWE_OPDRACHT);
        fs.rmSync(path.join(repo, 'eikenlaan-muiderberg.opgave'));
        commitAlles(repo, 'Crailo: bedrijfskavels erbij; Eikenlaan uit het portfolio', '2026-11-10', 't4');
        // Bredius to a file of its own, and a file re-indented: nothing changes in content.
        const woningbouw = fs.readFileSync(path.join(repo, 'projecten-woningbouw.opgave'), 'utf8');
        const start = woningbouw.indexOf('// Grootteklasse 1-10 miljoen');
        const einde = woningbouw.indexOf('\n}\n', start) + 3;
        fs.writeFileSync(path.join(repo, 'bredius.opgave'), woningbouw.slice(start, einde));
        fs.writeFileSync(path.join(repo, 'projecten-woningbouw.opgave'), woningbouw.slice(0, start) + woningbouw.slice(einde));
        const leef = fs.readFileSync(path.join(repo, 'leefomgeving.opgave'), 'utf8');
        fs.writeFileSync(path.join(repo, 'leefomgeving.opgave'), leef.replace(/^ {4}/gm, '        '));
        commitAlles(repo, 'Bredius in een eigen bestand', '2026-11-12', 't5');
    });

    afterEach(() => {
        // Tests that change the working tree leave it as the last commit.
        git(repo, 'checkout', '-q', '--', '.');
        git(repo, 'clean', '-q', '-f', '-d');
    });

    it('t0 → t4 als Markdown voor een pull request is gelijk aan de golden file', () => {
        const r = cli(['diff', 't0', 't4'], repo);
        assert.equal(r.code, 0, r.stderr);
        assert.equal(r.stderr, '');
        vergelijkGolden('diff', 't0-t4.md', r.stdout);
        const md = r.stdout;
        assert.ok(md.startsWith(`${DIFF_MARKER}\n# Portfoliowijzigingen \`t0\``));
        // What a reviewer must see, each in its own words:
        assert.match(md, /\*\*fase definitie\*\* werd afgerond: afgerond 2026-10-20; besluit go; documenten: projectplan/);
        assert.match(
            md,
            /\| bestuurlijk opdrachtgever \| weth-ruimte \| weth-openbare-ruimte \| nieuw: weth-openbare-ruimte; weg: weth-ruimte \|/,
        );
        assert.match(md, /\| budget \| € 12\.800\.000 \| € 13\.400\.000 \| \+€ 600\.000 \|/);
        assert.match(md, /\| capaciteit \| 2,5 FTE \| 3 FTE \| \+0,5 FTE \|/);
        assert.match(md, /\| periode eind \| 2030-12-31 \| 2031-06-30 \| \+181 dagen \|/);
        assert.match(
            md,
            /\| werkwijze \| bestuursproces \| project \| historie 2026-11-03 project: Intentieovereenkomst getekend; de uitwerking wordt een project \(afgestemd met weth-economie, dir-ruimte\) \|/,
        );
        assert.match(md, /### Opdracht `project-crailo-werken` — Crailo: bedrijfskavels \(toegevoegd\)/);
        assert.match(md, /### Opdracht `project-eikenlaan` — Groot onderhoud Eikenlaan Muiderberg \(verwijderd\)/);
    });

    it('t0 → t4 als JSON is gelijk aan de golden file en volgt het gepubliceerde schema', () => {
        const r = cli(['diff', 't0', 't4', '--format', 'json'], repo);
        assert.equal(r.code, 0, r.stderr);
        vergelijkGolden('diff', 't0-t4.json', r.stdout);
        const data = JSON.parse(r.stdout) as {
            inhoudelijkGewijzigd: boolean;
            totalen: { opdrachten: { voor: number; na: number } };
            wijzigingen: { id: string; wijziging: string }[];
        };
        assert.equal(data.inhoudelijkGewijzigd, true);
        assert.deepEqual(data.totalen.opdrachten, { voor: 9, na: 9 });
        const ajv = new Ajv2020({ strict: true, allErrors: true });
        const valideer = ajv.compile(JSON.parse(fs.readFileSync(SCHEMA, 'utf8')) as object);
        assert.ok(valideer(data), JSON.stringify(valideer.errors));
    });

    it('docs/schema/opgave-diff.schema.json is het schema dat de code maakt', () => {
        if (bijwerken) {
            fs.mkdirSync(path.dirname(SCHEMA), { recursive: true });
            fs.writeFileSync(SCHEMA, diffJsonSchema());
        }
        assert.equal(fs.readFileSync(SCHEMA, 'utf8'), diffJsonSchema());
    });

    it('een declaratie naar een ander bestand verplaatsen en opnieuw inspringen geeft geen inhoudelijke wijzigingen', () => {
        const r = cli(['diff', 't4', 't5'], repo);
        assert.equal(r.code, 0, r.stderr);
        vergelijkGolden('diff', 't4-t5.md', r.stdout);
        assert.match(r.stdout, /Geen inhoudelijke wijzigingen/);
        const json = JSON.parse(cli(['diff', 't4', 't5', '--format', 'json'], repo).stdout) as {
            inhoudelijkGewijzigd: boolean;
            wijzigingen: unknown[];
        };
        assert.equal(json.inhoudelijkGewijzigd, false);
        assert.deepEqual(json.wijzigingen, []);
    });

    it('zonder doel vergelijkt het met de werkmap, en dezelfde refs geven dezelfde bytes', () => {
        vervang(repo, 'vesting-muiden.opgave', 'budget 9_600_000', 'budget 9_900_000');
        const r = cli(['diff', 'HEAD'], repo);
        assert.equal(r.code, 0, r.stderr);
        assert.match(r.stdout, /→ werkmap/);
        assert.match(r.stdout, /\| budget \| € 9\.600\.000 \| € 9\.900\.000 \| \+€ 300\.000 \|/);
        assert.equal(cli(['diff', 't0', 't4'], repo).stdout, cli(['diff', 't0', 't4'], repo).stdout);
    });

    it('een kant met een syntaxfout wordt toch vergeleken: de syntaxfout is een nieuwe bevinding; --fail-on-nieuwe-fouten geeft exitcode 1', () => {
        vervang(repo, 'vesting-muiden.opgave', 'budget 9_600_000', 'budget negen miljoen');
        const r = cli(['diff', 'HEAD', '--fail-on-nieuwe-fouten'], repo);
        assert.equal(r.code, 1, r.stderr);
        assert.match(r.stdout, /### Nieuwe bevindingen \(\d+\)/);
        assert.match(r.stdout, /fout `syntaxis` `vesting-muiden\.opgave:\d+`/);
        assert.match(r.stderr, /nieuwe fout/);
        assert.equal(cli(['diff', 'HEAD'], repo).code, 0, 'zonder de optie blijft de exitcode 0');
    });

    it('terug van t4 naar t0: de bevindingen van t4 zijn opgelost, met bestand en regel in de basis', () => {
        const vooruit = JSON.parse(cli(['diff', 't0', 't4', '--format', 'json'], repo).stdout) as Diff;
        const terug = JSON.parse(cli(['diff', 't4', 't0', '--format', 'json'], repo).stdout) as Diff;
        assert.equal(terug.bevindingen.nieuw.length, 0);
        assert.deepEqual(terug.bevindingen.opgelost, vooruit.bevindingen.nieuw);
        const md = cli(['diff', 't4', 't0'], repo).stdout;
        assert.match(md, /### Opgeloste bevindingen \(5\)/);
        assert.match(md, /\| `opgave-zonder-opdracht` \| {2}\| 1 \|/);
    });

    it('een nieuwe @negeer-opmerking staat bij de nieuwe negeer-opmerkingen, met de reden', () => {
        vervang(
            repo,
            'leefomgeving.opgave',
            'opgave eikenlaan-muiderberg',
            '// @negeer opgave-zonder-opdracht Het project is af; de opgave blijft een jaar zichtbaar\nopgave eikenlaan-muiderberg',
        );
        const r = cli(['diff', 'HEAD', '--format', 'json'], repo);
        assert.equal(r.code, 0, r.stderr);
        const data = JSON.parse(r.stdout) as Diff;
        assert.deepEqual(
            data.bevindingen.nieuweNegeer.map((b) => [b.ruleId, b.reden]),
            [['opgave-zonder-opdracht', 'Het project is af; de opgave blijft een jaar zichtbaar']],
        );
        assert.deepEqual(
            data.bevindingen.opgelost.map((b) => b.ruleId),
            ['opgave-zonder-opdracht'],
            'wat nu genegeerd wordt, telt als opgelost',
        );
        assert.match(
            cli(['diff', 'HEAD'], repo).stdout,
            /### Nieuwe negeer-opmerkingen \(1\)\n\n- informatie `opgave-zonder-opdracht` `leefomgeving\.opgave:\d+`: .* — reden: Het project is af/,
        );
    });

    it('de tweede positie is een pad als git het niet als ref kent', () => {
        const r = cli(['diff', 't2', 't3', 'projecten-woningbouw.opgave', 'organisatie.opgave'], repo);
        assert.equal(r.code, 0, r.stderr);
        assert.match(r.stdout, /De Krijgsman/);
        const alleenPad = cli(['diff', 't2', '.'], repo);
        assert.equal(alleenPad.code, 0, alleenPad.stderr);
        assert.match(alleenPad.stdout, /→ werkmap/);
    });

    it('onbruikbare invoer: exitcode 2 met één Nederlandse regel', () => {
        const buiten = tijdelijkeMap('geen-git');
        const gevallen: [string[], string, RegExp][] = [
            [['diff', 'HEAD'], buiten, /geen git-repository/],
            [['diff', 'bestaat-niet'], repo, /onbekende git-ref 'bestaat-niet'/],
            [['diff', 'main;rm -rf x'], repo, /onbekende git-ref 'main;rm -rf x'/],
            [['diff', '--', '--output=x'], repo, /onbekende git-ref '--output=x'/],
            [['diff', 't0', 't1', buiten], repo, /ligt buiten de git-repository/],
            [['diff', 't0', 'feature-x'], repo, /'feature-x' is geen git-ref \(branch, tag of commit\) en geen bestaand pad/],
            [['diff', 't0', '--peildatum', '2026-02-30'], repo, /--peildatum 2026-02-30: geen bestaande datum/],
        ];
        for (const [args, cwd, bericht] of gevallen) {
            const r = cli(args, cwd);
            assert.equal(r.code, 2, `${args.join(' ')}: ${r.stderr}`);
            assert.match(r.stderr, bericht, args.join(' '));
            assert.equal(r.stderr.trim().split('\n').length, 1, `één regel: ${r.stderr}`);
            assert.equal(r.stdout, '');
        }
        assert.ok(!fs.existsSync(path.join(repo, 'x')), 'een ref gaat nooit door een shell');
    });

    it('elke ref leest zijn eigen opgave.config.json', () => {
        // A later peildatum in the working tree's configuration makes herijkingen overdue there.
        fs.writeFileSync(path.join(repo, 'opgave.config.json'), '{ "peildatum": "2028-06-30" }\n');
        const r = cli(['diff', 'HEAD', '--format', 'json'], repo);
        assert.equal(r.code, 0, r.stderr);
        const data = JSON.parse(r.stdout) as {
            basis: { peildatum: string };
            doel: { peildatum: string };
            bevindingen: { nieuw: { ruleId: string }[] };
        };
        assert.equal(data.basis.peildatum, '2026-11-29');
        assert.equal(data.doel.peildatum, '2028-06-30');
        assert.ok(
            data.bevindingen.nieuw.some((b) => b.ruleId === 'herijking-verlopen'),
            JSON.stringify(data.bevindingen.nieuw),
        );
        // An unusable configuration at a ref is a usage error naming the ref and file.
        fs.writeFileSync(path.join(repo, 'opgave.config.json'), '{ "peildatum": ');
        commitAlles(repo, 'kapotte configuratie', '2026-11-20', 'kapot');
        const kapot = cli(['diff', 'kapot', 't5'], repo);
        assert.equal(kapot.code, 2);
        assert.match(kapot.stderr, /kapot:opgave\.config\.json(:\d+)?: geen geldige JSON/);
        git(repo, 'reset', '-q', '--hard', 't5');
        git(repo, 'tag', '-d', 'kapot');
    });

    it('een grote diff wordt ingekort tot één reactie, met een noot, zonder een tabel te breken', () => {
        const wijzigingen = Array.from({ length: 3000 }, (_, i) => ({
            soort: 'opdracht' as const,
            id: `opdracht-${String(i).padStart(4, '0')}`,
            wijziging: 'gewijzigd' as const,
            thema: 'wonen',
            velden: [{ veld: 'budget', voor: '€ 1.000', na: '€ 2.000', verschil: '+€ 1.000' }],
        }));
        const leeg = { error: 0, warning: 0, info: 0 };
        const md = diffMarkdown({
            basis: { naam: 'main', commit: 'a'.repeat(40), peildatum: '2026-11-29', bestanden: 1 },
            doel: { naam: 'werkmap', peildatum: '2026-11-29', bestanden: 1 },
            inhoudelijkGewijzigd: true,
            wijzigingen,
            totalen: { opdrachten: { voor: 3000, na: 3000 }, perWerkwijze: [], perStatus: [], perThema: [] },
            bevindingen: { voor: leeg, na: leeg, nieuw: [], opgelost: [], nieuweNegeer: [] },
        });
        assert.ok(md.length <= MAX_TEKENS, `${md.length} tekens`);
        assert.ok(MAX_TEKENS < 65_536, 'GitHub en GitLab nemen tot 65.536 tekens');
        assert.match(md, /\*\*Ingekort:\*\* \d+ van de 3000 gewijzigde onderdelen/);
        assert.match(md, /## Totalen/, 'de totalen blijven staan');
        const tabelregels = md.split('\n').filter((r) => r.startsWith('| budget'));
        assert.ok(tabelregels.length > 100 && tabelregels.length < 3000);
        assert.ok(tabelregels.every((r) => r.endsWith('|')));
    });
});

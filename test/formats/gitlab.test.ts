import { strict as assert } from 'node:assert';
import * as fs from 'node:fs';
import * as os from 'node:os';
import * as path from 'node:path';
import { Ajv2020 } from 'ajv/dist/2020.js';
import type { Log } from 'sarif';
import type { GitlabIssue } from '../../cli/src/formats/gitlab.js';
import type { UitvoerBevinding } from '../../cli/src/formats/index.js';
import { ROOT } from '../helpers/index.js';
import { cli, draai } from '../helpers/cli.js';

/** GitLab's Code Quality report format, transcribed from its documentation (see its `$comment`). */
const SCHEMA = path.join(ROOT, 'test', 'fixtures', 'gitlab', 'codequality.schema.json');

describe('gitlab-formaat (Code Quality)', function () {
    this.timeout(120_000);
    let tmp: string;
    let cwd: string;
    before(() => {
        tmp = fs.mkdtempSync(path.join(os.tmpdir(), 'opgave-gitlab-'));
        cwd = process.cwd();
        process.chdir(ROOT);
    });
    after(() => {
        process.chdir(cwd);
        fs.rmSync(tmp, { recursive: true, force: true });
    });

    it('valideert tegen het schema van GitLab en draagt dezelfde bevindingen als json', async () => {
        const valideer = new Ajv2020({ strict: true, allErrors: true }).compile(JSON.parse(fs.readFileSync(SCHEMA, 'utf8')) as object);
        const uitkomst = await draai(['check', 'examples/fouten', '--format', 'gitlab']);
        assert.equal(uitkomst.code, 1);
        const issues = JSON.parse(uitkomst.stdout) as GitlabIssue[];
        assert.ok(valideer(issues), JSON.stringify(valideer.errors, null, 2));
        const json = JSON.parse((await draai(['check', 'examples/fouten', '--format', 'json'])).stdout) as UitvoerBevinding[];
        assert.ok(json.length > 10);
        assert.deepEqual(
            issues.map((i) => [i.location.path, i.location.lines.begin, i.check_name, i.description]),
            json.map((b) => [b.file, b.line, b.ruleId, b.message]),
        );
        const ernst = { error: 'major', warning: 'minor', info: 'info' };
        assert.deepEqual(
            issues.map((i) => i.severity),
            json.map((b) => ernst[b.severity]),
        );
        assert.ok(issues.every((i) => /^[0-9a-f]{64}$/.test(i.fingerprint) && !i.location.path.startsWith('./')));
        assert.equal(new Set(issues.map((i) => i.fingerprint)).size, issues.length, 'vingerafdrukken zijn uniek');

        const schoon = await draai(['check', 'examples/winterswijk', '--format', 'gitlab']);
        assert.equal(schoon.code, 0);
        assert.deepEqual(JSON.parse(schoon.stdout), []);
        assert.ok(valideer(JSON.parse(schoon.stdout)));
    });

    it('vingerafdrukken blijven gelijk als er een witregel boven een bevinding komt, ook in SARIF', () => {
        const voor = path.join(tmp, 'voor');
        const na = path.join(tmp, 'na');
        for (const map of [voor, na]) {
            fs.cpSync(path.join(ROOT, 'examples', 'fouten'), path.join(map, 'fouten'), { recursive: true });
        }
        const lees = (map: string): GitlabIssue[] => {
            const r = cli(['check', 'fouten', '--format', 'gitlab'], map);
            assert.equal(r.code, 1, r.stderr);
            return JSON.parse(r.stdout) as GitlabIssue[];
        };
        const eerst = lees(voor);
        // A blank line straight above the first finding of the first file with findings.
        const doel = eerst[0]!;
        const bestand = path.join(na, doel.location.path);
        const regels = fs.readFileSync(bestand, 'utf8').split('\n');
        regels.splice(doel.location.lines.begin - 1, 0, '');
        fs.writeFileSync(bestand, regels.join('\n'));
        const daarna = lees(na);
        assert.equal(daarna.length, eerst.length);
        const verschoven = daarna.filter((i, n) => i.location.lines.begin !== eerst[n]!.location.lines.begin);
        assert.ok(verschoven.length > 0, 'de witregel verschuift bevindingen');
        assert.deepEqual(
            daarna.map((i) => [i.fingerprint, i.check_name, i.location.path]),
            eerst.map((i) => [i.fingerprint, i.check_name, i.location.path]),
        );
        // SARIF carries the same fingerprint for the same finding.
        const sarif = JSON.parse(cli(['check', 'fouten', '--format', 'sarif'], na).stdout) as Log;
        assert.deepEqual(
            sarif.runs[0]!.results!.map((r) => r.partialFingerprints?.['opgave/v1']),
            daarna.map((i) => i.fingerprint),
        );
    });

    it('--output-gitlab schrijft het rapport en toont daarnaast stylish; exitcodes blijven gelijk', async () => {
        const rapport = path.join(tmp, 'sub', 'gl-code-quality-report.json');
        const uitkomst = await draai(['check', 'examples/fouten', '--no-color', '--output-gitlab', rapport]);
        assert.equal(uitkomst.code, 1);
        assert.match(uitkomst.stdout, /^examples\/fouten\/\S+\.opgave$/m, 'stylish op stdout');
        assert.doesNotMatch(uitkomst.stdout, /"fingerprint"/);
        const issues = JSON.parse(fs.readFileSync(rapport, 'utf8')) as GitlabIssue[];
        assert.deepEqual(issues, JSON.parse((await draai(['check', 'examples/fouten', '--format', 'gitlab'])).stdout));

        const schoonRapport = path.join(tmp, 'schoon.json');
        assert.equal((await draai(['check', 'examples/winterswijk', '--output-gitlab', schoonRapport])).code, 0);
        assert.deepEqual(JSON.parse(fs.readFileSync(schoonRapport, 'utf8')), []);

        const mislukt = path.join(tmp, 'mislukt.json');
        const fout = await draai(['check', 'bestaat/niet', '--output-gitlab', mislukt]);
        assert.equal(fout.code, 2);
        assert.ok(!fs.existsSync(mislukt), 'geen rapport als de controle niet kon draaien');
    });

    it('het CI-voorbeeld publiceert het rapport dat het schrijft als codequality en de SARIF als artefact', () => {
        const tekst = fs.readFileSync(path.join(ROOT, 'examples', 'ci', 'gitlab-ci.yml'), 'utf8');
        assert.match(tekst, /image: node:22/);
        const opdracht = /npx opgave check .*--output-gitlab (\S+).*--output-sarif (\S+)/.exec(tekst);
        assert.ok(opdracht, 'opgave check met --output-gitlab en --output-sarif');
        assert.match(tekst, new RegExp(`reports:\\n\\s+codequality: ${opdracht[1]!.replace(/\./g, '\\.')}\\n`));
        assert.match(tekst, new RegExp(`paths:[^]*- ${opdracht[2]!.replace(/\./g, '\\.')}\\n`));
        assert.match(tekst, /when: always/);
    });
});

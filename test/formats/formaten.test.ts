import { strict as assert } from 'node:assert';
import { execFileSync } from 'node:child_process';
import * as fs from 'node:fs';
import * as os from 'node:os';
import * as path from 'node:path';
import { JSDOM } from 'jsdom';
import type { Log } from 'sarif';
import { REGELS, regelDocPad } from '../../language/src/rules/index.js';
import { escapeData, escapeProperty, formatGithub } from '../../cli/src/formats/github.js';
import { formatJunit } from '../../cli/src/formats/junit.js';
import { formatSarif } from '../../cli/src/formats/sarif.js';
import type { UitvoerBevinding } from '../../cli/src/formats/index.js';
import { ROOT } from '../helpers/index.js';
import { draai } from '../helpers/cli.js';
import { SYSTEEM_TMP } from '../helpers/tijdelijk.js';

/** Where `.ci/run` installs Microsoft's SARIF validator (outside the project's node_modules). */
const VALIDATOR = path.join(ROOT, 'test', '.tools', 'sarif', 'node_modules', '.bin', 'sarif-multitool');

type Sleutel = string;
const sleutel = (file: string, line: number, column: number, ruleId: string): Sleutel => `${file}:${line}:${column}:${ruleId}`;

function uitGithub(tekst: string): Sleutel[] {
    return tekst
        .trimEnd()
        .split('\n')
        .filter(Boolean)
        .map((r) => {
            const m = /^::(error|warning|notice) file=([^,]*),line=(\d+),col=(\d+),endLine=\d+,endColumn=\d+,title=([^:]*)::/.exec(r);
            assert.ok(m, r);
            return sleutel(decodeURIComponent(m[2] ?? ''), Number(m[3]), Number(m[4]), m[5] ?? '');
        });
}

function uitSarif(tekst: string): Sleutel[] {
    const log = JSON.parse(tekst) as Log;
    return (log.runs[0]!.results ?? []).map((r) => {
        const p = r.locations![0]!.physicalLocation!;
        return sleutel(decodeURIComponent(p.artifactLocation!.uri!), p.region!.startLine!, p.region!.startColumn!, r.ruleId!);
    });
}

function uitJunit(tekst: string): Sleutel[] {
    const doc = new JSDOM(tekst, { contentType: 'application/xml' }).window.document;
    assert.equal(doc.getElementsByTagName('parsererror').length, 0, 'JUnit-XML is niet welgevormd');
    return [...doc.getElementsByTagName('failure')].map((f) => {
        const m = /^(.*):(\d+):(\d+) /.exec(f.textContent ?? '');
        assert.ok(m, f.textContent ?? '');
        return sleutel(m[1] ?? '', Number(m[2]), Number(m[3]), f.getAttribute('type') ?? '');
    });
}

describe('bevindingformaten', function () {
    this.timeout(120_000);
    let tmp: string;
    let cwd: string;
    before(() => {
        tmp = fs.mkdtempSync(path.join(os.tmpdir(), 'opgave-fmt-'));
        cwd = process.cwd();
        process.chdir(ROOT);
    });
    after(() => {
        process.chdir(cwd);
        fs.rmSync(tmp, { recursive: true, force: true });
    });

    it('json, sarif, github en junit dragen dezelfde bevindingen, ook in één run', async () => {
        const bestanden = {
            json: path.join(tmp, 'b.json'),
            sarif: path.join(tmp, 'b.sarif'),
            junit: path.join(tmp, 'b.xml'),
            github: path.join(tmp, 'b.txt'),
        };
        const uitkomst = await draai([
            'check',
            'examples/fouten',
            '--format',
            'json',
            '--output-sarif',
            bestanden.sarif,
            '--output-junit',
            bestanden.junit,
            '--output-github',
            bestanden.github,
            '--output-json',
            bestanden.json,
        ]);
        assert.equal(uitkomst.code, 1);
        const json = (JSON.parse(uitkomst.stdout) as UitvoerBevinding[]).map((b) => sleutel(b.file, b.line, b.column, b.ruleId));
        assert.ok(json.length > 10);
        assert.deepEqual(
            (JSON.parse(fs.readFileSync(bestanden.json, 'utf8')) as UitvoerBevinding[]).map((b) =>
                sleutel(b.file, b.line, b.column, b.ruleId),
            ),
            json,
        );
        assert.deepEqual(uitSarif(fs.readFileSync(bestanden.sarif, 'utf8')), json);
        assert.deepEqual(uitGithub(fs.readFileSync(bestanden.github, 'utf8')), json);
        assert.deepEqual(uitJunit(fs.readFileSync(bestanden.junit, 'utf8')), json);
        for (const formaat of ['sarif', 'github', 'junit']) {
            const los = await draai(['check', 'examples/fouten', '--format', formaat]);
            assert.equal(los.code, 1);
            const lees = { sarif: uitSarif, github: uitGithub, junit: uitJunit }[formaat]!;
            assert.deepEqual(lees(los.stdout), json, formaat);
        }
    });

    it("sarif: een regel-entry per regel met Nederlandse beschrijving, relatieve URI's, vingerafdrukken en invocations", async () => {
        const log = JSON.parse(
            (await draai(['check', 'examples/fouten', '--format', 'sarif', '--docs-url', 'https://voorbeeld.invalid/opgave/'])).stdout,
        ) as Log;
        const rules = log.runs[0]!.tool.driver.rules!;
        assert.deepEqual(
            rules.map((r) => r.id),
            REGELS.map((r) => r.id),
        );
        for (const [i, r] of rules.entries()) {
            assert.equal(r.shortDescription?.text, REGELS[i]?.samenvatting);
            assert.equal(r.helpUri, `https://voorbeeld.invalid/opgave/${regelDocPad(r.id)}`);
        }
        for (const res of log.runs[0]!.results!) {
            const uri = res.locations![0]!.physicalLocation!.artifactLocation!.uri!;
            assert.ok(!uri.includes(':') && uri.startsWith('examples/fouten/'), uri);
            assert.equal(rules[res.ruleIndex!]?.id, res.ruleId);
            assert.match(res.partialFingerprints?.['opgave/v1'] ?? '', /^[0-9a-f]{64}$/, 'partialFingerprints');
        }
        const vingers = log.runs[0]!.results!.map((r) => r.partialFingerprints?.['opgave/v1']);
        assert.equal(new Set(vingers).size, vingers.length, 'elke bevinding een eigen vingerafdruk');
        assert.deepEqual(log.runs[0]!.invocations, [{ executionSuccessful: true }]);
        const zonderBasis = JSON.parse((await draai(['check', 'examples/fouten', '--format', 'sarif'])).stdout) as Log;
        assert.ok(
            zonderBasis.runs[0]!.tool.driver.rules!.every((r) => r.helpUri === undefined && r.help?.text?.includes(regelDocPad(r.id))),
        );
        assert.equal((await draai(['check', 'examples/fouten', '--format', 'sarif', '--docs-url', 'docs/'])).code, 2);
    });

    it('sarif valideert tegen het officiële SARIF 2.1.0-schema (sarif-multitool)', async function () {
        if (!fs.existsSync(VALIDATOR)) {
            console.log(
                `      (overgeslagen: SARIF-validator ontbreekt; installeer met: npm install --prefix test/.tools/sarif @microsoft/sarif-multitool)`,
            );
            this.skip();
        }
        const gevallen: [string, string[]][] = [
            ['fouten-met-url', ['check', 'examples/fouten', '--format', 'sarif', '--docs-url', 'https://voorbeeld.invalid/opgave/']],
            ['fouten-zonder-url', ['check', 'examples/fouten', '--format', 'sarif']],
            ['schoon', ['check', 'examples/winterswijk', '--format', 'sarif']],
        ];
        for (const [naam, args] of gevallen) {
            const invoer = path.join(tmp, `${naam}.sarif`);
            const rapport = path.join(tmp, `${naam}.rapport.sarif`);
            fs.writeFileSync(invoer, (await draai(args)).stdout);
            // The validator (.NET) may keep a cache in the temporary folder: the system's, not this run's.
            execFileSync(VALIDATOR, ['validate', invoer, '--output', rapport], {
                cwd: tmp,
                stdio: 'pipe',
                env: { ...process.env, TMPDIR: SYSTEEM_TMP },
            });
            const uit = JSON.parse(fs.readFileSync(rapport, 'utf8')) as Log;
            const run = uit.runs[0]!;
            assert.notEqual(
                run.invocations?.[0]?.executionSuccessful,
                false,
                `${naam}: validator kon niet draaien: ${JSON.stringify(run.invocations?.[0]?.toolConfigurationNotifications)}`,
            );
            const fouten = (run.results ?? []).filter(
                (r) => r.level === 'error' || (r.level === undefined && r.ruleId?.startsWith('JSON')),
            );
            assert.deepEqual(
                fouten.map((r) => `${r.ruleId} ${JSON.stringify(r.message)}`),
                [],
                naam,
            );
            const rest = (run.results ?? []).map((r) => r.ruleId).filter((id) => id !== 'SARIF2005');
            assert.deepEqual(rest, [], `${naam}: adviezen van de validator`);
        }
    });

    it('github: %, CR, LF, komma en dubbele punt worden ge-escaped', () => {
        assert.equal(escapeData('50% a\r\nb'), '50%25 a%0D%0Ab');
        assert.equal(escapeProperty('map:a,b%.opgave'), 'map%3Aa%2Cb%25.opgave');
        const b: UitvoerBevinding = {
            file: 'a,b:c.opgave',
            line: 1,
            column: 2,
            endLine: 1,
            endColumn: 3,
            severity: 'info',
            ruleId: 'opgave-zonder-thema',
            message: 'regel 1\nregel 2 :: 100%',
        };
        assert.equal(
            formatGithub([b]),
            '::notice file=a%2Cb%3Ac.opgave,line=1,col=2,endLine=1,endColumn=3,title=opgave-zonder-thema::regel 1%0Aregel 2 :: 100%25\n',
        );
    });

    it('junit: een testcase per bestand, schone bestanden slagen, XML-tekens ge-escaped', () => {
        const b: UitvoerBevinding = {
            file: 'x.opgave',
            line: 1,
            column: 1,
            endLine: 1,
            endColumn: 2,
            severity: 'error',
            ruleId: 'syntaxis',
            message: 'a <b> & "c" \u0001',
        };
        const xml = formatJunit([b], ['schoon.opgave', 'x.opgave']);
        const doc = new JSDOM(xml, { contentType: 'application/xml' }).window.document;
        assert.equal(doc.getElementsByTagName('parsererror').length, 0);
        assert.equal(doc.getElementsByTagName('testcase').length, 2);
        assert.equal(doc.getElementsByTagName('failure').length, 1);
        assert.equal(doc.getElementsByTagName('failure')[0]?.getAttribute('message'), 'a <b> & "c" ');
    });

    it('sarif: bestandsnamen met spaties en accenten worden geldige URI-verwijzingen', () => {
        const b: UitvoerBevinding = {
            file: 'map met spatie/café.opgave',
            line: 1,
            column: 1,
            endLine: 1,
            endColumn: 2,
            severity: 'warning',
            ruleId: 'syntaxis',
            message: 'x',
        };
        const log = JSON.parse(formatSarif([b], { versie: '1.0.0' })) as Log;
        assert.equal(
            log.runs[0]!.results![0]!.locations![0]!.physicalLocation!.artifactLocation!.uri,
            'map%20met%20spatie/caf%C3%A9.opgave',
        );
    });
});

/**
 * The rule documentation (docs/regels/<id>.md) against the rule modules: a page per rule with the
 * module's severity, fix and guide section, examples that do what they say, the **fix** marks of
 * regels.md, and each rule's fix applied without an editor to its page's wrong example.
 */
import { strict as assert } from 'node:assert';
import * as fs from 'node:fs';
import * as path from 'node:path';
import { EmptyFileSystem, URI, type LangiumDocument } from 'langium';
import type { TextEdit } from 'vscode-languageserver';
import { controleerPortfolio, type Bevinding, type CheckResultaat } from '../../language/src/check/checker.js';
import { createOpgaveServices } from '../../language/src/opgave-module.js';
import { opdrachtBij } from '../../language/src/rules/bewerk.js';
import type { HerstelContext, Instellingen } from '../../language/src/rules/context.js';
import { REGELS, regelDocPad } from '../../language/src/rules/index.js';
import { heeftHerstel } from '../../language/src/rules/regel.js';
import { DIFF_MARKER } from '../../reports/src/diff/markdown.js';
import { draai } from '../helpers/cli.js';
import { controleerTekst, ROOT } from '../helpers/index.js';

/** The settings of the examples (as {@link controleerTekst} uses them). */
const INSTELLINGEN: Instellingen = {
    peildatum: '2026-11-29',
    herijkingTermijnMaanden: 12,
    maxActieveOpdrachtenPerPersoon: 4,
    maxOpgavemanagers: 5,
    leerTermijnMaanden: 12,
};

/** The ```opgave blocks below a `## TITLE` heading, up to the next `## ` heading. */
function voorbeelden(pagina: string, titel: string): string[] {
    const start = pagina.indexOf(`\n## ${titel}\n`);
    if (start < 0) {
        return [];
    }
    const rest = pagina.slice(start + titel.length + 5);
    const eind = rest.search(/\n## /);
    const sectie = eind < 0 ? rest : rest.slice(0, eind);
    return [...sectie.matchAll(/^```opgave\n([\s\S]*?)^```$/gm)].map((m) => m[1] ?? '');
}

/** The normative rule catalogue beside the repository. */
const REGELS_MD = path.resolve(ROOT, '..', 'shared', 'spec', 'regels.md');

/** Checks one file of text like {@link controleerTekst}, keeping its document (for fixes). */
async function controleerMetDocument(tekst: string): Promise<{ document: LangiumDocument; resultaat: CheckResultaat }> {
    const services = createOpgaveServices(EmptyFileSystem).Opgave;
    const document = services.shared.workspace.LangiumDocumentFactory.fromString(tekst, URI.file('/voorbeeld/portfolio.opgave'));
    services.shared.workspace.LangiumDocuments.addDocument(document);
    await services.shared.workspace.DocumentBuilder.build([document], { validation: false });
    return { document, resultaat: controleerPortfolio([document], INSTELLINGEN) };
}

/** What a rule's fix gets for a finding, built from the finding itself (no editor). */
function herstelContext({ document, resultaat }: { document: LangiumDocument; resultaat: CheckResultaat }, b: Bevinding): HerstelContext {
    return {
        document,
        diagnose: { range: b.range, message: b.message, data: b.fix ? { fix: b.fix } : {} },
        opdracht: opdrachtBij(document, b.range.start),
        portfolio: resultaat.portfolio,
        instellingen: INSTELLINGEN,
    };
}

/** The document's text with the edits applied. */
function pasToe(document: LangiumDocument, edits: readonly TextEdit[]): string {
    const tekst = document.textDocument.getText();
    const offset = (p: TextEdit['range']['start']): number => document.textDocument.offsetAt(p);
    return [...edits]
        .sort((a, b) => offset(b.range.start) - offset(a.range.start))
        .reduce((uit, e) => uit.slice(0, offset(e.range.start)) + e.newText + uit.slice(offset(e.range.end)), tekst);
}

describe('regeldocumentatie', function () {
    this.timeout(120_000);

    it('elke pagina in docs/regels hoort bij een regel', () => {
        const paginas = fs.readdirSync(path.join(ROOT, 'docs', 'regels')).filter((f) => f !== 'README.md');
        assert.deepEqual(paginas.sort(), REGELS.map((r) => `${r.id}.md`).sort());
        const index = fs.readFileSync(path.join(ROOT, 'docs', 'regels', 'README.md'), 'utf8');
        for (const r of REGELS) {
            assert.ok(index.includes(`[\`${r.id}\`](${r.id}.md) | \`${r.ernst}\``), `index mist ${r.id} of noemt een andere ernst`);
        }
    });

    for (const r of REGELS) {
        it(`${r.id}: pagina klopt met de regeltabel en de voorbeelden doen wat ze zeggen`, async () => {
            const bestand = path.join(ROOT, regelDocPad(r.id));
            assert.ok(fs.existsSync(bestand), `${regelDocPad(r.id)} ontbreekt`);
            const pagina = fs.readFileSync(bestand, 'utf8');
            assert.ok(pagina.startsWith(`# Regel \`${r.id}\`\n`), 'kop noemt de regel-id niet');
            const kop = /^\| `(error|warning|info)` \([^)]*\) \| [^|]+ \| (ja|nee) \|/m.exec(pagina);
            assert.equal(kop?.[1], r.ernst, 'ernst op de pagina wijkt af van de regelmodule');
            assert.equal(kop?.[2], heeftHerstel(r) ? 'ja' : 'nee', 'snelle oplossing op de pagina wijkt af van herstel in de regelmodule');
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
            const metFout = await controleerTekst(fout[0]!);
            assert.ok(
                metFout.bevindingen.some((b) => b.ruleId === r.id),
                `het foute voorbeeld geeft geen ${r.id}: ${metFout.bevindingen.map((b) => b.ruleId).join(', ')}`,
            );
            const zonderFout = await controleerTekst(goed[0]!);
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
            assert.ok(fs.existsSync(path.join(ROOT, r.docs)), r.docs);
        }
        const tekst = await draai(['rules']);
        for (const r of REGELS) {
            assert.ok(tekst.stdout.includes(regelDocPad(r.id)), r.id);
        }
    });

    it('de regels met een herstel zijn precies de regels die regels.md met **fix** markeert', () => {
        assert.ok(fs.existsSync(REGELS_MD), `${REGELS_MD} ontbreekt`);
        const rijen = new Map(
            [...fs.readFileSync(REGELS_MD, 'utf8').matchAll(/^\| `([a-z-]+)` \| [EWI] \|(.*)$/gm)].map((m) => [m[1]!, m[2]!]),
        );
        for (const r of REGELS) {
            const rij = rijen.get(r.id);
            assert.ok(rij !== undefined, `${r.id} staat niet in regels.md`);
            assert.equal(
                rij.includes('**fix**'),
                heeftHerstel(r),
                `${r.id}: **fix** in regels.md en herstel in de regelmodule verschillen`,
            );
        }
        assert.ok(REGELS.some(heeftHerstel));
    });

    // The fixes are core code: applied without an editor (as a command-line --fix would), each
    // fixable rule's fix removes its finding from the page's wrong example without a syntax error.
    for (const r of REGELS.filter(heeftHerstel)) {
        it(`${r.id}: het herstel werkt zonder editor op het foute voorbeeld`, async () => {
            const pagina = fs.readFileSync(path.join(ROOT, regelDocPad(r.id)), 'utf8');
            const voor = await controleerMetDocument(voorbeelden(pagina, 'Fout voorbeeld')[0]!);
            const bevinding = voor.resultaat.bevindingen.find((b) => b.ruleId === r.id);
            assert.ok(bevinding, `het foute voorbeeld geeft geen ${r.id}`);
            const herstellingen = r.herstel!(herstelContext(voor, bevinding));
            assert.ok(herstellingen.length > 0, 'geen herstel');
            const wijzigingen = Object.entries(herstellingen[0]!.wijzigingen);
            assert.deepEqual(
                wijzigingen.map(([uri]) => uri),
                [voor.document.uri.toString()],
            );
            const na = await controleerMetDocument(pasToe(voor.document, wijzigingen[0]![1]));
            assert.deepEqual(
                na.resultaat.bevindingen
                    .filter((b) => b.ruleId === r.id || b.ruleId === 'syntaxis')
                    .map((b) => `${b.ruleId}: ${b.message}`),
                [],
            );
        });
    }
});

describe('handleiding', () => {
    it('de voorbeelden samen vormen een foutloos portfolio', async () => {
        const tekst = fs.readFileSync(path.join(ROOT, 'docs', 'handleiding.md'), 'utf8');
        const blokken = [...tekst.matchAll(/^```opgave\n([\s\S]*?)^```$/gm)].map((m) => m[1]);
        assert.ok(blokken.length >= 3);
        const resultaat = await controleerTekst(blokken.join('\n'));
        assert.deepEqual(
            resultaat.bevindingen.map((b) => `${b.ruleId}: ${b.message}`),
            [],
        );
    });

    it('de CI-voorbeelden gebruiken alleen bestaande opdrachten en opties, en de handleiding linkt ze alle', async () => {
        const map = path.join(ROOT, 'examples', 'ci');
        const handleiding = fs.readFileSync(path.join(ROOT, 'docs', 'handleiding.md'), 'utf8');
        const voorbeelden = fs.readdirSync(map).filter((f) => f.endsWith('.yml'));
        assert.ok(voorbeelden.length >= 3, voorbeelden.join(', '));
        let aanroepen = 0;
        for (const f of voorbeelden) {
            assert.ok(handleiding.includes(`](../examples/ci/${f})`), `docs/handleiding.md linkt ${f} niet`);
            const tekst = fs.readFileSync(path.join(map, f), 'utf8');
            // Each `opgave <opdracht> …` on a command line: the command exists and so does each option after it.
            for (const [, opdracht, rest] of tekst.matchAll(/npx opgave ([a-z]+)([^\n]*)/g)) {
                aanroepen++;
                const hulp = await draai([opdracht!, '--help']);
                assert.equal(hulp.code, 0, `${f}: opgave ${opdracht} bestaat niet`);
                for (const optie of rest!.replace(/\s[>|].*$/, '').match(/--[a-z-]+/g) ?? []) {
                    assert.ok(hulp.stdout.includes(optie), `${f}: opgave ${opdracht} kent ${optie} niet`);
                }
            }
        }
        assert.ok(aanroepen >= 4, `${aanroepen} aanroepen van opgave gevonden`);
    });

    it('de diff-voorbeelden halen de hele geschiedenis op en werken hun eigen reactie bij', () => {
        const github = fs.readFileSync(path.join(ROOT, 'examples', 'ci', 'opgave-diff-github.yml'), 'utf8');
        const gitlab = fs.readFileSync(path.join(ROOT, 'examples', 'ci', 'opgave-diff-gitlab.yml'), 'utf8');
        assert.match(github, /fetch-depth: 0/);
        assert.match(github, /pull-requests: write/);
        assert.match(github, /node-version: 22/);
        assert.match(gitlab, /GIT_DEPTH: '0'/);
        assert.match(gitlab, /image: node:22/);
        for (const tekst of [github, gitlab]) {
            // GitHub's script: startsWith('…'); jq on GitLab: startswith("…").
            assert.match(tekst, new RegExp(`starts[wW]ith\\(['"]${DIFF_MARKER}['"]\\)`), 'zoekt de eigen reactie aan de markering');
        }
    });
});

import { strict as assert } from 'node:assert';
import * as fs from 'node:fs';
import * as path from 'node:path';
import { genereerRapporten } from '../../reports/src/index.js';
import { mermaidLabel } from '../../reports/src/tekst.js';
import { controleerTekst, PEILDATUM, rapportenVan, ROOT } from '../helpers/index.js';
import { mermaidBlokken, mermaidOpruimen, mermaidParser } from '../helpers/mermaid.js';
import { LASTIG_PORTFOLIO } from '../helpers/lastig.js';

/**
 * The Mermaid our reports may use: flowcharts with plain nodes, stadium nodes, links, classDef and
 * class, and gantt charts with sections, tasks and milestones. Syntax that GitHub and GitLab have
 * rendered for years (Mermaid 9 and 10), so a newer Mermaid in our tests (12) cannot let newer
 * syntax in unnoticed: no `@{ shape }` nodes (11.3), edge ids `e1@-->` (11.6), frontmatter config
 * `---`, Markdown strings with backquotes (10.1), `%%{init}%%` directives. Labels are
 * double-quoted with `"` and `#` written as entity codes (reports/src/tekst.ts `mermaidLabel`).
 */
const PROFIEL: RegExp[] = [
    /^(flowchart (TB|TD|BT|LR|RL)|gantt)$/,
    /^n\d+\["[^"`]*"\]$/,
    /^n\d+\(\["[^"`]*"\]\)$/,
    /^n\d+ (-->|---|-\.->) n\d+$/,
    /^classDef [a-z-]+ fill:#[0-9a-f]{6},stroke:#[0-9a-f]{6}$/,
    /^class n\d+(,n\d+)* [a-z-]+$/,
    /^dateFormat YYYY-MM-DD$/,
    /^axisFormat %[%A-Za-z-]+$/,
    /^todayMarker off$/,
    /^section [^:#;`]+$/,
    /^[^:#;`]+ :((done|active|crit), )?f\d+, \d{4}-\d{2}-\d{2}, \d{4}-\d{2}-\d{2}$/,
    /^[^:#;`]+ :milestone, (crit, )?m\d+, \d{4}-\d{2}-\d{2}, 0d$/,
];

/** The lines of a Mermaid block outside {@link PROFIEL} (indentation ignored). */
function buitenProfiel(blok: string): string[] {
    return blok
        .split('\n')
        .map((r) => r.trim())
        .filter((r) => r !== '' && !PROFIEL.some((p) => p.test(r)));
}

/** Parses every Mermaid block of every Markdown report; returns the diagram types seen. */
async function controleerBlokken(rapporten: Map<string, string>): Promise<Set<string>> {
    const mermaid = await mermaidParser();
    const soorten = new Set<string>();
    for (const [rel, inhoud] of rapporten) {
        for (const blok of mermaidBlokken(inhoud)) {
            try {
                const uitkomst = await mermaid.parse(blok);
                assert.ok(uitkomst, `${rel}: geen diagram herkend`);
                soorten.add(uitkomst.diagramType);
            } catch (e) {
                assert.fail(`${rel}: Mermaid-syntaxfout: ${(e as Error).message}\n${blok}`);
            }
            assert.deepEqual(buitenProfiel(blok), [], `${rel}: Mermaid buiten wat GitHub en GitLab tonen`);
        }
    }
    return soorten;
}

describe('mermaid-diagrammen', function () {
    this.timeout(120_000);
    after(() => mermaidOpruimen());

    it('het profiel laat nieuwere Mermaid-syntax niet door', () => {
        assert.deepEqual(buitenProfiel('flowchart TB\n    n1["a"]\n    n1 --> n2\n    class n1,n2 opgave'), []);
        for (const nieuw of [
            'n1@{ shape: rect, label: "a" }',
            'n1 e1@--> n2',
            '---',
            'config:',
            'n1["`**vet**`"]',
            '%%{init: {"theme": "dark"}}%%',
            'n1 ==> n2',
            'architecture-beta',
        ]) {
            assert.deepEqual(buitenProfiel(`flowchart TB\n${nieuw}`), [nieuw], nieuw);
        }
    });

    it('de parser keurt kapotte tekst af', async () => {
        const mermaid = await mermaidParser();
        await assert.rejects(async () => mermaid.parse('flowchart LR\n    a["x"] --> [b'));
    });

    for (const naam of ['winterswijk', 'gooise-meren', 'fouten']) {
        it(`${naam}: elk diagram parseert`, async () => {
            const soorten = await controleerBlokken(await rapportenVan(path.join(ROOT, 'examples', naam)));
            assert.ok(soorten.has('flowchart-v2'));
        });
    }

    it('lastige titels breken geen diagram', async () => {
        const resultaat = await controleerTekst(LASTIG_PORTFOLIO);
        const rapporten = genereerRapporten(resultaat, {
            peildatum: PEILDATUM,
            root: '/voorbeeld',
            uitvoer: '/voorbeeld/docs/portfolio',
        });
        const soorten = await controleerBlokken(rapporten);
        assert.deepEqual([...soorten].sort(), ['flowchart-v2', 'gantt']);
        const blokken = [...rapporten.values()].flatMap(mermaidBlokken).join('\n');
        assert.ok(!blokken.includes('<script'));
        assert.ok(blokken.includes('🚲'));
    });

    it('de voorbeelden uit docs/regels geven geldige diagrammen (ook bij kapotte fasen en data)', async () => {
        const map = path.join(ROOT, 'docs', 'regels');
        let blokken = 0;
        for (const pagina of fs.readdirSync(map).filter((f) => f.endsWith('.md'))) {
            const tekst = fs.readFileSync(path.join(map, pagina), 'utf8');
            for (const [i, m] of [...tekst.matchAll(/^```opgave\n([\s\S]*?)^```$/gm)].entries()) {
                const resultaat = await controleerTekst(m[1] ?? '');
                const rapporten = genereerRapporten(resultaat, {
                    peildatum: PEILDATUM,
                    root: '/voorbeeld',
                    uitvoer: '/voorbeeld/docs/portfolio',
                });
                const hernoemd = new Map([...rapporten].map(([rel, inhoud]) => [`${pagina}#${i}/${rel}`, inhoud]));
                await controleerBlokken(hernoemd);
                blokken += [...rapporten.values()].flatMap(mermaidBlokken).length;
            }
        }
        assert.ok(blokken > 200, `${blokken} blokken`);
    });

    it('mermaidLabel zet gevaarlijke tekens om in entiteitcodes', () => {
        assert.equal(mermaidLabel('a"b#c;d<e>'), 'a#34;b#35;c#59;d#60;e#62;');
        assert.equal(mermaidLabel('regel\neen'), 'regel een');
    });
});

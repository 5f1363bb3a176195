import { strict as assert } from 'node:assert';
import * as fs from 'node:fs';
import * as os from 'node:os';
import * as path from 'node:path';
import { GEGENEREERD_KOP, genereerRapporten } from '../../reports/src/index.js';
import Ajv2020, { type ValidateFunction } from 'ajv/dist/2020.js';
import { opdrachtenCsv } from '../../reports/src/csv.js';
import { portfolioSchema } from '../../reports/src/portfolio-json.js';
import { controleerMap, controleerTekst, PEILDATUM, rapportenVan, ROOT } from '../helpers/index.js';
import { LASTIG_PORTFOLIO, LASTIGE_TITEL } from '../helpers/lastig.js';

const VOORBEELDEN = ['winterswijk', 'gooise-meren', 'fouten'];

/** The JSON Schema text compiled by ajv (draft 2020-12, strict), an independent validator. */
function valideerder(schema: string): ValidateFunction {
    return new Ajv2020.default({ strict: true, allErrors: true }).compile(JSON.parse(schema) as object);
}

/**
 * Asserts that the portfolio.json text is valid against the portfolio.schema.json text (ajv), and
 * that the zod schema it is generated from accepts it unchanged (portfolioJson does not run it).
 */
function assertGeldig(schema: string, portfolioJson: string, naam: string): void {
    const valideer = valideerder(schema);
    assert.ok(valideer(JSON.parse(portfolioJson)), `${naam}: ${JSON.stringify(valideer.errors, null, 2)}`);
    assert.equal(`${JSON.stringify(portfolioSchema.parse(JSON.parse(portfolioJson)), null, 2)}\n`, portfolioJson, `${naam}: zod`);
}

/** Copies a portfolio's sources (not its reports) into a fresh folder under a different name. */
function kopieer(bron: string): string {
    const doel = fs.mkdtempSync(path.join(os.tmpdir(), 'opgave-ander-'));
    for (const item of fs.readdirSync(bron, { recursive: true, withFileTypes: true })) {
        const vol = path.join(item.parentPath, item.name);
        const rel = path.relative(bron, vol);
        if (item.isFile() && !rel.startsWith('docs')) {
            fs.mkdirSync(path.join(doel, 'sub', path.dirname(rel)), { recursive: true });
            fs.copyFileSync(vol, path.join(doel, 'sub', rel));
        }
    }
    return path.join(doel, 'sub');
}

describe('rapporten', () => {
    for (const naam of VOORBEELDEN) {
        it(`${naam}: byte-identiek bij andere bestandsvolgorde en andere map`, async () => {
            const map = path.join(ROOT, 'examples', naam);
            const eerst = await rapportenVan(map);
            const ander = kopieer(map);
            try {
                const daarna = await rapportenVan(ander, 'omgekeerd');
                assert.deepEqual([...daarna.keys()], [...eerst.keys()]);
                for (const [rel, inhoud] of eerst) {
                    assert.equal(daarna.get(rel), inhoud, `${rel} verschilt`);
                }
            } finally {
                fs.rmSync(path.dirname(ander), { recursive: true, force: true });
            }
        });

        it(`${naam}: alle rapporten, LF, kop, alleen de peildatum als datum`, async () => {
            const map = path.join(ROOT, 'examples', naam);
            const { resultaat, peildatum } = await controleerMap(map);
            const rapporten = await rapportenVan(map);
            for (const vast of [
                'README.md',
                'besluiten.ics',
                'bevindingen.md',
                'personen.md',
                'spelers.md',
                'portfolio.json',
                'portfolio.schema.json',
                'opdrachten.csv',
            ]) {
                assert.ok(rapporten.has(vast), vast);
            }
            for (const o of resultaat.portfolio.opdrachtPerId.keys()) {
                assert.ok(rapporten.has(`opdrachten/${o}.md`), o);
            }
            const vandaag = new Date().toISOString().slice(0, 10);
            for (const [rel, inhoud] of rapporten) {
                if (rel.endsWith('.ics')) {
                    // RFC 5545: every line of a calendar ends in CRLF.
                    assert.ok(!/[^\r]\n|\r[^\n]/.test(inhoud) && inhoud.endsWith('\r\n'), `${rel} heeft een regel zonder CRLF`);
                } else {
                    assert.ok(!inhoud.includes('\r'), `${rel} bevat CR`);
                    assert.ok(inhoud.endsWith('\n'), `${rel} eindigt niet op LF`);
                }
                assert.ok(inhoud.slice(0, 400).includes(GEGENEREERD_KOP), `${rel} mist de kop`);
                if (vandaag !== peildatum) {
                    assert.ok(!inhoud.includes(vandaag), `${rel} noemt de datum van vandaag`);
                }
            }
            assert.deepEqual([...rapporten.keys()], [...rapporten.keys()].sort());
        });

        it(`${naam}: portfolio.json volgt het gepubliceerde portfolio.schema.json (ajv)`, async () => {
            const rapporten = await rapportenVan(path.join(ROOT, 'examples', naam));
            assertGeldig(rapporten.get('portfolio.schema.json')!, rapporten.get('portfolio.json')!, naam);
        });
    }

    it('test/golden/lastig: portfolio.json volgt het gepubliceerde portfolio.schema.json (ajv)', () => {
        const map = path.join(ROOT, 'test', 'golden', 'lastig');
        const lees = (f: string): string => fs.readFileSync(path.join(map, f), 'utf8');
        assertGeldig(lees('portfolio.schema.json'), lees('portfolio.json'), 'lastig');
    });

    it('portfolio.schema.json is een geldig JSON Schema (draft 2020-12, ajv strict) met de kop', async () => {
        const rapporten = await rapportenVan(path.join(ROOT, 'examples', 'winterswijk'));
        const schema = JSON.parse(rapporten.get('portfolio.schema.json')!) as Record<string, unknown>;
        assert.ok(String(schema.$comment).includes(GEGENEREERD_KOP));
        assert.equal(schema.$schema, 'https://json-schema.org/draft/2020-12/schema');
        assert.equal(schema.type, 'object');
        // Throws on an invalid schema, and (strict) on unknown keywords or formats.
        valideerder(rapporten.get('portfolio.schema.json')!);
        // The published copies in the examples are the same schema.
        for (const voorbeeld of ['winterswijk', 'gooise-meren']) {
            const gepubliceerd = fs.readFileSync(
                path.join(ROOT, 'examples', voorbeeld, 'docs', 'portfolio', 'portfolio.schema.json'),
                'utf8',
            );
            assert.equal(gepubliceerd, rapporten.get('portfolio.schema.json'), voorbeeld);
        }
    });

    it('een kapot portfolio.json wordt door het gepubliceerde schema afgewezen', async () => {
        const rapporten = await rapportenVan(path.join(ROOT, 'examples', 'winterswijk'));
        const valideer = valideerder(rapporten.get('portfolio.schema.json')!);
        type Json = Record<string, unknown> & { opdrachten: Record<string, unknown>[]; personen: Record<string, unknown>[] };
        const kapot = (wijzig: (data: Json) => void): Json => {
            const data = JSON.parse(rapporten.get('portfolio.json')!) as Json;
            wijzig(data);
            return data;
        };
        const gevallen: [string, Json, string][] = [
            ['zonder peildatum', kapot((d) => delete d.peildatum), "must have required property 'peildatum'"],
            ['onbekend veld in een opdracht', kapot((d) => (d.opdrachten[0]!.prioriteit = 1)), 'must NOT have additional properties'],
            ['bronregel 0', kapot((d) => ((d.personen[0]!.bron as { regel: number }).regel = 0)), 'must be >= 1'],
            ['onbekende werkwijze', kapot((d) => (d.opdrachten[0]!.werkwijze = 'proef')), 'must be equal to one of the allowed values'],
            ['budget als tekst', kapot((d) => (d.opdrachten[0]!.budget = '310000')), 'must be number'],
        ];
        for (const [wat, data, fout] of gevallen) {
            assert.equal(valideer(data), false, `${wat}: toch geldig`);
            assert.ok(
                valideer.errors?.some((e) => e.message === fout),
                `${wat}: ${JSON.stringify(valideer.errors)}`,
            );
        }
        assert.equal(valideer(JSON.parse(rapporten.get('portfolio.json')!)), true, 'het ongewijzigde bestand (tegenproef)');
    });

    it('opdrachten.csv: komma standaard; puntkomma met decimale komma en BOM voor Excel', async () => {
        const { resultaat, peildatum } = await controleerMap(path.join(ROOT, 'examples', 'winterswijk'));
        const opties = { peildatum, root: path.join(ROOT, 'examples', 'winterswijk'), uitvoer: '/x' };
        const standaard = opdrachtenCsv(resultaat, opties);
        assert.ok(!standaard.startsWith('\uFEFF'));
        assert.match(standaard.split('\n')[1] ?? '', /^id,titel,opgave,/);
        const excel = opdrachtenCsv(resultaat, opties, { scheidingsteken: ';', bom: true });
        assert.ok(excel.startsWith('\uFEFF'));
        assert.match(excel.split('\n')[1] ?? '', /^id;titel;opgave;/);
        assert.match(excel, /;0,8;/);
        assert.ok(!excel.includes('\r'));
    });

    it('lastige titels: escaped in Markdown, CSV zonder formules, geen HTML-injectie', async () => {
        const resultaat = await controleerTekst(LASTIG_PORTFOLIO);
        assert.deepEqual(
            resultaat.bevindingen.filter((b) => b.ruleId === 'syntaxis'),
            [],
        );
        const rapporten = genereerRapporten(resultaat, {
            peildatum: PEILDATUM,
            root: '/voorbeeld',
            uitvoer: '/voorbeeld/docs/portfolio',
        });
        for (const [rel, inhoud] of [...rapporten].filter(([r]) => r.endsWith('.md'))) {
            assert.ok(!inhoud.includes('<script>'), `${rel} bevat ruwe HTML`);
            assert.ok(!inhoud.includes('<b>vet'), `${rel} bevat ruwe HTML`);
        }
        const csv = rapporten.get('opdrachten.csv')!;
        assert.ok(!/[,;]=SOM/.test(csv));
        const pagina = rapporten.get('opdrachten/p.md')!;
        // Table rows keep their column count despite the | in titles.
        for (const regel of pagina.split('\n').filter((r) => r.startsWith('| Opgave'))) {
            assert.equal(regel.replace(/\\\|/g, '').split('|').length, 4, regel);
        }
        assert.ok(
            (JSON.parse(rapporten.get('portfolio.json')!) as { opdrachten: { titel: string }[] }).opdrachten[0]!.titel === LASTIGE_TITEL,
        );
    });
});

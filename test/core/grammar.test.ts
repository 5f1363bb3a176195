/**
 * The grammar: every construct of taal.md parses; identifiers that start with a keyword stay one
 * identifier; amounts with `_` become numbers; BOM and CRLF give the same model and positions;
 * a missing `}` gives a few precise syntax errors and the rest still links.
 */
import { strict as assert } from 'node:assert';
import * as fs from 'node:fs';
import * as path from 'node:path';
import type { LangiumDocument } from 'langium';
import * as ast from '../../language/generated/ast.js';
import { check, ids, parse, SHARED_CASES } from '../helpers/index.js';

const SCHOON = fs.readFileSync(path.join(SHARED_CASES, 'schoon', 'portfolio.opgave'), 'utf8');

/** The document of a portfolio of one file, parsed and linked. */
async function parseEen(bestand: Record<string, string>): Promise<LangiumDocument> {
    const [doc] = await parse(bestand);
    assert.ok(doc);
    return doc;
}

describe('grammatica', () => {
    it('leest het schone portfolio zonder fouten', async () => {
        const doc = await parseEen({ 'p.opgave': SCHOON });
        assert.deepEqual(doc.parseResult.lexerErrors, []);
        assert.deepEqual(
            doc.parseResult.parserErrors.map((e) => e.message),
            [],
        );
        const root = doc.parseResult.value as ast.Portfolio;
        assert.equal(root.declaraties.filter(ast.isOpdracht).length, 3);
    });

    it('houdt namen die met een sleutelwoord beginnen heel (deel-vanaf, programma-x, opgave2)', async () => {
        const doc = await parseEen({
            'p.opgave': `persoon deel-vanaf { functie wethouder }\npersoon programma-x { functie mt-lid }\npersoon opgavemanager-west { functie opgavemanager }\nopgave opgave2 { }\n`,
        });
        assert.deepEqual(doc.parseResult.parserErrors, []);
        const namen = (doc.parseResult.value as ast.Portfolio).declaraties.map((d) => d.name);
        assert.deepEqual(namen, ['deel-vanaf', 'programma-x', 'opgavemanager-west', 'opgave2']);
    });

    it('accepteert Unicode-namen en waardewoorden als naam (coördinatie_west, burgemeester, stad)', async () => {
        const doc = await parseEen({
            'p.opgave': `persoon coördinatie_west { functie mt-lid }\npersoon burgemeester "De burgemeester" { functie burgemeester }\ngebied stad { schaal stad gebiedsmanager coördinatie_west }\n`,
        });
        assert.deepEqual(doc.parseResult.parserErrors, []);
        const gebied = (doc.parseResult.value as ast.Portfolio).declaraties.find(ast.isGebied)!;
        assert.equal(gebied.gebiedsmanager?.ref?.name, 'coördinatie_west');
    });

    it('maakt getallen van bedragen met _ en decimalen', async () => {
        const doc = await parseEen({ 'p.opgave': `opdracht x voor y { budget 4_200_000 capaciteit 3.5 }\n` });
        const o = (doc.parseResult.value as ast.Portfolio).declaraties.find(ast.isOpdracht)!;
        assert.equal(o.budget, 4200000);
        assert.equal(o.capaciteit, 3.5);
    });

    it('leest teksten met \\" en \\\\ en commentaar in beide vormen', async () => {
        const doc = await parseEen({
            'p.opgave': `/* blok\n   commentaar } " */\n// regel\nthema t "Een \\"citaat\\" en \\\\ streep 🌍" { soort overig }\n`,
        });
        assert.deepEqual(doc.parseResult.parserErrors, []);
        const t = (doc.parseResult.value as ast.Portfolio).declaraties.find(ast.isThema)!;
        assert.equal(t.titel, 'Een "citaat" en \\ streep 🌍');
    });

    it('geeft met BOM en CRLF hetzelfde model en dezelfde posities als met LF', async () => {
        const tekst = SCHOON.replace('opgavemanager dir-ruimte', '');
        const lf = await check({ 'p.opgave': tekst });
        const crlf = await check({ 'p.opgave': tekst.replace(/\n/g, '\r\n') });
        assert.deepEqual(ids(lf), ['thema-zonder-opgavemanager']);
        assert.deepEqual(
            crlf.bevindingen.map((b) => [b.ruleId, b.range]),
            lf.bevindingen.map((b) => [b.ruleId, b.range]),
        );
    });

    it('geeft bij één ontbrekende } een paar precieze syntaxfouten en linkt de rest nog', async () => {
        const kapot = SCHOON.replace('        voorscheider {\n        idee deels', '        voorscheider {\n        idee deels').replace(
            '    spelers ontwikkelaar-a\n    voorscheider {\n        idee bekend\n        netwerk deels\n        besluitvorming gericht\n    }\n}',
            '    spelers ontwikkelaar-a\n    voorscheider {\n        idee bekend\n        netwerk deels\n        besluitvorming gericht\n    }\n',
        );
        assert.notEqual(kapot, SCHOON);
        const r = await check({ 'p.opgave': kapot });
        const syntax = r.bevindingen.filter((b) => b.ruleId === 'syntaxis');
        assert.ok(
            syntax.length >= 1 && syntax.length <= 3,
            `verwacht 1–3 syntaxfouten, kreeg ${syntax.length}: ${syntax.map((b) => b.message).join(' | ')}`,
        );
        assert.ok(
            syntax.every((b) => /verwachtte|hoort hier niet|Onbekend/.test(b.message)),
            'Nederlandse melding',
        );
        assert.deepEqual(
            r.bevindingen.filter((b) => b.ruleId === 'onbekende-verwijzing'),
            [],
            'de declaraties na de fout linken nog',
        );
        assert.equal(r.portfolio.opdrachten.length, 3);
    });

    it('meldt een ontbrekende } aan het eind van het bestand binnen het document', async () => {
        const tekst = 'thema t {\n    soort overig\n';
        const r = await check({ 'p.opgave': tekst });
        const [fout] = r.bevindingen.filter((b) => b.ruleId === 'syntaxis');
        assert.ok(fout, 'syntaxfout verwacht');
        assert.ok(fout.range.start.line <= 2 && fout.range.end.line <= 2);
        assert.match(fout.message, /einde van het bestand/);
    });

    it('meldt onbekende verwijzingen met soort en suggestie', async () => {
        const r = await check({
            'p.opgave': SCHOON.replace(
                'bestuurlijk-opdrachtgever weth-wonen\n        ambtelijk-opdrachtgever dir-ruimte\n        sturingsprofessional pgm-wonen',
                'bestuurlijk-opdrachtgever weth-woonen\n        ambtelijk-opdrachtgever dir-ruimte\n        sturingsprofessional pgm-wonen',
            ),
        });
        const fouten = r.bevindingen.filter((b) => b.ruleId === 'onbekende-verwijzing');
        assert.equal(fouten.length, 1);
        assert.match(fouten[0]?.message ?? '', /persoon ‘weth-woonen’.*Bedoel je ‘weth-wonen’/);
    });

    it('meldt een verwijzing naar de verkeerde soort', async () => {
        const r = await check({ 'p.opgave': SCHOON.replace('sturingsprofessional pm-centrum', 'sturingsprofessional centrumplan') });
        const fout = r.bevindingen.find((b) => b.ruleId === 'onbekende-verwijzing');
        assert.ok(fout);
        assert.match(fout.message, /‘centrumplan’ is een opgave, maar hier hoort een persoon/);
    });

    it('stelt bij een verschreven waarde het dichtstbijzijnde sleutelwoord voor', async () => {
        const r = await check({ 'p.opgave': 'persoon a "A" {\n    functie wethoudr\n}\n' });
        const [fout] = r.bevindingen;
        assert.ok(fout);
        assert.equal(fout.ruleId, 'syntaxis');
        assert.match(fout.message, /‘wethoudr’ is hier geen geldige waarde\. Bedoel je ‘wethouder’\?/);
        assert.deepEqual(fout.range, { start: { line: 1, character: 12 }, end: { line: 1, character: 20 } });
    });

    it('houdt regelbevindingen binnen een half gelezen declaratie vast tot de syntaxfout is opgelost', async () => {
        const kapot = SCHOON.replace('    budget 950_000\n', '    budget 950_000.\n');
        const r = await check({ 'p.opgave': kapot });
        assert.deepEqual([...new Set(ids(r))], ['syntaxis']);
    });

    it('houdt ook de declaratie vast die de parser te vroeg afsloot (een sleutelwoord van een declaratie in de historie)', async () => {
        // `speler` in place of a werkwijze: the parser ends the opdracht there and starts a speler
        // declaration at the error, so the rest of the opdracht is not read (regressie fuzz-seed777-1795).
        const kapot = SCHOON.replace(
            '        2024-10-01 bestuursproces "Gesprekken met winkeliers"\n',
            '        2024-10-01 speler "Gesprekken met winkeliers"\n',
        );
        assert.notEqual(kapot, SCHOON);
        const r = await check({ 'p.opgave': kapot });
        assert.deepEqual([...new Set(ids(r))], ['syntaxis']);
    });

    it('helpt bij typische schrijffouten: sleutelwoord, hoofdletter, decimale komma, duizendtalpunten, open aanhalingsteken', async () => {
        const r = await check({
            'p.opgave':
                'opdracht x voor y {\n    werkwijz project\n}\nopdracht z voor y {\n    Budget 5\n}\nopdracht w voor y {\n    capaciteit 1,5\n}\nopdracht v voor y {\n    budget 2.000.000\n}\nopdracht u "titel {\n}\n',
        });
        const berichten = r.bevindingen.filter((b) => b.ruleId === 'syntaxis').map((b) => `${b.range.start.line + 1}: ${b.message}`);
        assert.deepEqual(berichten, [
            '2: ‘werkwijz’ is geen sleutelwoord. Bedoel je ‘werkwijze’?',
            '5: Sleutelwoorden schrijf je met kleine letters: ‘budget’.',
            '8: Gebruik een punt voor decimalen: 1.5 in plaats van 1,5.',
            '11: Schrijf een bedrag zonder punten tussen de duizendtallen: 2000000 of 2_000_000 (een punt staat alleen voor decimalen).',
            '13: Deze tekst heeft geen afsluitend aanhalingsteken ("); een tekst staat op één regel tussen twee aanhalingstekens.',
        ]);
    });
});

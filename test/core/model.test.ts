/**
 * Linking across files and the resolved model: references resolve whatever the file order,
 * names are unique per kind, and the model carries the derived facts rules and reports use.
 */
import { strict as assert } from 'node:assert';
import * as fs from 'node:fs';
import * as path from 'node:path';
import { plusMaanden, isGeldigeDatum } from '../../language/src/model/datum.js';
import { PortfolioControle } from '../../language/src/check/checker.js';
import { check, ids, parse, SHARED_CASES, STANDAARD_OPTIES } from '../helpers/index.js';

const SCHOON = fs.readFileSync(path.join(SHARED_CASES, 'schoon', 'portfolio.opgave'), 'utf8');

/** Splits the clean portfolio into an organisation file and the rest. */
function gesplitst(): Record<string, string> {
    const grens = SCHOON.indexOf('thema wonen');
    return { 'organisatie.opgave': SCHOON.slice(0, grens), 'wonen/opgaven.opgave': SCHOON.slice(grens) };
}

describe('linken over bestanden', () => {
    it('verwijzingen tussen bestanden worden opgelost, in elke volgorde', async () => {
        const delen = gesplitst();
        const heen = await check(delen);
        const terug = await check(Object.fromEntries(Object.entries(delen).reverse()));
        assert.deepEqual(ids(heen), []);
        assert.deepEqual(ids(terug), []);
        assert.equal(
            heen.portfolio.opdrachten.find((o) => o.id === 'project-centrum')?.driehoek?.sturingsprofessionals[0]?.persoon?.id,
            'pm-centrum',
        );
    });

    it('dezelfde naam voor twee soorten mag; twee keer dezelfde soort geeft dubbele-naam op beide plaatsen', async () => {
        const zelfdeNaam = await check({ ...gesplitst(), 'extra.opgave': 'gebied wonen "Gebied Wonen" { schaal stad }\n' });
        assert.deepEqual(ids(zelfdeNaam), []);
        const dubbel = await check({ ...gesplitst(), 'extra.opgave': 'persoon weth-wonen "Nog een wethouder" { functie wethouder }\n' });
        const fouten = dubbel.bevindingen.filter((b) => b.ruleId === 'dubbele-naam');
        assert.equal(fouten.length, 2);
        assert.deepEqual(fouten.map((b) => b.uri.split('/').pop()).sort(), ['extra.opgave', 'organisatie.opgave']);
    });
});

describe('het opgeloste model', () => {
    it('bepaalt de huidige fase, de thema’s en de opdrachten per opgave', async () => {
        const { portfolio } = await check({ 'p.opgave': SCHOON });
        const programma = portfolio.opdrachtPerId.get('programma-wonen')!;
        assert.equal(programma.huidigeFase?.naam, 'uitvoering');
        assert.equal(programma.budget, 1800000);
        assert.equal(portfolio.besturingsmodel, 'basismodel');
        const woningtekort = portfolio.opgavePerId.get('woningtekort')!;
        assert.deepEqual(
            woningtekort.opdrachten.map((o) => o.id),
            ['programma-wonen', 'vergunningverlening'],
        );
        assert.deepEqual(
            woningtekort.deelopgaven.map((o) => o.id),
            ['centrumplan'],
        );
        assert.deepEqual(
            portfolio.themas[0]?.opgaven.map((o) => o.id),
            ['centrumplan', 'woningtekort'],
        );
    });

    it('telt de voorscheider (onduidelijk 1, deels ½) en erft hem via deel-van', async () => {
        const { portfolio } = await check({ 'p.opgave': SCHOON });
        assert.equal(portfolio.opgavePerId.get('woningtekort')!.effectieveVoorscheider?.score, 2.5);
        assert.equal(portfolio.opgavePerId.get('woningtekort')!.effectieveVoorscheider?.proces, 'zoekproces');
        assert.equal(portfolio.opgavePerId.get('centrumplan')!.effectieveVoorscheider?.proces, 'maakproces');
        const zonder = SCHOON.replace(
            '    voorscheider {\n        idee bekend\n        netwerk deels\n        besluitvorming gericht\n    }\n',
            '',
        );
        const geerfd = (await check({ 'p.opgave': zonder })).portfolio.opgavePerId.get('centrumplan')!.effectieveVoorscheider;
        assert.equal(geerfd?.van.id, 'woningtekort');
    });

    it('markeert een kring van deel-van zonder te blijven hangen', async () => {
        const r = await check({ 'p.opgave': 'opgave a { deel-van b }\nopgave b { deel-van a }\nopgave c { deel-van a }\n' });
        assert.deepEqual(
            r.portfolio.opgaven.filter((o) => o.inCyclus).map((o) => o.id),
            ['a', 'b'],
        );
        assert.equal(r.bevindingen.filter((b) => b.ruleId === 'cyclische-deelopgave').length, 2);
    });
});

describe('datums', () => {
    it('kent echte kalenderdata, ook schrikkeldagen', () => {
        assert.equal(isGeldigeDatum('2024-02-29'), true);
        assert.equal(isGeldigeDatum('2025-02-29'), false);
        assert.equal(isGeldigeDatum('2025-13-01'), false);
        assert.equal(isGeldigeDatum('2025-04-31'), false);
    });
    it('telt kalendermaanden op en kapt af op de laatste dag', () => {
        assert.equal(plusMaanden('2025-11-29', 12), '2026-11-29');
        assert.equal(plusMaanden('2025-01-31', 1), '2025-02-28');
        assert.equal(plusMaanden('2024-08-31', 3), '2024-11-30');
        assert.throws(() => plusMaanden('2025-02-30', 1));
    });
});

describe('@negeer', () => {
    it('een geldige @negeer verbergt de bevinding en bewaart de reden', async () => {
        const tekst = SCHOON.replace(
            'thema wonen "Wonen" {\n    soort transformatie\n    opgavemanager dir-ruimte\n}',
            '// @negeer thema-zonder-opgavemanager De opgavemanager wordt in januari benoemd.\nthema wonen "Wonen" {\n    soort transformatie\n}',
        );
        const r = await check({ 'p.opgave': tekst });
        assert.deepEqual(ids(r), []);
        assert.equal(r.onderdrukt.length, 1);
        assert.equal(r.onderdrukt[0]?.reden, 'De opgavemanager wordt in januari benoemd.');
    });
    it('een @negeer die niet boven een declaratie staat, negeert niets', async () => {
        const tekst = SCHOON.replace(
            '    opgavemanager dir-ruimte\n',
            '    // @negeer thema-zonder-opgavemanager staat binnen de declaratie\n',
        );
        const r = await check({ 'p.opgave': tekst });
        assert.deepEqual(ids(r), ['negeer-zonder-reden', 'thema-zonder-opgavemanager']);
    });
});

describe('@negeer met een einddatum (tot)', () => {
    /** The clean portfolio with thema wonen's opgavemanager removed and a suppression above it. */
    const metNegeer = (commentaar: string): Record<string, string> => ({
        'p.opgave': SCHOON.replace(
            'thema wonen "Wonen" {\n    soort transformatie\n    opgavemanager dir-ruimte\n}',
            `${commentaar}\nthema wonen "Wonen" {\n    soort transformatie\n}`,
        ),
    });
    const TOT = '// @negeer thema-zonder-opgavemanager tot 2026-11-30 Benoeming in januari';

    it('voor en op de einddatum onderdrukt hij zoals zonder datum, en bewaart de datum', async () => {
        for (const peildatum of ['2026-11-29', '2026-11-30']) {
            const r = await check(metNegeer(TOT), { peildatum });
            assert.deepEqual(ids(r), [], peildatum);
            assert.deepEqual(
                r.onderdrukt.map((o) => [o.bevinding.ruleId, o.reden, o.tot]),
                [['thema-zonder-opgavemanager', 'Benoeming in januari', '2026-11-30']],
            );
            assert.deepEqual(r.verlopen, []);
        }
    });
    it('de dag na de einddatum onderdrukt hij niets meer en meldt negeer-verlopen', async () => {
        const r = await check(metNegeer(TOT), { peildatum: '2026-12-01' });
        assert.deepEqual(ids(r), ['negeer-verlopen', 'thema-zonder-opgavemanager']);
        assert.deepEqual(r.onderdrukt, []);
        assert.deepEqual(
            r.verlopen.map((o) => [o.regel, o.tot, o.reden, o.declaratie]),
            [['thema-zonder-opgavemanager', '2026-11-30', 'Benoeming in januari', 'wonen']],
        );
        const melding = r.bevindingen.find((b) => b.ruleId === 'negeer-verlopen');
        assert.match(melding?.message ?? '', /‘thema-zonder-opgavemanager’ gold tot 2026-11-30 en is verlopen/);
        assert.equal(melding?.range.start.line, r.verlopen[0]?.commentaar.start.line);
    });
    it('met negeer-verlopen uit onderdrukt een verlopen @negeer nog steeds niets', async () => {
        const r = await check(metNegeer(TOT), { peildatum: '2026-12-01', regels: { 'negeer-verlopen': 'uit' } });
        assert.deepEqual(ids(r), ['thema-zonder-opgavemanager']);
        assert.equal(r.verlopen.length, 1);
    });
    it('een ongeldige of ontbrekende datum na tot, of geen reden na de datum, onderdrukt niets', async () => {
        for (const [commentaar, woord] of [
            ['// @negeer thema-zonder-opgavemanager tot 2026-02-30 Benoeming in januari', 'geen geldige datum'],
            ['// @negeer thema-zonder-opgavemanager tot 31-12-2026 Benoeming in januari', 'geen geldige datum'],
            ['// @negeer thema-zonder-opgavemanager tot', 'geen einddatum'],
            ['// @negeer thema-zonder-opgavemanager tot 2026-12-31', 'geeft geen reden'],
        ] as const) {
            const r = await check(metNegeer(commentaar));
            assert.deepEqual(ids(r), ['negeer-zonder-reden', 'thema-zonder-opgavemanager'], commentaar);
            assert.ok(
                r.bevindingen.some((b) => b.ruleId === 'negeer-zonder-reden' && b.message.includes(woord)),
                commentaar,
            );
            assert.deepEqual([r.onderdrukt, r.verlopen], [[], []], commentaar);
        }
    });
    it('een bewaarde controle beoordeelt de einddatum opnieuw als alleen de peildatum verandert', async () => {
        const docs = await parse(metNegeer(TOT));
        const controle = new PortfolioControle();
        assert.deepEqual(ids(controle.controleer(docs, { ...STANDAARD_OPTIES, peildatum: '2026-11-30' })), []);
        const later = controle.controleer(docs, { ...STANDAARD_OPTIES, peildatum: '2026-12-01' }, [], new Set());
        assert.deepEqual(ids(later), ['negeer-verlopen', 'thema-zonder-opgavemanager']);
        const terug = controle.controleer(docs, { ...STANDAARD_OPTIES, peildatum: '2026-11-30' }, [], new Set());
        assert.deepEqual(ids(terug), []);
    });
});

/**
 * Linking across files and the resolved model: references resolve whatever the file order,
 * names are unique per kind, and the model carries the derived facts rules and reports use.
 */
import { strict as assert } from 'node:assert';
import * as fs from 'node:fs';
import * as path from 'node:path';
import { plusMaanden, isGeldigeDatum } from '../../language/src/model/datum.js';
import { check, ids, SHARED_CASES } from '../helpers/index.js';

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

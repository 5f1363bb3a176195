/**
 * The sections of an opdracht page (`reports/src/opdracht/`) in the cases the examples and the
 * goldens do not reach: an unknown opgave and person, extra budget with and without raadsbesluit,
 * no phases, a phase outside the werkwijze, a programma without DIN, no historie, a voorscheider
 * inherited through `deel-van` and none at all.
 */
import { strict as assert } from 'node:assert';
import { opdrachtPagina } from '../../reports/src/opdracht/pagina.js';
import { controleerTekst, PEILDATUM } from '../helpers/index.js';

const PORTFOLIO = `gemeente g { besturingsmodel basismodel }
persoon weth "Wethouder" { functie wethouder }
persoon pm "PM" { functie projectmanager }
opgave moeder "Moeder" { voorscheider { idee onbekend netwerk deels besluitvorming ongericht } }
opgave kind "Kind" { deel-van moeder }
opgave zonder "Zonder voorscheider" { }
opdracht a "A" voor bestaat-niet {
    werkwijze project
    driehoek { bestuurlijk-opdrachtgever weth, niemand  sturingsprofessional pm }
    extra-budget 5000
}
opdracht b "B" voor kind {
    werkwijze programma
    extra-budget 2000 raadsbesluit "RB-1"
    periode 2026-01-01
    fasen { verkenning afgerond 2026-02-01 besluit go  vreemd gepland 2026-12-01 }
}
opdracht c "C" voor zonder {
    werkwijze routine
    eigenaar onbekende-eigenaar
}
`;

/** The lines of the section that starts with `kop`, up to the next `##` heading. */
function sectie(pagina: string, kop: string): string[] {
    const regels = pagina.split('\n');
    const start = regels.indexOf(kop);
    assert.ok(start >= 0, `geen ${kop}`);
    const einde = regels.findIndex((r, i) => i > start && r.startsWith('## '));
    return regels.slice(start + 1, einde < 0 ? undefined : einde).filter((r) => r !== '');
}

describe('opdrachtpagina: secties', () => {
    const paginas = new Map<string, string>();
    before(async () => {
        const resultaat = await controleerTekst(PORTFOLIO);
        const opties = { peildatum: PEILDATUM, root: '/voorbeeld', uitvoer: '/voorbeeld/opgave-rapporten' };
        for (const o of resultaat.portfolio.opdrachten) {
            paginas.set(o.id, opdrachtPagina(resultaat, o, opties));
        }
    });

    it('feiten: onbekende opgave, extra budget zonder en met raadsbesluit, periode zonder eind', () => {
        const a = sectie(paginas.get('a')!, '## Feiten');
        assert.ok(a.includes('| Opgave | `bestaat-niet` (onbekend) |'));
        assert.ok(a.includes('| Extra budget | € 5.000 (geen raadsbesluit) |'));
        const b = sectie(paginas.get('b')!, '## Feiten');
        assert.ok(b.includes('| Opgave | Kind (`kind`) |'));
        assert.ok(b.includes('| Extra budget | € 2.000 (raadsbesluit RB-1) |'));
        assert.ok(b.includes('| Periode | vanaf 2026-01-01 |'));
    });

    it('rollen: een onbekende persoon in de driehoek en als eigenaar', () => {
        const a = sectie(paginas.get('a')!, '## Sturingsdriehoek');
        assert.deepEqual(a.slice(0, 3), [
            '- Bestuurlijk opdrachtgever: Wethouder (`weth`), `niemand` (onbekend)',
            '- Ambtelijk opdrachtgever: —',
            '- Sturingsprofessional: PM (`pm`)',
        ]);
        assert.deepEqual(sectie(paginas.get('c')!, '## Eigenaar'), [
            'Routinewerk hoort in de lijn; eigenaar: `onbekende-eigenaar` (onbekend).',
        ]);
        assert.ok(!paginas.get('c')!.includes('## Sturingsdriehoek'));
    });

    it('fasen: geen fasen, en een fase die niet bij de werkwijze hoort; geen fasensectie bij routine', () => {
        assert.deepEqual(sectie(paginas.get('a')!, '## Fasen'), ['Geen fasen vastgelegd.']);
        const b = sectie(paginas.get('b')!, '## Fasen');
        assert.deepEqual(b.slice(2, 4), [
            '| verkenning | afgerond | 2026-02-01 | go | — |',
            '| vreemd (hoort niet bij de werkwijze) | gepland | 2026-12-01 | — | — |',
        ]);
        assert.ok(!paginas.get('c')!.includes('## Fasen'));
    });

    it('DIN: een programma zonder doelen en inspanningen; geen DIN-sectie bij een project', () => {
        assert.deepEqual(sectie(paginas.get('b')!, '## Doelen-inspanningennetwerk'), ['Geen doelen of inspanningen vastgelegd.']);
        assert.ok(!paginas.get('a')!.includes('## Doelen-inspanningennetwerk'));
    });

    it('historie en voorscheider: geen historie, geërfd via deel-van, en geen voorscheider', () => {
        assert.deepEqual(sectie(paginas.get('a')!, '## Historie van de werkwijze'), ['Geen historie vastgelegd.']);
        assert.deepEqual(sectie(paginas.get('b')!, '## Voorscheider'), [
            'Ingevuld bij de bovenliggende opgave `moeder`: idee onbekend, netwerk deels, besluitvorming ongericht.',
            'Score 2,5 (onduidelijk telt 1, deels ½): een zoekproces: een programma of bestuursproces past, een project niet (inspiratiegids B2, Voorscheider).',
        ]);
        assert.deepEqual(sectie(paginas.get('c')!, '## Voorscheider'), [
            'De opgave (en de opgaven waar zij deel van is) heeft geen voorscheider ingevuld.',
        ]);
    });

    it('secties in vaste volgorde, één lege regel ertussen, eindigt op één newline', () => {
        const b = paginas.get('b')!;
        const koppen = b.split('\n').filter((r) => r.startsWith('## '));
        assert.deepEqual(koppen, [
            '## Feiten',
            '## Sturingsdriehoek',
            '## Fasen',
            '## Doelen-inspanningennetwerk',
            '## Historie van de werkwijze',
            '## Voorscheider',
            '## Bevindingen',
        ]);
        assert.ok(!b.includes('\n\n\n'));
        assert.ok(b.endsWith('|\n') && !b.endsWith('\n\n'));
    });
});

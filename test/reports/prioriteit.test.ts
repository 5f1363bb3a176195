/**
 * The portfolio README groups opgaven by prioriteit when the portfolio uses priorities (version 2;
 * issue "Rule catalogue version 2", reports): a summary per priority, the opgaven per priority with
 * their deelopgaven counted in, and the thema tables in priority order. Without any priority the
 * README has no such section and keeps the order by id.
 */
import { strict as assert } from 'node:assert';
import { genereerRapporten } from '../../reports/src/index.js';
import { controleerTekst, PEILDATUM } from '../helpers/index.js';

const PORTFOLIO = (prioriteiten: { a?: string; b?: string; c?: string }): string => `
persoon weth "Wethouder" { functie wethouder }
persoon dir "Directeur" { functie dt-lid }
persoon lijn "Hoofd" { functie lijnmanager }
thema t "Thema T" { soort transitie opgavemanager dir }
opgave a-opgave "Alfa" { thema t ${prioriteiten.a ? `prioriteit ${prioriteiten.a}` : ''} }
opgave b-opgave "Beta" { thema t ${prioriteiten.b ? `prioriteit ${prioriteiten.b}` : ''} }
opgave c-deel "Deel van beta" { thema t deel-van b-opgave ${prioriteiten.c ? `prioriteit ${prioriteiten.c}` : ''} }
opdracht oa "Opdracht A" voor a-opgave { werkwijze routine eigenaar lijn budget 100 capaciteit 1 }
opdracht ob "Opdracht B" voor b-opgave { werkwijze routine eigenaar lijn budget 200 capaciteit 2 }
opdracht oc "Opdracht C" voor c-deel { werkwijze routine eigenaar lijn budget 300 capaciteit 3 }
`;

async function readme(tekst: string): Promise<string> {
    const resultaat = await controleerTekst(tekst);
    return genereerRapporten(resultaat, { peildatum: PEILDATUM, root: '/voorbeeld', uitvoer: '/voorbeeld/docs/portfolio' }).get(
        'README.md',
    )!;
}

describe('README: opgaven per prioriteit', () => {
    it('zonder prioriteiten: geen sectie, thema-tabel op id', async () => {
        const md = await readme(PORTFOLIO({}));
        assert.ok(!md.includes('Opgaven per prioriteit'), md);
        assert.ok(md.indexOf('Alfa (`a-opgave`)') < md.indexOf('Beta (`b-opgave`)'));
    });

    it('met prioriteiten: samenvatting, groepen hoog vóór laag, deelopgave telt bij haar opgave', async () => {
        const md = await readme(PORTFOLIO({ a: 'laag', b: 'hoog', c: 'middel' }));
        const sectie = md.slice(md.indexOf('## Opgaven per prioriteit'), md.indexOf('## Paraplu'));
        // Beta (hoog) carries its deelopgave's opdracht: 2 opdrachten, € 500, 5 fte.
        assert.match(sectie, /\| hoog \| 1 \| 2 \| € 500 \| 5(,0)? \|/);
        assert.match(sectie, /\| laag \| 1 \| 1 \| € 100 \| 1(,0)? \|/);
        // The deelopgave has its own priority but follows its opgave: no group "middel".
        assert.ok(!sectie.includes('| middel |'), sectie);
        assert.ok(sectie.indexOf('### Prioriteit: hoog') < sectie.indexOf('### Prioriteit: laag'), sectie);
        assert.match(sectie, /\| Beta \(`b-opgave`\) \| Thema T \| 1 \| 2 \|/);
        // The thema table: hoog before laag, the priority named beside the opgave.
        const tabel = md.slice(md.indexOf('## Thema: Thema T'));
        assert.ok(tabel.indexOf('Beta (`b-opgave`) · prioriteit hoog') < tabel.indexOf('Alfa (`a-opgave`) · prioriteit laag'), tabel);
        assert.ok(tabel.includes('↳ Deel van beta (`c-deel`) · prioriteit middel'), tabel);
    });

    it('een opgave zonder prioriteit naast andere staat onder "zonder prioriteit", als laatste', async () => {
        const md = await readme(PORTFOLIO({ b: 'middel' }));
        const sectie = md.slice(md.indexOf('## Opgaven per prioriteit'), md.indexOf('## Paraplu'));
        assert.ok(sectie.indexOf('### Prioriteit: middel') < sectie.indexOf('### Prioriteit: *zonder prioriteit*'), sectie);
        assert.match(sectie, /\| \*zonder prioriteit\* \| 1 \| 1 \|/);
    });
});

/**
 * `gebiedsmanager-functie`: a gebied's gebiedsmanager lacks functie gebiedsmanager.
 *
 * Guide: H4, Opgavemanager en gebiedsmanager. Documentation: docs/regels/gebiedsmanager-functie.md.
 */
import { plaats } from '../../model/locatie.js';
import { q } from '../nederlands.js';
import { defineRegel } from '../regel.js';

export default defineRegel({
    id: 'gebiedsmanager-functie',
    ernst: 'warning',
    samenvatting: 'De gebiedsmanager van een gebied heeft die functie.',
    bron: 'H4, Opgavemanager en gebiedsmanager',
    controleer(ctx) {
        for (const g of ctx.portfolio.gebieden) {
            const p = g.gebiedsmanager;
            if (p && !p.functies.includes('gebiedsmanager')) {
                ctx.meld(
                    plaats(g.bron, 'gebiedsmanager'),
                    `${q(p.id)} is gebiedsmanager van gebied ${q(g.id)} maar heeft niet de functie gebiedsmanager. Geef de persoon die functie of kies een ander.`,
                );
            }
        }
    },
});

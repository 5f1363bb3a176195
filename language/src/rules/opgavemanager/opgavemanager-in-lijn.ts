/**
 * `opgavemanager-in-lijn`: outside basismodel, a thema's opgavemanager who is also a lijnmanager.
 * Silent when `opgavemanager-functie` already reports that person on that thema (the person lacks
 * functie opgavemanager).
 *
 * Guide: H4, Opgavemanager als regisseur. Documentation: docs/regels/opgavemanager-in-lijn.md.
 */
import { plaats } from '../../model/locatie.js';
import { q } from '../nederlands.js';
import { defineRegel } from '../regel.js';

export default defineRegel({
    id: 'opgavemanager-in-lijn',
    ernst: 'warning',
    samenvatting: 'Buiten het basismodel is de opgavemanager van een thema niet ook lijnmanager.',
    bron: 'H4, Opgavemanager als regisseur',
    controleer(ctx) {
        if (ctx.portfolio.besturingsmodel === 'basismodel') {
            return;
        }
        for (const t of ctx.portfolio.themas) {
            const p = t.opgavemanager;
            // Without functie opgavemanager, opgavemanager-functie reports this person already.
            if (p && p.functies.includes('opgavemanager') && p.functies.includes('lijnmanager')) {
                ctx.meld(
                    plaats(t.bron, 'opgavemanager'),
                    `${q(p.id)} is opgavemanager van thema ${q(t.id)} en ook lijnmanager. Onder ${ctx.portfolio.besturingsmodel} staat de opgavemanager buiten de lijn, boven de sturingsprofessionals; laat een ander de lijn leiden of kies een andere opgavemanager.`,
                );
            }
        }
    },
});

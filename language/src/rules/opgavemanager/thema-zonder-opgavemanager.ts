/**
 * `thema-zonder-opgavemanager`: a thema without `opgavemanager`.
 *
 * Guide: H4, De opgavemanager. Documentation: docs/regels/thema-zonder-opgavemanager.md.
 */
import { plaats } from '../../model/locatie.js';
import { q } from '../nederlands.js';
import { defineRegel } from '../regel.js';

export default defineRegel({
    id: 'thema-zonder-opgavemanager',
    ernst: 'warning',
    samenvatting: 'Elk thema heeft een opgavemanager.',
    bron: 'H4, De opgavemanager',
    controleer(ctx) {
        for (const t of ctx.portfolio.themas) {
            if (t.opgavemanagerNaam === undefined) {
                ctx.meld(
                    plaats(t.bron),
                    `Thema ${q(t.id)} heeft geen opgavemanager. Wijs iemand aan die over alle opgaven van dit thema het overzicht houdt (opgavemanager <persoon>).`,
                );
            }
        }
    },
});

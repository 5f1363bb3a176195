/**
 * `cyclische-deelopgave`: `deel-van` links that lead back to where they started.
 *
 * Guide: H2, Wat is een opgave? Documentation: docs/regels/cyclische-deelopgave.md.
 */
import { plaats } from '../../model/locatie.js';
import { q } from '../nederlands.js';
import { defineRegel } from '../regel.js';

export default defineRegel({
    id: 'cyclische-deelopgave',
    ernst: 'error',
    samenvatting: 'Deelopgaven vormen geen kring via deel-van.',
    bron: 'H2, Wat is een opgave?',
    controleer(ctx) {
        for (const o of ctx.portfolio.opgaven) {
            if (o.inCyclus) {
                ctx.meld(
                    plaats(o.bron, 'deelVan'),
                    `Opgave ${q(o.id)} is via deel-van uiteindelijk deel van zichzelf. Haal één deel-van uit de kring.`,
                );
            }
        }
    },
});

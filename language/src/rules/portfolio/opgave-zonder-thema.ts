/**
 * `opgave-zonder-thema`: a top-level opgave in no thema.
 *
 * Guide: H4, De opgavemanager als portfoliomanager. Documentation: docs/regels/opgave-zonder-thema.md.
 */
import { plaats } from '../../model/locatie.js';
import { q } from '../nederlands.js';
import { defineRegel } from '../regel.js';

export default defineRegel({
    id: 'opgave-zonder-thema',
    ernst: 'info',
    samenvatting: 'Een opgave hoort bij een thema.',
    bron: 'H4, De opgavemanager als portfoliomanager',
    controleer(ctx) {
        for (const o of ctx.portfolio.opgaven) {
            if (o.themaNaam === undefined && o.deelVanNaam === undefined) {
                ctx.meld(
                    plaats(o.bron),
                    `Opgave ${q(o.id)} hoort bij geen thema en valt zo buiten het zicht van een opgavemanager. Voeg thema <thema> toe.`,
                );
            }
        }
    },
});

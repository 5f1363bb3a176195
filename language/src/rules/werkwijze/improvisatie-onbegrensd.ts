/**
 * `improvisatie-onbegrensd`: an improvisatie without end date.
 *
 * Guide: B2, Improvisatie. Documentation: docs/regels/improvisatie-onbegrensd.md.
 */
import { plaats } from '../../model/locatie.js';
import { q } from '../nederlands.js';
import { defineRegel } from '../regel.js';

export default defineRegel({
    id: 'improvisatie-onbegrensd',
    ernst: 'warning',
    samenvatting: 'Een improvisatie heeft een einddatum.',
    bron: 'B2, Improvisatie',
    perOpdracht(o, ctx) {
        if (o.werkwijze === 'improvisatie' && !o.periode?.eind) {
            ctx.meld(
                plaats(o.bron, 'periode'),
                `Improvisatie ${q(o.id)} heeft geen einddatum. Begrens de ruimte voor improvisatie in tijd (periode … tot …).`,
            );
        }
    },
});

/**
 * `werkwijze-historie-strijdig`: the last historie entry is not the current werkwijze, or entries out of date order.
 *
 * Guide: H5, Werkwijze kiezen en wisselen. Documentation: docs/regels/werkwijze-historie-strijdig.md.
 */
import { plaats } from '../../model/locatie.js';
import { q } from '../nederlands.js';
import { defineRegel } from '../regel.js';
import { paren } from './gedeeld.js';

export default defineRegel({
    id: 'werkwijze-historie-strijdig',
    ernst: 'error',
    samenvatting: 'De historie staat op datum en eindigt bij de huidige werkwijze.',
    bron: 'H5, Werkwijze kiezen en wisselen',
    perOpdracht(o, ctx) {
        const h = o.historie;
        for (const [vorige, regel] of paren(h)) {
            if (regel.datum.geldig && vorige.datum.geldig && regel.datum.tekst < vorige.datum.tekst) {
                ctx.meld(
                    plaats(regel.bron, 'datum'),
                    `De historie van ${q(o.id)} staat niet op datum: ${regel.datum.tekst} komt na ${vorige.datum.tekst}. Zet de regels van oud naar nieuw.`,
                );
            }
        }
        const laatste = h.at(-1);
        // An unreadable werkwijze word (syntax error) is the `syntaxis` finding's, not a contradiction.
        if (laatste?.werkwijze && o.werkwijze && laatste.werkwijze !== o.werkwijze) {
            ctx.meld(
                plaats(laatste.bron, 'werkwijze'),
                `De laatste regel van de historie van ${q(o.id)} noemt ${laatste.werkwijze}, maar de werkwijze is ${o.werkwijze}. Voeg de wissel naar ${o.werkwijze} toe aan de historie of verbeter de werkwijze.`,
            );
        }
    },
});

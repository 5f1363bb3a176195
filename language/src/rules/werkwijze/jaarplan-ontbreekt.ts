/**
 * `jaarplan-ontbreekt`: a programma in uitvoering without a jaarplan for the peildatum's year.
 *
 * Guide: B2, Programma. Documentation: docs/regels/jaarplan-ontbreekt.md.
 */
import { plaats } from '../../model/locatie.js';
import { q } from '../nederlands.js';
import { eigenFasen } from './gedeeld.js';
import { defineRegel } from '../regel.js';

export default defineRegel({
    id: 'jaarplan-ontbreekt',
    ernst: 'warning',
    samenvatting: 'Een programma in uitvoering heeft een jaarplan voor dit jaar.',
    bron: 'B2, Programma',
    perOpdracht(o, ctx) {
        const jaar = Number(ctx.instellingen.peildatum.slice(0, 4));
        if (o.werkwijze !== 'programma') {
            return;
        }
        const uitvoering = eigenFasen(o).find((f) => f.naam === 'uitvoering');
        if (uitvoering?.toestand !== 'actief') {
            return;
        }
        const heeft = o.fasen.some((f) => f.documenten.some((d) => d.soort === 'jaarplan' && d.jaar === jaar));
        if (!heeft) {
            ctx.meld(
                plaats(uitvoering.bron, 'naam'),
                `Programma ${q(o.id)} is in uitvoering maar heeft geen jaarplan voor ${jaar}. Voeg het toe: document jaarplan ${jaar} "…".`,
            );
        }
    },
});

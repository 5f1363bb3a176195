/**
 * `opdracht-zonder-opgave`: no `voor <opgave>`.
 *
 * Guide: H2, De opdracht als middel. Documentation: docs/regels/opdracht-zonder-opgave.md.
 */
import { plaats } from '../../model/locatie.js';
import { q } from '../nederlands.js';
import { defineRegel } from '../regel.js';

export default defineRegel({
    id: 'opdracht-zonder-opgave',
    ernst: 'error',
    samenvatting: 'Elke opdracht is voor een opgave.',
    bron: 'H2, De opdracht als middel',
    perOpdracht(o, ctx) {
        if (o.opgaveNaam === undefined) {
            ctx.meld(plaats(o.bron), `Opdracht ${q(o.id)} zegt niet voor welke opgave ze is. Schrijf achter de naam: voor <opgave>.`);
        }
    },
});

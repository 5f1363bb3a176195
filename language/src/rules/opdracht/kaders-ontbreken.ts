/**
 * `kaders-ontbreken`: neither `kaders` nor `criteria`.
 *
 * Guide: H2, Randvoorwaarde 2: kaders en criteria. Documentation: docs/regels/kaders-ontbreken.md.
 */
import { plaats } from '../../model/locatie.js';
import { enkel, voegRegelToe } from '../bewerk.js';
import { q } from '../nederlands.js';
import { defineRegel } from '../regel.js';

export default defineRegel({
    id: 'kaders-ontbreken',
    ernst: 'warning',
    samenvatting: 'Een opdracht noemt kaders of criteria.',
    bron: 'H2, Randvoorwaarde 2: kaders en criteria',
    perOpdracht(o, ctx) {
        if (o.kaders.length === 0 && o.criteria.length === 0) {
            ctx.meld(
                plaats(o.bron),
                `Opdracht ${q(o.id)} noemt geen kaders en geen criteria. Leg vast binnen welke grenzen gewerkt wordt (kaders "…") of waaraan het resultaat moet voldoen (criteria "…").`,
            );
        }
    },
    // Adds an empty `kaders "…"` line at the end of the opdracht.
    herstel({ document, opdracht }) {
        return opdracht ? enkel('Voeg kaders toe aan de opdracht', document, voegRegelToe(document, opdracht, 'kaders "…"')) : [];
    },
});

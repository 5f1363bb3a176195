/**
 * `prioriteit-ontbreekt` (version 2): a top-level opgave without `prioriteit` in a portfolio that
 * gives priorities.
 *
 * Fires per opgave that is not a deelopgave (no `deel-van`, resolved or not) and has no
 * `prioriteit`, when at least one other opgave of the portfolio (a deelopgave too) has one. A
 * deelopgave follows the priority of the opgave it belongs to, so it needs none of its own. A
 * portfolio without any priority gets no finding: prioritising is a choice of the office, and the
 * rule only asks to finish it once started. Reported on the opgave's name.
 *
 * Guide: H3, Prioriteitstelling; Inleiding (sharper, more deliberate prioritisation).
 * Documentation: docs/regels/prioriteit-ontbreekt.md.
 */
import { plaats } from '../../model/locatie.js';
import { q } from '../nederlands.js';
import { defineRegel } from '../regel.js';

/** How many opgaven with a priority the message names as examples. */
const VOORBEELDEN = 2;

export default defineRegel({
    id: 'prioriteit-ontbreekt',
    ernst: 'info',
    samenvatting: 'Geeft het portfolio prioriteiten, dan heeft elke opgave er een.',
    bron: 'H3, Prioriteitstelling',
    controleer(ctx) {
        const met = ctx.portfolio.opgaven.filter((o) => o.prioriteit !== undefined);
        if (met.length === 0) {
            return;
        }
        for (const opgave of ctx.portfolio.opgaven) {
            if (opgave.prioriteit !== undefined || opgave.deelVanNaam !== undefined) {
                continue;
            }
            const voorbeelden = met
                .slice(0, VOORBEELDEN)
                .map((o) => `${q(o.id)} ${String(o.prioriteit)}`)
                .join(', ');
            const aantal = met.length === 1 ? 'één opgave er een heeft' : `${met.length} opgaven er een hebben`;
            ctx.meld(
                plaats(opgave.bron),
                `Opgave ${q(opgave.id)} heeft geen prioriteit, terwijl ${aantal} (${voorbeelden}${met.length > VOORBEELDEN ? ', …' : ''}). Geef haar prioriteit hoog, middel of laag, zodat het portfolio als geheel te wegen is.`,
            );
        }
    },
});

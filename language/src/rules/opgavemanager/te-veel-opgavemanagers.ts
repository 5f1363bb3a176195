/**
 * `te-veel-opgavemanagers`: under model-1 the themas together have more distinct opgavemanagers
 * than `maxOpgavemanagers` (default 5). Reported once, on the name of the gemeente whose
 * besturingsmodel applies (the first declared one); without a gemeente the besturingsmodel is
 * basismodel, so the rule is silent. Only resolved opgavemanager references count (an unresolved
 * name is `onbekende-verwijzing`'s), each person once however many themas they manage; a person
 * without functie opgavemanager still counts (that is `opgavemanager-functie`'s mistake, not this one).
 *
 * Guide: H4, Varianten in de sturingsdriehoek (three to five vrijgestelde opgavemanagers in
 * model 1) and H4 tip 1. Documentation: docs/regels/te-veel-opgavemanagers.md.
 */
import { plaats } from '../../model/locatie.js';
import { eersteGemeente } from '../../model/navigatie.js';
import { q } from '../nederlands.js';
import { defineRegel } from '../regel.js';

export default defineRegel({
    id: 'te-veel-opgavemanagers',
    ernst: 'info',
    samenvatting: 'In model 1 heeft de gemeente een handvol vrijgestelde opgavemanagers, niet meer.',
    bron: 'H4, Varianten in de sturingsdriehoek',
    controleer(ctx) {
        const gemeente = eersteGemeente(ctx.portfolio.gemeenten);
        if (ctx.portfolio.besturingsmodel !== 'model-1' || !gemeente) {
            return;
        }
        const max = ctx.instellingen.maxOpgavemanagers;
        const namen = new Set<string>();
        for (const t of ctx.portfolio.themas) {
            if (t.opgavemanager) {
                namen.add(t.opgavemanager.id);
            }
        }
        if (namen.size > max) {
            const lijst = [...namen]
                .sort()
                .map((n) => q(n))
                .join(', ');
            ctx.meld(
                plaats(gemeente.bron),
                `Onder model-1 hebben de thema's van gemeente ${q(gemeente.id)} samen ${namen.size} opgavemanagers (${lijst}), meer dan ${max}. In model 1 werkt een gemeente met een klein vast team van vrijgestelde opgavemanagers op het niveau van DT en MT; breng thema's samen onder minder opgavemanagers, of verhoog maxOpgavemanagers als dit bewust zo is.`,
            );
        }
    },
});

/**
 * `opgavemanager-functie`: the thema's opgavemanager lacks functie opgavemanager (basismodel: dt-lid/mt-lid fit too).
 *
 * Guide: H4, De opgavemanager. Documentation: docs/regels/opgavemanager-functie.md.
 */
import { plaats } from '../../model/locatie.js';
import { q } from '../nederlands.js';
import { defineRegel } from '../regel.js';

export default defineRegel({
    id: 'opgavemanager-functie',
    ernst: 'warning',
    samenvatting: 'De opgavemanager van een thema heeft die functie.',
    bron: 'H4, De opgavemanager',
    controleer(ctx) {
        const passend = ctx.portfolio.besturingsmodel === 'basismodel' ? ['opgavemanager', 'dt-lid', 'mt-lid'] : ['opgavemanager'];
        for (const t of ctx.portfolio.themas) {
            const p = t.opgavemanager;
            if (p && !p.functies.some((f) => passend.includes(f))) {
                ctx.meld(
                    plaats(t.bron, 'opgavemanager'),
                    `${q(p.id)} is opgavemanager van thema ${q(t.id)} maar heeft niet de functie ${passend.join(' of ')}. Geef de persoon die functie of kies een ander.`,
                );
            }
        }
    },
});

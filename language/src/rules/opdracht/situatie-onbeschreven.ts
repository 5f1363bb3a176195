/**
 * `situatie-onbeschreven`: the opdracht's opgave lacks huidige- or gewenste-situatie.
 *
 * Guide: H2, Randvoorwaarde 1: huidige en gewenste situatie. Documentation: docs/regels/situatie-onbeschreven.md.
 */
import { AstUtils } from 'langium';
import { plaats } from '../../model/locatie.js';
import { enkel, inspringing, voegRegelToe } from '../bewerk.js';
import { q } from '../nederlands.js';
import { defineRegel } from '../regel.js';

export default defineRegel({
    id: 'situatie-onbeschreven',
    ernst: 'warning',
    samenvatting: 'De opgave van een opdracht beschrijft de huidige en de gewenste situatie.',
    bron: 'H2, Randvoorwaarde 1: huidige en gewenste situatie',
    perOpdracht(o, ctx) {
        const opgave = o.opgave;
        if (!opgave) {
            return;
        }
        const mist = [!opgave.huidigeSituatie && 'huidige-situatie', !opgave.gewensteSituatie && 'gewenste-situatie'].filter(Boolean);
        if (mist.length > 0) {
            ctx.meld(
                plaats(o.bron, 'opgave'),
                `Opgave ${q(opgave.id)} van deze opdracht beschrijft geen ${mist.join(' en geen ')}. Zonder begin- en eindbeeld is niet te zien wat de opdracht moet opleveren.`,
            );
        }
    },
    // Adds the missing huidige- and gewenste-situatie to the opdracht's opgave (maybe in another file).
    herstel({ opdracht }) {
        const opgave = opdracht?.opgave?.ref;
        if (!opgave) {
            return [];
        }
        const doc = AstUtils.getDocument(opgave);
        const regels = [
            ...(opgave.huidigeSituatie ? [] : ['huidige-situatie "…"']),
            ...(opgave.gewensteSituatie ? [] : ['gewenste-situatie "…"']),
        ];
        if (regels.length === 0) {
            return [];
        }
        const binnen = ' '.repeat(4 + inspringing(doc, opgave.$cstNode?.offset ?? 0));
        return enkel(`Beschrijf de situatie in opgave ${opgave.name}`, doc, voegRegelToe(doc, opgave, regels.join(`\n${binnen}`)));
    },
});

/**
 * `ambtelijk-opdrachtgever-lijnmanager`: the ambtelijk opdrachtgever fits only as lijnmanager.
 *
 * Silent for a routine: its driehoek as a whole is `routine-met-driehoek`'s finding.
 *
 * Guide: H3, De grenzen van de matrixorganisatie. Documentation: docs/regels/ambtelijk-opdrachtgever-lijnmanager.md.
 */
import { passendeFuncties } from '../../model/rollen.js';
import { q } from '../nederlands.js';
import { teBeoordelenDriehoek } from './gedeeld.js';
import { defineRegel } from '../regel.js';

export default defineRegel({
    id: 'ambtelijk-opdrachtgever-lijnmanager',
    ernst: 'warning',
    samenvatting: 'Het ambtelijk opdrachtgeverschap ligt niet alleen bij een lijnmanager.',
    bron: 'H3, De grenzen van de matrixorganisatie',
    perOpdracht(o, ctx) {
        for (const b of teBeoordelenDriehoek(o)?.ambtelijkOpdrachtgevers ?? []) {
            const functies = b.persoon ? passendeFuncties(b.persoon, 'ambtelijk-opdrachtgever') : [];
            if (functies.length === 1 && functies[0] === 'lijnmanager') {
                ctx.meld(
                    b.bron,
                    `Ambtelijk opdrachtgever ${q(b.naam)} van ${q(o.id)} is alleen lijnmanager. Een lijnmanager stuurt op zijn eigen afdeling; beleg het ambtelijk opdrachtgeverschap bij een opgavemanager, MT- of DT-lid.`,
                );
            }
        }
    },
});

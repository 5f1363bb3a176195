/**
 * `status-strijdig`: status afgerond with a phase still actief/gepland; voorbereiding with a phase afgerond.
 *
 * Guide: B2, De kern van de vijf werkwijzen. Documentation: docs/regels/status-strijdig.md.
 */
import { plaats } from '../../model/locatie.js';
import { q } from '../nederlands.js';
import { defineRegel } from '../regel.js';

export default defineRegel({
    id: 'status-strijdig',
    ernst: 'error',
    samenvatting: 'De status past bij de fasen.',
    bron: 'B2, De kern van de vijf werkwijzen',
    perOpdracht(o, ctx) {
        const eigen = o.fasen.filter((f) => f.positie !== undefined);
        if (o.status === 'afgerond') {
            const open = eigen.filter((f) => f.toestand === 'actief' || f.toestand === 'gepland');
            const eerste = open[0];
            if (eerste) {
                ctx.meld(
                    plaats(o.bron, 'status'),
                    `Opdracht ${q(o.id)} heeft status afgerond, maar fase ${open.map((f) => q(f.naam)).join(', ')} is nog ${eerste.toestand}. Rond de fasen af of pas de status aan.`,
                );
            }
        } else if (o.status === 'voorbereiding') {
            const klaar = eigen.filter((f) => f.toestand === 'afgerond');
            if (klaar.length > 0) {
                ctx.meld(
                    plaats(o.bron, 'status'),
                    `Opdracht ${q(o.id)} staat nog in voorbereiding, maar fase ${klaar.map((f) => q(f.naam)).join(', ')} is al afgerond. Zet de status op lopend.`,
                );
            }
        }
    },
});

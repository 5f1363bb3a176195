/**
 * `decharge-ontbreekt`: an afgerond project, programma, bestuursproces or (version 2) improvisatie
 * without `decharge`: every werkwijze but routine has a temporary organisation to discharge.
 *
 * Guide: B2, De kern van de vijf werkwijzen. Documentation: docs/regels/decharge-ontbreekt.md.
 */
import { plaats } from '../../model/locatie.js';
import { q } from '../nederlands.js';
import { defineRegel } from '../regel.js';

export default defineRegel({
    id: 'decharge-ontbreekt',
    ernst: 'warning',
    samenvatting: 'Een afgeronde tijdelijke organisatie krijgt decharge.',
    bron: 'B2, De kern van de vijf werkwijzen',
    perOpdracht(o, ctx) {
        if (
            (o.werkwijze === 'project' ||
                o.werkwijze === 'programma' ||
                o.werkwijze === 'bestuursproces' ||
                o.werkwijze === 'improvisatie') &&
            o.status === 'afgerond' &&
            !o.decharge
        ) {
            ctx.meld(
                plaats(o.bron, 'status'),
                `${o.werkwijze} ${q(o.id)} is afgerond maar heeft geen decharge. Leg vast wanneer de tijdelijke organisatie is ontbonden (decharge JJJJ-MM-DD).`,
            );
        }
    },
});

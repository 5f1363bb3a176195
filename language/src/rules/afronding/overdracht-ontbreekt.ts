/**
 * `overdracht-ontbreekt`: a project/programma in its last phase or afgerond has no `overdracht aan`.
 *
 * Guide: H3, Batenmanagement. Documentation: docs/regels/overdracht-ontbreekt.md.
 */
import { plaats } from '../../model/locatie.js';
import type { Fase } from '../../model/types.js';
import { q } from '../nederlands.js';
import { defineRegel } from '../regel.js';

/** True when the phase has started (actief or afgerond). */
const gestart = (f: Fase | undefined): boolean => f?.toestand === 'actief' || f?.toestand === 'afgerond';

export default defineRegel({
    id: 'overdracht-ontbreekt',
    ernst: 'warning',
    samenvatting: 'Een project of programma draagt zijn resultaat over aan de lijn.',
    bron: 'H3, Batenmanagement',
    perOpdracht(o, ctx) {
        if (o.werkwijze !== 'project' && o.werkwijze !== 'programma') {
            return;
        }
        const slotfase = o.werkwijze === 'project' ? 'nazorg' : 'afbouw';
        const inSlot = o.fasen.some((f) => f.positie !== undefined && f.naam === slotfase && gestart(f));
        if ((inSlot || o.status === 'afgerond') && !o.overdracht) {
            ctx.meld(
                plaats(o.bron),
                `${o.werkwijze} ${q(o.id)} is ${o.status === 'afgerond' ? 'afgerond' : `in de ${slotfase}`} maar zegt niet aan wie het resultaat wordt overgedragen. Leg vast: overdracht aan <persoon> "…".`,
            );
        }
    },
});

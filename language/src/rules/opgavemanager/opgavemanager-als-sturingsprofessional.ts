/**
 * `opgavemanager-als-sturingsprofessional`: an opgavemanager who is also an opdracht's sturingsprofessional.
 *
 * Guide: H4, Waarom een opgavemanager. Documentation: docs/regels/opgavemanager-als-sturingsprofessional.md.
 */
import { passendeFuncties } from '../../model/rollen.js';
import { q } from '../nederlands.js';
import { defineRegel } from '../regel.js';

export default defineRegel({
    id: 'opgavemanager-als-sturingsprofessional',
    ernst: 'warning',
    samenvatting: 'Een opgavemanager is niet ook sturingsprofessional van een opdracht.',
    bron: 'H4, Waarom een opgavemanager',
    perOpdracht(o, ctx) {
        for (const b of o.driehoek?.sturingsprofessionals ?? []) {
            const p = b.persoon;
            if (p && p.functies.includes('opgavemanager') && passendeFuncties(p, 'sturingsprofessional').length > 0) {
                ctx.meld(
                    b.bron,
                    `${q(p.id)} is opgavemanager en tegelijk sturingsprofessional van ${q(o.id)}. De opgavemanager stuurt boven de sturingsprofessionals; laat een ander deze opdracht leiden.`,
                );
            }
        }
    },
});

/**
 * `project-beheersaspecten`: a project without end date or without `kwaliteit`.
 *
 * Guide: B2, Project. Documentation: docs/regels/project-beheersaspecten.md.
 */
import { plaats } from '../../model/locatie.js';
import { q } from '../nederlands.js';
import { defineRegel } from '../regel.js';

export default defineRegel({
    id: 'project-beheersaspecten',
    ernst: 'warning',
    samenvatting: 'Een project heeft een einddatum en een kwaliteitsnorm.',
    bron: 'B2, Project',
    perOpdracht(o, ctx) {
        if (o.werkwijze !== 'project') {
            return;
        }
        const mist = [!o.periode?.eind && 'einddatum (periode … tot …)', !o.kwaliteit && 'kwaliteitsnorm (kwaliteit "…")'].filter(Boolean);
        if (mist.length > 0) {
            ctx.meld(
                plaats(o.bron),
                `Project ${q(o.id)} heeft geen ${mist.join(' en geen ')}. Een project stuurt op tijd, geld en kwaliteit; leg ze alle drie vast.`,
            );
        }
    },
});

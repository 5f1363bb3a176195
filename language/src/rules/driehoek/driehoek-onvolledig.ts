/**
 * `driehoek-onvolledig`: a project, programma or bestuursproces misses a driehoek role.
 *
 * Guide: H4, De sturingsdriehoek; B1. Documentation: docs/regels/driehoek-onvolledig.md.
 */
import { plaats } from '../../model/locatie.js';
import { MET_DRIEHOEK } from '../../model/werkwijzen.js';
import { q } from '../nederlands.js';
import { ROL_TEKST, rollenVan } from './gedeeld.js';
import { defineRegel } from '../regel.js';

export default defineRegel({
    id: 'driehoek-onvolledig',
    ernst: 'error',
    samenvatting: 'Project, programma en bestuursproces hebben een volledige sturingsdriehoek.',
    bron: 'H4, De sturingsdriehoek; B1',
    fix: true,
    controleer(ctx) {
        for (const o of ctx.portfolio.opdrachten) {
            if (!o.werkwijze || !MET_DRIEHOEK.has(o.werkwijze)) {
                continue;
            }
            const d = o.driehoek;
            if (!d) {
                ctx.meld(
                    plaats(o.bron),
                    `${o.werkwijze} ${q(o.id)} heeft geen sturingsdriehoek. Voeg een blok driehoek { … } toe met een bestuurlijk opdrachtgever, een ambtelijk opdrachtgever en een sturingsprofessional.`,
                );
                continue;
            }
            const sluit = d.bron.range.end;
            const voorSluiten = { line: sluit.line, character: Math.max(0, sluit.character - 1) };
            for (const [rol, bezetting] of rollenVan(d)) {
                if (bezetting.length === 0) {
                    ctx.meld(
                        plaats(d.bron),
                        `In de driehoek van ${q(o.id)} ontbreekt de ${ROL_TEKST[rol]}. Vul de regel ${rol} <persoon> aan.`,
                        { invoegen: { tekst: `    ${rol} \n`, positie: voorSluiten } },
                    );
                }
            }
        }
    },
});

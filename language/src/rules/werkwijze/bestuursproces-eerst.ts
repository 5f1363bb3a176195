/**
 * `bestuursproces-eerst`: a project, programma or routine with no bestuursproces before it.
 *
 * Guide: H5, Zicht op doorlopen bestuursproces. Documentation: docs/regels/bestuursproces-eerst.md.
 */
import { plaats } from '../../model/locatie.js';
import type { Opdracht } from '../../model/types.js';
import { q } from '../nederlands.js';
import { defineRegel } from '../regel.js';

/** Index in `historie` where the final run of the current werkwijze starts (length when absent). */
function startHuidigeWerkwijze(o: Opdracht): number {
    let i = o.historie.length;
    while (i > 0 && o.historie[i - 1]?.werkwijze === o.werkwijze) {
        i--;
    }
    return i === o.historie.length ? o.historie.length : i;
}

export default defineRegel({
    id: 'bestuursproces-eerst',
    ernst: 'warning',
    samenvatting: 'Een bestuursproces gaat vooraf aan project, programma of routine.',
    bron: 'H5, Zicht op doorlopen bestuursproces',
    fix: true,
    controleer(ctx) {
        for (const o of ctx.portfolio.opdrachten) {
            if (o.werkwijze !== 'project' && o.werkwijze !== 'programma' && o.werkwijze !== 'routine') {
                continue;
            }
            const start = startHuidigeWerkwijze(o);
            if (o.historie.slice(0, start).some((h) => h.werkwijze === 'bestuursproces')) {
                continue;
            }
            const eigenStart =
                (o.periode?.start.geldig ? o.periode.start.tekst : undefined) ?? (o.vastgesteld?.geldig ? o.vastgesteld.tekst : undefined);
            const anderVooraf = (o.opgave?.opdrachten ?? []).some(
                (ander) =>
                    ander !== o &&
                    ander.werkwijze === 'bestuursproces' &&
                    ander.periode?.start.geldig &&
                    (eigenStart === undefined || ander.periode.start.tekst < eigenStart),
            );
            if (anderVooraf) {
                continue;
            }
            const eersteDatum = o.historie[0]?.datum.tekst ?? o.vastgesteld?.tekst ?? ctx.instellingen.peildatum;
            const historieBron = o.historie[0]?.bron;
            ctx.meld(
                plaats(o.bron, 'werkwijze'),
                `Voor ${o.werkwijze} ${q(o.id)} is geen bestuursproces doorlopen: de historie noemt er geen en er is geen eerdere opdracht met werkwijze bestuursproces voor deze opgave. Verken eerst met bestuur en spelers wat de opgave is, en leg dat vast in de historie.`,
                historieBron
                    ? { invoegen: { tekst: `${eersteDatum} bestuursproces "…"\n`, positie: historieBron.range.start } }
                    : undefined,
            );
        }
    },
});

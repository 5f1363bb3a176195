/**
 * `leren-tijdens-werk`: a running project, programma or bestuursproces, vastgesteld more than
 * `leerTermijnMaanden` (default 12) before the peildatum, without a `les` dated within the last
 * `leerTermijnMaanden` months up to the peildatum.
 *
 * Month arithmetic is herijking-verlopen's (`plusMaanden`, a day past the end of the target month
 * clamped): a date is "more than N months before the peildatum" when it plus N months is still
 * before the peildatum. Choices where regels.md is silent:
 * - a les dated after the peildatum does not count (it has not been learned yet on that date);
 * - an invalid date is `ongeldige-datum`'s: an invalid `vastgesteld`, or any les with an invalid
 *   date (it might be the recent one), keeps this rule silent; so does a missing `vastgesteld`
 *   (`herijking-verlopen` asks for the date);
 * - `lessen-ontbreken` covers afgerond and gestopt opdrachten, this rule only `lopend` ones, so
 *   the two never report the same opdracht.
 *
 * Guide: H6, Opgavegericht leren tijdens het opgavegericht presteren (tip 1). Documentation:
 * docs/regels/leren-tijdens-werk.md.
 */
import { plusMaanden } from '../../model/datum.js';
import { plaats } from '../../model/locatie.js';
import type { Werkwijze } from '../../model/types.js';
import { q } from '../nederlands.js';
import { defineRegel } from '../regel.js';

/** The werkwijzen whose opdrachten are asked to learn during the work. */
const WERKWIJZEN: readonly Werkwijze[] = ['project', 'programma', 'bestuursproces'];

export default defineRegel({
    id: 'leren-tijdens-werk',
    ernst: 'info',
    samenvatting: 'Een lopend project, programma of bestuursproces legt ook onderweg lessen vast.',
    bron: 'H6, Opgavegericht leren tijdens het opgavegericht presteren',
    perOpdracht(o, ctx) {
        const { peildatum, leerTermijnMaanden: termijn } = ctx.instellingen;
        if (o.status !== 'lopend' || !o.werkwijze || !WERKWIJZEN.includes(o.werkwijze)) {
            return;
        }
        const vastgesteld = o.vastgesteld;
        if (!vastgesteld?.geldig || !(plusMaanden(vastgesteld.tekst, termijn) < peildatum)) {
            return;
        }
        if (o.lessen.some((l) => !l.datum.geldig)) {
            return;
        }
        const geteld = o.lessen.map((l) => l.datum.tekst).filter((d) => d <= peildatum);
        if (geteld.some((d) => !(plusMaanden(d, termijn) < peildatum))) {
            return;
        }
        const laatste = geteld.sort().at(-1);
        ctx.meld(
            plaats(o.bron, 'status'),
            `${o.werkwijze} ${q(o.id)} loopt sinds ${vastgesteld.tekst} en heeft in de ${termijn} maanden voor de peildatum ${peildatum} geen les vastgelegd (${laatste ? `laatste les: ${laatste}` : o.lessen.length > 0 ? 'alleen lessen na de peildatum' : 'nog geen enkele les'}). Leer tijdens het werk en niet pas aan het eind: schrijf op wat het team onderweg leert (lessen { les JJJJ-MM-DD "…" }).`,
        );
    },
});

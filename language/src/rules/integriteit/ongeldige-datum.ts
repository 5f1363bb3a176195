/**
 * `ongeldige-datum`: dates that are not real calendar dates, and periods that end before they start.
 *
 * Source: the language reference (taal.md). Documentation: docs/regels/ongeldige-datum.md.
 */
import { type Locatie, plaats } from '../../model/locatie.js';
import type { Datum } from '../../model/types.js';
import { q } from '../nederlands.js';
import { defineRegel } from '../regel.js';

export default defineRegel({
    id: 'ongeldige-datum',
    ernst: 'error',
    samenvatting: 'Data bestaan echt in de kalender en een periode eindigt niet voor haar begin.',
    bron: 'taal.md',
    perOpdracht(o, ctx) {
        const controleer = (d: Datum | undefined, locatie: () => Locatie): void => {
            // A date missing after a syntax error (parser recovery) is the `syntaxis` finding's, not ours.
            if (d && typeof d.tekst === 'string' && !d.geldig) {
                ctx.meld(locatie(), `${q(d.tekst)} is geen bestaande datum. Schrijf een echte datum als JJJJ-MM-DD.`);
            }
        };
        controleer(o.vastgesteld, () => plaats(o.bron, 'vastgesteld'));
        controleer(o.herijkt, () => plaats(o.bron, 'herijkt'));
        controleer(o.decharge, () => plaats(o.bron, 'decharge'));
        if (o.periode) {
            const per = o.periode;
            controleer(per.start, () => plaats(per.bron, 'start'));
            controleer(per.eind, () => plaats(per.bron, 'eind'));
            if (per.eind && per.start.geldig && per.eind.geldig && per.eind.tekst < per.start.tekst) {
                ctx.meld(
                    plaats(per.bron, 'eind'),
                    `De periode eindigt (${per.eind.tekst}) voordat ze begint (${per.start.tekst}). Draai de data om of verbeter er één.`,
                );
            }
        }
        for (const f of o.fasen) {
            controleer(f.datum, () => plaats(f.bron, f.toestand === 'gepland' ? 'gepland' : 'afgerond'));
        }
        for (const h of o.historie) {
            controleer(h.datum, () => plaats(h.bron, 'datum'));
        }
        for (const l of o.lessen) {
            controleer(l.datum, () => plaats(l.bron, 'datum'));
        }
    },
});

/**
 * `werkwijze-wissel-onderbouwd`: a werkwijze change without reason or without afstemming with an opdrachtgever.
 *
 * Guide: H5, Werkwijze kiezen en wisselen. Documentation: docs/regels/werkwijze-wissel-onderbouwd.md.
 */
import { plaats } from '../../model/locatie.js';
import { q } from '../nederlands.js';
import { defineRegel } from '../regel.js';

export default defineRegel({
    id: 'werkwijze-wissel-onderbouwd',
    ernst: 'warning',
    samenvatting: 'Een wissel van werkwijze heeft een reden en is afgestemd met een opdrachtgever.',
    bron: 'H5, Werkwijze kiezen en wisselen',
    perOpdracht(o, ctx) {
        // Who may agree to a change: the opdrachtgevers, for a routine (or unknown werkwijze) the eigenaar.
        const bevoegd = [
            ...(o.werkwijze === 'routine'
                ? []
                : [...(o.driehoek?.bestuurlijkOpdrachtgevers ?? []), ...(o.driehoek?.ambtelijkOpdrachtgevers ?? [])]),
            ...(o.werkwijze === 'routine' || !o.werkwijze ? [o.eigenaar].filter((b) => b !== undefined) : []),
        ];
        const opdrachtgevers = new Set(bevoegd.map((b) => b.naam));
        // Nobody to agree with, or an unknown name: `driehoek-onvolledig`, `routine-zonder-eigenaar`
        // or `onbekende-verwijzing` reports that; the afstemming cannot be judged.
        const afstemmingTeBeoordelen = bevoegd.length > 0 && bevoegd.every((b) => b.persoon);
        // A speler named there (version 2) is welcome, but does not stand in for an opdrachtgever.
        const wie = o.werkwijze === 'routine' ? 'de eigenaar' : 'een bestuurlijk of ambtelijk opdrachtgever';
        o.historie.forEach((h, i) => {
            const vorige = o.historie[i - 1]?.werkwijze;
            // A change is only judged between two readable werkwijze words.
            if (!vorige || !h.werkwijze || h.werkwijze === vorige) {
                return;
            }
            const mist: string[] = [];
            if (!h.reden) {
                mist.push('een reden');
            }
            if (afstemmingTeBeoordelen && !h.afgestemdMet.some((b) => !b.speler && opdrachtgevers.has(b.naam))) {
                mist.push(`afstemming met ${wie} (afgestemd-met)`);
            }
            if (mist.length > 0) {
                ctx.meld(
                    plaats(h.bron, 'werkwijze'),
                    `De wissel van ${vorige} naar ${h.werkwijze} bij ${q(o.id)} mist ${mist.join(' en ')}. Een andere werkwijze verandert de afspraken; leg vast waarom en met wie.`,
                );
            }
        });
    },
});

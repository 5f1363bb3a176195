/**
 * `eindverantwoordelijke-ontbreekt`: several opdrachtgevers of one kind and none eindverantwoordelijk.
 *
 * Guide: B1, Sturingsdriehoek. Documentation: docs/regels/eindverantwoordelijke-ontbreekt.md.
 */
import { q } from '../nederlands.js';
import { ROL_TEKST, rollenVan, teBeoordelenDriehoek } from './gedeeld.js';
import { defineRegel } from '../regel.js';

export default defineRegel({
    id: 'eindverantwoordelijke-ontbreekt',
    ernst: 'warning',
    samenvatting: 'Bij meerdere opdrachtgevers is één eindverantwoordelijk.',
    bron: 'B1, Sturingsdriehoek',
    perOpdracht(o, ctx) {
        const d = teBeoordelenDriehoek(o);
        if (!d) {
            return;
        }
        const eind = new Set(d.eindverantwoordelijk.map((e) => e.naam));
        for (const [rol, bezetting] of rollenVan(d).slice(0, 2)) {
            const eerste = bezetting[0];
            if (eerste && bezetting.length > 1 && !bezetting.some((b) => eind.has(b.naam))) {
                ctx.meld(
                    eerste.bron,
                    `${q(o.id)} heeft ${bezetting.length} ${ROL_TEKST[rol]}s (${bezetting.map((b) => b.naam).join(', ')}) maar niemand is eindverantwoordelijk. Voeg in de driehoek toe: eindverantwoordelijk <persoon>.`,
                );
            }
        }
    },
});

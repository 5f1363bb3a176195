/**
 * `rolzuiverheid`: one person in two roles of the same driehoek.
 *
 * Guide: H4, De sturingsdriehoek; B1. Documentation: docs/regels/rolzuiverheid.md.
 */
import type { DriehoekRolNaam } from '../../model/types.js';
import { q } from '../nederlands.js';
import { ROL_TEKST, rollenVan, teBeoordelenDriehoek } from './gedeeld.js';
import { defineRegel } from '../regel.js';

export default defineRegel({
    id: 'rolzuiverheid',
    ernst: 'error',
    samenvatting: 'Eén persoon vervult niet twee rollen in dezelfde driehoek.',
    bron: 'H4, De sturingsdriehoek; B1',
    perOpdracht(o, ctx) {
        const driehoek = teBeoordelenDriehoek(o);
        if (!driehoek) {
            return;
        }
        const eerste = new Map<string, DriehoekRolNaam>();
        for (const [rol, bezetting] of rollenVan(driehoek)) {
            for (const b of bezetting) {
                const al = eerste.get(b.naam);
                if (al === undefined) {
                    eerste.set(b.naam, rol);
                } else if (al !== rol) {
                    ctx.meld(
                        b.bron,
                        `${q(b.naam)} is in de driehoek van ${q(o.id)} al ${ROL_TEKST[al]} en kan niet ook ${ROL_TEKST[rol]} zijn. De rollen bewaken elkaar; geef deze rol aan een ander.`,
                    );
                }
            }
        }
    },
});

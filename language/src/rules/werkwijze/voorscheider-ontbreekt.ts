/**
 * `voorscheider-ontbreekt`: an opgave with a project or programma, and no voorscheider up its
 * `deel-van` chain.
 *
 * Reported once per opgave, on its name. Silent when the chain is broken by a `deel-van` that does
 * not resolve (`onbekende-verwijzing` reports that; the missing parent may hold the voorscheider).
 *
 * Guide: H5, Voorscheider; B2, Voorscheider. Documentation: docs/regels/voorscheider-ontbreekt.md.
 */
import { plaats } from '../../model/locatie.js';
import type { Opgave } from '../../model/types.js';
import { q } from '../nederlands.js';
import { defineRegel } from '../regel.js';

/** True when a `deel-van` of the opgave or of an ancestor names an opgave that does not exist. */
function ketenOnderbroken(opgave: Opgave): boolean {
    const gezien = new Set<Opgave>();
    for (let o: Opgave | undefined = opgave; o && !gezien.has(o); o = o.deelVan) {
        gezien.add(o);
        if (o.deelVanNaam !== undefined && !o.deelVan) {
            return true;
        }
    }
    return false;
}

export default defineRegel({
    id: 'voorscheider-ontbreekt',
    ernst: 'warning',
    samenvatting: 'Een opgave met een project of programma heeft een voorscheider.',
    bron: 'H5, Voorscheider; B2, Voorscheider',
    controleer(ctx) {
        for (const opgave of ctx.portfolio.opgaven) {
            const gekozen = opgave.opdrachten.filter((o) => o.werkwijze === 'project' || o.werkwijze === 'programma');
            if (gekozen.length === 0 || opgave.effectieveVoorscheider || ketenOnderbroken(opgave)) {
                continue;
            }
            const keten = opgave.deelVan ? ' (en geen opgave waar ze deel van is heeft er een)' : '';
            ctx.meld(
                plaats(opgave.bron),
                `Opgave ${q(opgave.id)} heeft geen voorscheider${keten}, terwijl de werkwijze al gekozen is: ${gekozen.map((o) => `${String(o.werkwijze)} ${q(o.id)}`).join(', ')}. Scoor bij de intake idee, netwerk en besluitvorming (voorscheider { … }) voordat je de werkwijze kiest.`,
            );
        }
    },
});

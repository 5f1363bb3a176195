/**
 * `raadsbesluit-ontbreekt`: `extra-budget` without a `raadsbesluit`.
 *
 * Guide: B1, Rol van de raad. Documentation: docs/regels/raadsbesluit-ontbreekt.md.
 */
import { plaats } from '../../model/locatie.js';
import { q } from '../nederlands.js';
import { defineRegel } from '../regel.js';

export default defineRegel({
    id: 'raadsbesluit-ontbreekt',
    ernst: 'warning',
    samenvatting: 'Extra budget buiten de begroting berust op een raadsbesluit.',
    bron: 'B1, Rol van de raad',
    perOpdracht(o, ctx) {
        if (o.extraBudget && !o.extraBudget.raadsbesluit) {
            ctx.meld(
                plaats(o.extraBudget.bron),
                `Opdracht ${q(o.id)} heeft extra budget buiten de begroting zonder raadsbesluit. Alleen de raad stelt extra middelen beschikbaar: noem het besluit (raadsbesluit "…").`,
            );
        }
    },
});

/**
 * `opgave-zonder-opdracht`: no opdracht for the opgave nor for any of its deelopgaven.
 *
 * Guide: H2, De opdracht als middel. Documentation: docs/regels/opgave-zonder-opdracht.md.
 */
import { plaats } from '../../model/locatie.js';
import type { Opgave } from '../../model/types.js';
import { q } from '../nederlands.js';
import { defineRegel } from '../regel.js';

export default defineRegel({
    id: 'opgave-zonder-opdracht',
    ernst: 'info',
    samenvatting: 'Aan een opgave wordt gewerkt via een opdracht.',
    bron: 'H2, De opdracht als middel',
    controleer(ctx) {
        const heeft = new Map<Opgave, boolean>();
        const heeftOpdracht = (o: Opgave): boolean => {
            const bekend = heeft.get(o);
            if (bekend !== undefined) {
                return bekend;
            }
            heeft.set(o, false); // guards deel-van cycles
            const uitkomst = o.opdrachten.length > 0 || o.deelopgaven.some(heeftOpdracht);
            heeft.set(o, uitkomst);
            return uitkomst;
        };
        for (const o of ctx.portfolio.opgaven) {
            if (!heeftOpdracht(o)) {
                ctx.meld(
                    plaats(o.bron),
                    `Aan opgave ${q(o.id)} werkt geen opdracht, ook niet via een deelopgave. Geef een opdracht of schrap de opgave uit het portfolio.`,
                );
            }
        }
    },
});

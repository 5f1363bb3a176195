/**
 * `opgave-zonder-spelers`: an opgave lists no spelers.
 *
 * Guide: H2, Impliciete gemeenschappelijke opdracht. Documentation: docs/regels/opgave-zonder-spelers.md.
 */
import { plaats } from '../../model/locatie.js';
import { q } from '../nederlands.js';
import { defineRegel } from '../regel.js';

export default defineRegel({
    id: 'opgave-zonder-spelers',
    ernst: 'warning',
    samenvatting: 'Een opgave noemt haar spelers.',
    bron: 'H2, Impliciete gemeenschappelijke opdracht',
    controleer(ctx) {
        for (const o of ctx.portfolio.opgaven) {
            if (o.spelersGenoemd === 0) {
                ctx.meld(
                    plaats(o.bron),
                    `Opgave ${q(o.id)} noemt geen spelers. Een opgave los je samen op: noem de partijen die eraan bijdragen (spelers a, b).`,
                );
            }
        }
    },
});

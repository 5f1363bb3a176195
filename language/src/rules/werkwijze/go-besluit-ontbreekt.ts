/**
 * `go-besluit-ontbreekt`: a phase started while the previous (afgerond) phase has no `besluit go`.
 *
 * Guide: B2, Besluitvorming per faseovergang. Documentation: docs/regels/go-besluit-ontbreekt.md.
 */
import { plaats } from '../../model/locatie.js';
import { q } from '../nederlands.js';
import { eigenFasen } from './gedeeld.js';
import { defineRegel } from '../regel.js';

export default defineRegel({
    id: 'go-besluit-ontbreekt',
    ernst: 'error',
    samenvatting: 'Een volgende fase begint pas na een go-besluit.',
    bron: 'B2, Besluitvorming per faseovergang',
    perOpdracht(o, ctx) {
        const fasen = eigenFasen(o);
        for (const f of fasen) {
            if (f.toestand !== 'actief' && f.toestand !== 'afgerond') {
                continue;
            }
            const vorige = fasen.find((e) => e.positie === f.positie - 1);
            if (vorige && vorige.toestand === 'afgerond' && vorige.besluit !== 'go') {
                const wat = vorige.besluit === 'no-go' ? 'een no-go-besluit' : 'geen go-besluit';
                ctx.meld(
                    plaats(vorige.bron, vorige.besluit ? 'besluit' : 'naam'),
                    `Fase ${q(f.naam)} van ${q(o.id)} is ${f.toestand}, maar ${q(vorige.naam)} is afgesloten met ${wat}. Leg het go-besluit vast (besluit go) of stop de fase.`,
                );
            }
        }
    },
});

/**
 * `fase-volgorde`: phases out of order, started before earlier ones are afgerond, or completion dates going backwards.
 *
 * Guide: B2, De kern van de vijf werkwijzen. Documentation: docs/regels/fase-volgorde.md.
 */
import { plaats } from '../../model/locatie.js';
import type { Fase } from '../../model/types.js';
import { q } from '../nederlands.js';
import { eigenFasen, paren } from './gedeeld.js';
import { defineRegel } from '../regel.js';

export default defineRegel({
    id: 'fase-volgorde',
    ernst: 'error',
    samenvatting: 'Fasen volgen elkaar op in de vaste volgorde.',
    bron: 'B2, De kern van de vijf werkwijzen',
    perOpdracht(o, ctx) {
        const fasen = eigenFasen(o);
        const gemeld = new Set<Fase>();
        const meld = (f: Fase, bericht: string): void => {
            if (!gemeld.has(f)) {
                gemeld.add(f);
                ctx.meld(plaats(f.bron, 'naam'), bericht);
            }
        };
        for (const [vorige, fase] of paren(fasen)) {
            if (fase.positie <= vorige.positie) {
                meld(
                    fase,
                    `Fase ${q(fase.naam)} staat na ${q(vorige.naam)}, maar komt in een ${o.werkwijze ?? 'opdracht'} ${fase.positie === vorige.positie ? 'maar één keer voor' : 'eerder'}. Zet de fasen in de vaste volgorde.`,
                );
            }
        }
        for (const f of fasen) {
            if (f.toestand !== 'actief' && f.toestand !== 'afgerond') {
                continue;
            }
            const open = fasen.find((e) => e.positie < f.positie && e.toestand !== 'afgerond');
            if (open) {
                meld(
                    f,
                    `Fase ${q(f.naam)} is ${f.toestand}, terwijl de eerdere fase ${q(open.naam)} nog niet is afgerond. Rond eerst ${q(open.naam)} af.`,
                );
            }
        }
        const afgerond = [...fasen].sort((a, b) => a.positie - b.positie).filter((f) => f.toestand === 'afgerond' && f.datum?.geldig);
        for (const [vorige, fase] of paren(afgerond)) {
            if (fase.datum!.tekst < vorige.datum!.tekst) {
                meld(
                    fase,
                    `Fase ${q(fase.naam)} is afgerond op ${fase.datum!.tekst}, vóór de eerdere fase ${q(vorige.naam)} (${vorige.datum!.tekst}). Controleer de data.`,
                );
            }
        }
    },
});

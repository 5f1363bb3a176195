/**
 * `functie-past-niet`: a person in a slot their functie cannot fill.
 *
 * Guide: B1, Sturingsdriehoek; B3, Sleutelfiguren. Documentation: docs/regels/functie-past-niet.md.
 */
import { PASSENDE_FUNCTIES, passendeFuncties, type Slot } from '../../model/rollen.js';
import type { Rolbezetting } from '../../model/types.js';
import { q } from '../nederlands.js';
import { teBeoordelenDriehoek } from '../driehoek/gedeeld.js';
import { defineRegel } from '../regel.js';

export default defineRegel({
    id: 'functie-past-niet',
    ernst: 'error',
    samenvatting: 'Wie een rol vervult, heeft een functie die bij die rol past.',
    bron: 'B1, Sturingsdriehoek; B3, Sleutelfiguren',
    perOpdracht(o, ctx) {
        const slotNaam: Record<Slot, string> = {
            'bestuurlijk-opdrachtgever': 'bestuurlijk opdrachtgever',
            'ambtelijk-opdrachtgever': 'ambtelijk opdrachtgever',
            sturingsprofessional: 'sturingsprofessional',
            eigenaar: 'eigenaar van een routine',
        };
        const controleer = (bezetting: Rolbezetting, slot: Slot): void => {
            const p = bezetting.persoon;
            if (p && passendeFuncties(p, slot).length === 0) {
                const functies = p.functies.length > 0 ? p.functies.join(', ') : 'geen functie';
                ctx.meld(
                    bezetting.bron,
                    `${q(p.id)} (${functies}) kan geen ${slotNaam[slot]} zijn; daarvoor is nodig: ${PASSENDE_FUNCTIES[slot].join(' of ')}. Kies een ander of vul de functie aan.`,
                );
            }
        };
        // A routine's driehoek is wrong as a whole (`routine-met-driehoek`); its slots are not judged.
        const driehoek = teBeoordelenDriehoek(o);
        if (driehoek) {
            driehoek.bestuurlijkOpdrachtgevers.forEach((b) => controleer(b, 'bestuurlijk-opdrachtgever'));
            driehoek.ambtelijkOpdrachtgevers.forEach((b) => controleer(b, 'ambtelijk-opdrachtgever'));
            driehoek.sturingsprofessionals.forEach((b) => controleer(b, 'sturingsprofessional'));
        }
        if (o.eigenaar) {
            controleer(o.eigenaar, 'eigenaar');
        }
    },
});

/**
 * `onbekende-verwijzing`: a name that refers to nothing of the expected kind; suggests close names.
 *
 * Source: the language reference (taal.md). Documentation: docs/regels/onbekende-verwijzing.md.
 */
import { metLidwoord, q } from '../nederlands.js';
import { defineRegel } from '../regel.js';

export default defineRegel({
    id: 'onbekende-verwijzing',
    ernst: 'error',
    samenvatting: 'Elke verwijzing noemt iets dat bestaat, van de juiste soort.',
    bron: 'taal.md',
    controleer(ctx) {
        for (const v of ctx.documenten.onopgelost) {
            let bericht = `Er is geen ${v.soort} ${q(v.naam)}.`;
            if (v.andereSoort) {
                bericht = `${q(v.naam)} is een ${v.andereSoort}, maar hier hoort een ${v.soort}.`;
            }
            if (v.kandidaten.length > 0) {
                bericht += ` Bedoel je ${v.kandidaten.map(q).join(' of ')}?`;
            } else if (!v.andereSoort) {
                bericht += ` Declareer ${metLidwoord(v.soort)} of verbeter de naam.`;
            }
            ctx.meld(v, bericht);
        }
    },
});

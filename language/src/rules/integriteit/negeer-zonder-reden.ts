/**
 * `negeer-zonder-reden`: `// @negeer` comments without a reason or with an unknown rule id.
 *
 * Source: the language reference (taal.md). Documentation: docs/regels/negeer-zonder-reden.md.
 */
import { defineRegel } from '../regel.js';

export default defineRegel({
    id: 'negeer-zonder-reden',
    ernst: 'warning',
    samenvatting: 'Een @negeer-opmerking noemt een bestaande regel en een reden.',
    bron: 'taal.md',
    controleer(ctx) {
        for (const fout of ctx.documenten.negeerFouten) {
            ctx.meld(fout, fout.bericht);
        }
    },
});

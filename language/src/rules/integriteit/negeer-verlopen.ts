/**
 * `negeer-verlopen`: a `// @negeer <regel-id> tot <datum> <reden>` whose end date lies before the
 * peildatum. The checker no longer applies it (the finding it silenced is reported again); this
 * rule reports on the comment that it lapsed. On the end date itself the suppression still holds.
 *
 * Source: the language reference (taal.md "Configuration"). Documentation: docs/regels/negeer-verlopen.md.
 */
import { defineRegel } from '../regel.js';

export default defineRegel({
    id: 'negeer-verlopen',
    ernst: 'warning',
    samenvatting: 'Een @negeer-opmerking met een einddatum is niet verlopen.',
    bron: 'taal.md',
    controleer(ctx) {
        for (const o of ctx.documenten.verlopenNegeer) {
            ctx.meld(
                o,
                `Deze @negeer van ‘${o.regel}’ gold tot ${o.tot} en is verlopen (peildatum ${ctx.instellingen.peildatum}); er wordt niets meer genegeerd. Los de bevinding op of spreek een nieuwe einddatum af.`,
            );
        }
    },
});

/**
 * `syntaxis`: lexer and parser errors, as collected by the checker.
 *
 * Source: the language reference (taal.md). Documentation: docs/regels/syntaxis.md.
 */
import { defineRegel } from '../regel.js';

export default defineRegel({
    id: 'syntaxis',
    ernst: 'error',
    samenvatting: 'De tekst volgt de taal van .opgave-bestanden.',
    bron: 'taal.md',
    controleer(ctx) {
        for (const fout of ctx.documenten.syntaxFouten) {
            ctx.meld(fout, fout.bericht);
        }
    },
});

/**
 * `inspanning-zonder-doel`: an inspanning that contributes to no doel.
 *
 * Guide: B2, Programma; doelen-inspanningennetwerk. Documentation: docs/regels/inspanning-zonder-doel.md.
 */
import { plaats } from '../../model/locatie.js';
import { q } from '../nederlands.js';
import { defineRegel } from '../regel.js';

export default defineRegel({
    id: 'inspanning-zonder-doel',
    ernst: 'warning',
    samenvatting: 'Elke inspanning draagt bij aan een doel.',
    bron: 'B2, Programma; doelen-inspanningennetwerk',
    perOpdracht(o, ctx) {
        if (o.doelen.length === 0) {
            return; // `din-onvolledig`
        }
        for (const i of o.inspanningen) {
            if (i.doelenGenoemd === 0) {
                ctx.meld(
                    plaats(i.bron),
                    `Inspanning ${q(i.id)} van ${q(o.id)} draagt aan geen doel bij. Noem het doel (draagt-bij-aan <doel>) of heroverweeg de inspanning.`,
                );
            }
        }
    },
});

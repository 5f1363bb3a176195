/**
 * `din-onvolledig`: a programma without doelen or without inspanningen.
 *
 * Guide: B2, Programma; doelen-inspanningennetwerk. Documentation: docs/regels/din-onvolledig.md.
 */
import { plaats } from '../../model/locatie.js';
import { q } from '../nederlands.js';
import { defineRegel } from '../regel.js';

export default defineRegel({
    id: 'din-onvolledig',
    ernst: 'warning',
    samenvatting: 'Een programma heeft doelen en inspanningen.',
    bron: 'B2, Programma; doelen-inspanningennetwerk',
    perOpdracht(o, ctx) {
        if (o.werkwijze !== 'programma') {
            return;
        }
        const mist = [o.doelen.length === 0 && 'doelen', o.inspanningen.length === 0 && 'inspanningen'].filter(Boolean);
        if (mist.length > 0) {
            ctx.meld(
                plaats(o.bron),
                `Programma ${q(o.id)} heeft geen ${mist.join(' en geen ')}. Een programma stuurt op doelen via inspanningen: leg beide vast.`,
            );
        }
    },
});

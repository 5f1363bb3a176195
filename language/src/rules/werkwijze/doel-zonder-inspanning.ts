/**
 * `doel-zonder-inspanning`: a doel that no inspanning contributes to.
 *
 * Guide: B2, Programma; doelen-inspanningennetwerk. Documentation: docs/regels/doel-zonder-inspanning.md.
 */
import { plaats } from '../../model/locatie.js';
import { q } from '../nederlands.js';
import { defineRegel } from '../regel.js';

export default defineRegel({
    id: 'doel-zonder-inspanning',
    ernst: 'warning',
    samenvatting: 'Aan elk doel draagt een inspanning bij.',
    bron: 'B2, Programma; doelen-inspanningennetwerk',
    perOpdracht(o, ctx) {
        if (o.inspanningen.length === 0) {
            return; // `din-onvolledig`
        }
        for (const d of o.doelen) {
            if (d.inspanningen.length === 0) {
                ctx.meld(
                    plaats(d.bron),
                    `Aan doel ${q(d.id)} van ${q(o.id)} draagt geen inspanning bij. Koppel een inspanning (draagt-bij-aan ${d.id}) of schrap het doel.`,
                );
            }
        }
    },
});

/**
 * `ambtelijk-opdrachtgever-model`: under model-1 the ambtelijk opdrachtgever is not the thema's opgavemanager.
 *
 * Guide: H4, Varianten in de sturingsdriehoek. Documentation: docs/regels/ambtelijk-opdrachtgever-model.md.
 */
import { themaVan } from '../../model/navigatie.js';
import { q } from '../nederlands.js';
import { opgavemanagerIsAmbtelijkOpdrachtgever } from './gedeeld.js';
import { defineRegel } from '../regel.js';

export default defineRegel({
    id: 'ambtelijk-opdrachtgever-model',
    ernst: 'info',
    samenvatting: 'In model 1 is de opgavemanager van het thema ambtelijk opdrachtgever.',
    bron: 'H4, Varianten in de sturingsdriehoek',
    perOpdracht(o, ctx) {
        if (ctx.portfolio.besturingsmodel !== 'model-1') {
            return;
        }
        const thema = themaVan(o.opgave);
        const ao = o.driehoek?.ambtelijkOpdrachtgevers ?? [];
        const eerste = ao[0];
        if (thema?.opgavemanagerNaam && eerste && !opgavemanagerIsAmbtelijkOpdrachtgever(o, thema)) {
            ctx.meld(
                eerste.bron,
                `In model 1 is de opgavemanager van thema ${q(thema.id)} (${q(thema.opgavemanagerNaam)}) ook ambtelijk opdrachtgever; bij ${q(o.id)} is dat ${ao.map((b) => q(b.naam)).join(', ')}.`,
            );
        }
    },
});

/**
 * `beslisdocument-ontbreekt`: an afgerond project/programma phase without its decision document.
 *
 * Guide: B2, De kern van de vijf werkwijzen. Documentation: docs/regels/beslisdocument-ontbreekt.md.
 */
import { plaats } from '../../model/locatie.js';
import { FASEN } from '../../model/werkwijzen.js';
import type { DiagnoseData } from '../context.js';
import { q } from '../nederlands.js';
import { eigenFasen } from './gedeeld.js';
import { defineRegel } from '../regel.js';

export default defineRegel({
    id: 'beslisdocument-ontbreekt',
    ernst: 'warning',
    samenvatting: 'Een afgeronde fase heeft haar beslisdocument.',
    bron: 'B2, De kern van de vijf werkwijzen',
    perOpdracht(o, ctx) {
        if (o.werkwijze !== 'project' && o.werkwijze !== 'programma') {
            return;
        }
        for (const f of eigenFasen(o)) {
            const nodig = FASEN[o.werkwijze][f.positie]?.beslisdocumenten ?? [];
            const eerste = nodig[0];
            if (f.toestand !== 'afgerond' || eerste === undefined || f.documenten.some((d) => nodig.includes(d.soort))) {
                continue;
            }
            const eind = f.bron.range.end;
            const tekst =
                eerste === 'jaarplan'
                    ? ` document jaarplan ${f.datum?.tekst.slice(0, 4) ?? ctx.instellingen.peildatum.slice(0, 4)} "…"`
                    : ` document ${eerste} "…"`;
            ctx.meld(
                plaats(f.bron, 'naam'),
                `Fase ${q(f.naam)} van ${q(o.id)} is afgerond zonder ${nodig.join(' of ')}. Het besluit om verder te gaan hoort op dat document te rusten; voeg het toe (document ${eerste} "…").`,
                { invoegen: { tekst, positie: eind } },
            );
        }
    },
    // Inserts the document line the check computed (the finding's data) after the phase.
    herstel({ document, diagnose }) {
        const inv = (diagnose.data as DiagnoseData | undefined)?.fix?.invoegen;
        return inv
            ? [
                  {
                      titel: 'Voeg het beslisdocument van de fase toe',
                      wijzigingen: { [document.uri.toString()]: [{ range: { start: inv.positie, end: inv.positie }, newText: inv.tekst }] },
                  },
              ]
            : [];
    },
});

/**
 * `herijking-verlopen`: the last review (or issue) is more than the term before the peildatum.
 *
 * Guide: H2, Opdracht regelmatig bijstellen! Documentation: docs/regels/herijking-verlopen.md.
 */
import { GrammarUtils } from 'langium';
import { plusMaanden } from '../../model/datum.js';
import { plaats } from '../../model/locatie.js';
import { isAfgesloten } from '../../model/navigatie.js';
import { enkel, voegRegelToe } from '../bewerk.js';
import { q } from '../nederlands.js';
import { defineRegel } from '../regel.js';

export default defineRegel({
    id: 'herijking-verlopen',
    ernst: 'warning',
    samenvatting: 'Een lopende opdracht wordt op tijd herijkt.',
    bron: 'H2, Opdracht regelmatig bijstellen!',
    perOpdracht(o, ctx) {
        const { peildatum, herijkingTermijnMaanden: termijn } = ctx.instellingen;
        if (isAfgesloten(o)) {
            return;
        }
        const data = [o.vastgesteld, o.herijkt].filter((d) => d !== undefined);
        const geldig = data
            .filter((d) => d.geldig)
            .map((d) => d.tekst)
            .sort();
        if (data.length > 0 && geldig.length === 0) {
            return; // only invalid dates: `ongeldige-datum` reports them
        }
        const laatste = geldig.at(-1);
        if (laatste === undefined) {
            ctx.meld(
                plaats(o.bron),
                `Opdracht ${q(o.id)} heeft geen datum van vaststelling of herijking. Leg vast wanneer de opdracht is vastgesteld of voor het laatst herijkt.`,
            );
        } else if (plusMaanden(laatste, termijn) < peildatum) {
            ctx.meld(
                plaats(o.bron, o.herijkt?.tekst === laatste ? 'herijkt' : 'vastgesteld'),
                `Opdracht ${q(o.id)} is sinds ${laatste} niet herijkt: langer dan ${termijn} maanden voor de peildatum ${peildatum}. Bespreek de opdracht opnieuw en leg de datum vast met herijkt.`,
            );
        }
    },
    // `herijkt <peildatum>`: replaces the date of the last herijkt line, or adds the line.
    herstel({ document, opdracht, instellingen }) {
        if (!opdracht) {
            return [];
        }
        const peildatum = instellingen.peildatum;
        const bestaand = opdracht.$cstNode ? GrammarUtils.findNodesForProperty(opdracht.$cstNode, 'herijkt').at(-1) : undefined;
        const edit = bestaand ? { range: bestaand.range, newText: peildatum } : voegRegelToe(document, opdracht, `herijkt ${peildatum}`);
        return enkel('Leg een herijking op de peildatum vast', document, edit);
    },
});

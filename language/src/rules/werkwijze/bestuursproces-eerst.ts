/**
 * `bestuursproces-eerst`: a project, programma or routine with no bestuursproces before it: none in
 * its historie, and no earlier bestuursproces opdracht for its opgave or an opgave up the chain.
 *
 * Guide: H5, Zicht op doorlopen bestuursproces. Documentation: docs/regels/bestuursproces-eerst.md.
 */
import { isGeldigeDatum, plusMaanden } from '../../model/datum.js';
import { plaats } from '../../model/locatie.js';
import type { Opdracht, Opgave } from '../../model/types.js';
import { inspringing, voegRegelToe, enkel } from '../bewerk.js';
import type { Herstel, HerstelContext } from '../context.js';
import { q } from '../nederlands.js';
import { defineRegel } from '../regel.js';

/** Index in `historie` where the final run of the current werkwijze starts (length when absent). */
function startHuidigeWerkwijze(o: Opdracht): number {
    let i = o.historie.length;
    while (i > 0 && o.historie[i - 1]?.werkwijze === o.werkwijze) {
        i--;
    }
    return i === o.historie.length ? o.historie.length : i;
}

/**
 * The opgave and every opgave up its `deel-van` chain, nearest first; stops on a cycle (version 2:
 * a bestuursproces for a parent opgave leads to the aanpak of its deelopgaven, H5, B2).
 */
function opgavenOmhoog(opgave: Opgave | undefined): Opgave[] {
    const keten: Opgave[] = [];
    for (let huidig = opgave; huidig && !keten.includes(huidig); huidig = huidig.deelVan) {
        keten.push(huidig);
    }
    return keten;
}

/**
 * The fix: a bestuursproces line one month before the first historie line, or, without a historie,
 * a new historie of that bestuursproces and the current werkwijze (dated by the vastgesteld date,
 * the periode's start or the peildatum, agreed with the first opdrachtgever or the eigenaar).
 */
function herstel({ document, opdracht, instellingen }: HerstelContext): Herstel[] {
    if (!opdracht) {
        return [];
    }
    const titel = 'Voeg een voorafgaand bestuursproces toe aan de historie';
    const basis = [opdracht.historie[0]?.datum, opdracht.vastgesteld, opdracht.periode?.start, instellingen.peildatum].find(
        (d) => d && isGeldigeDatum(d),
    ) as string;
    const eerder = plusMaanden(basis, -1);
    const eerste = opdracht.historie[0];
    if (eerste?.$cstNode) {
        const regel = eerste.$cstNode.range.start.line;
        const ervoor = ' '.repeat(inspringing(document, eerste.$cstNode.offset));
        return enkel(titel, document, {
            range: { start: { line: regel, character: 0 }, end: { line: regel, character: 0 } },
            newText: `${ervoor}${eerder} bestuursproces "…"\n`,
        });
    }
    const binnen = ' '.repeat(8 + inspringing(document, opdracht.$cstNode?.offset ?? 0));
    const sluit = ' '.repeat(4 + inspringing(document, opdracht.$cstNode?.offset ?? 0));
    const opdrachtgever =
        opdracht.driehoek?.rollen.find((r) => r.rol !== 'sturingsprofessional')?.personen[0]?.$refText ?? opdracht.eigenaar?.$refText;
    const huidig = `${basis} ${opdracht.werkwijze ?? 'project'} "…"${opdrachtgever ? ` afgestemd-met ${opdrachtgever}` : ''}`;
    return enkel(
        titel,
        document,
        voegRegelToe(document, opdracht, `historie {\n${binnen}${eerder} bestuursproces "…"\n${binnen}${huidig}\n${sluit}}`),
    );
}

export default defineRegel({
    id: 'bestuursproces-eerst',
    ernst: 'warning',
    samenvatting: 'Een bestuursproces gaat vooraf aan project, programma of routine.',
    bron: 'H5, Zicht op doorlopen bestuursproces',
    perOpdracht(o, ctx) {
        if (o.werkwijze !== 'project' && o.werkwijze !== 'programma' && o.werkwijze !== 'routine') {
            return;
        }
        const start = startHuidigeWerkwijze(o);
        if (o.historie.slice(0, start).some((h) => h.werkwijze === 'bestuursproces')) {
            return;
        }
        const eigenStart =
            (o.periode?.start.geldig ? o.periode.start.tekst : undefined) ?? (o.vastgesteld?.geldig ? o.vastgesteld.tekst : undefined);
        const anderVooraf = opgavenOmhoog(o.opgave).some((opgave) =>
            opgave.opdrachten.some(
                (ander) =>
                    ander !== o &&
                    ander.werkwijze === 'bestuursproces' &&
                    ander.periode?.start.geldig &&
                    (eigenStart === undefined || ander.periode.start.tekst < eigenStart),
            ),
        );
        if (anderVooraf) {
            return;
        }
        ctx.meld(
            plaats(o.bron, 'werkwijze'),
            `Voor ${o.werkwijze} ${q(o.id)} is geen bestuursproces doorlopen: de historie noemt er geen en er is geen eerdere opdracht met werkwijze bestuursproces voor deze opgave of een opgave waar ze deel van is. Verken eerst met bestuur en spelers wat de opgave is, en leg dat vast in de historie.`,
        );
    },
    herstel,
});

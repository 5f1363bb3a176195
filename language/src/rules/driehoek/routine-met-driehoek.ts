/**
 * `routine-met-driehoek`: a routine with a `driehoek`.
 *
 * Guide: B1 (the sturingsdriehoek is for temporary opdrachten); B2, Routine. Documentation: docs/regels/routine-met-driehoek.md.
 */
import type { LangiumDocument } from 'langium';
import type { TextEdit } from 'vscode-languageserver';
import type * as ast from '../../../generated/ast.js';
import { plaatsVanSleutelwoord } from '../../model/locatie.js';
import { passendeFuncties } from '../../model/rollen.js';
import { enkel } from '../bewerk.js';
import type { Herstel, HerstelContext } from '../context.js';
import { q } from '../nederlands.js';
import { defineRegel } from '../regel.js';

/**
 * An edit that removes the driehoek block: its whole lines when nothing else stands on them,
 * otherwise just the block's text.
 */
function verwijderBlok(document: LangiumDocument, driehoek: ast.Driehoek): TextEdit | undefined {
    const cst = driehoek.$cstNode;
    if (!cst) {
        return undefined;
    }
    const tekst = document.textDocument.getText();
    const regelStart = tekst.lastIndexOf('\n', cst.offset - 1) + 1;
    const regelEind = tekst.indexOf('\n', cst.end);
    const ervoor = tekst.slice(regelStart, cst.offset);
    const erna = tekst.slice(cst.end, regelEind < 0 ? tekst.length : regelEind);
    const heleRegels = ervoor.trim() === '' && erna.trim() === '';
    const van = heleRegels ? regelStart : cst.offset;
    const tot = heleRegels ? (regelEind < 0 ? tekst.length : regelEind + 1) : cst.end;
    return {
        range: { start: document.textDocument.positionAt(van), end: document.textDocument.positionAt(tot) },
        newText: '',
    };
}

/**
 * The fix: without an eigenaar, the driehoek becomes `eigenaar <ambtelijk opdrachtgever>` (the
 * first one whose functie fits an eigenaar); with an eigenaar, the driehoek is removed. No fix
 * when there is no eigenaar and no ambtelijk opdrachtgever fits.
 */
function herstel({ document, opdracht, portfolio }: HerstelContext): Herstel[] {
    const driehoek = opdracht?.driehoek;
    const cst = driehoek?.$cstNode;
    if (!opdracht || !driehoek || !cst) {
        return [];
    }
    if (opdracht.eigenaar) {
        return enkel(
            `Verwijder de sturingsdriehoek; eigenaar ${opdracht.eigenaar.$refText} blijft`,
            document,
            verwijderBlok(document, driehoek),
        );
    }
    const namen = driehoek.rollen.filter((r) => r.rol === 'ambtelijk-opdrachtgever').flatMap((r) => r.personen.map((p) => p.$refText));
    const personen = portfolio.personen;
    const eigenaar = namen.find((naam) => {
        const persoon = personen.find((p) => p.id === naam);
        return persoon !== undefined && passendeFuncties(persoon, 'eigenaar').length > 0;
    });
    if (!eigenaar) {
        return [];
    }
    return enkel(`Vervang de sturingsdriehoek door eigenaar ${eigenaar}`, document, {
        range: { start: document.textDocument.positionAt(cst.offset), end: document.textDocument.positionAt(cst.end) },
        newText: `eigenaar ${eigenaar}`,
    });
}

export default defineRegel({
    id: 'routine-met-driehoek',
    ernst: 'warning',
    samenvatting: 'Een routine heeft geen sturingsdriehoek maar een eigenaar in de lijn.',
    bron: 'B1; B2, Routine',
    perOpdracht(o, ctx) {
        if (o.werkwijze !== 'routine' || !o.driehoek) {
            return;
        }
        const zonderEigenaar = o.eigenaar
            ? ''
            : ' Deze routine heeft ook nog geen eigenaar: noem de lijnmanager die het werk bezit (eigenaar <persoon>).';
        ctx.meld(
            plaatsVanSleutelwoord(o.driehoek.bron, 'driehoek'),
            `Routine ${q(o.id)} heeft een sturingsdriehoek. Routinewerk draait in de lijn onder een eigenaar, niet in een tijdelijke driehoek: haal de driehoek weg.${zonderEigenaar}`,
        );
    },
    herstel,
});

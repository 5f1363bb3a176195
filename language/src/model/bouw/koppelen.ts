/**
 * Pass 3 of the builder: the references between model elements (thema, deel-van, gebieden,
 * spelers, voor, an inspanning's opdracht), resolved by AST identity, and the child lists they imply.
 */
import type * as ast from '../../../generated/ast.js';
import type { Speler } from '../types.js';
import { volgordeOpId } from './volgorde.js';
import type { Elementen } from './declaraties.js';
import type { OpdrachtInBouw, OpgaveInBouw } from './typen.js';

/**
 * Links opgaven and opdrachten to the elements they name and fills the children: a thema's
 * opgaven, an opgave's deelopgaven and opdrachten. Children are in id order, because the
 * opgaven and opdrachten are linked in that order.
 * @param volgorde the opgaven and opdrachten of `elementen` already sorted with `volgordeOpId`
 *   (the incremental builder keeps them sorted between builds); sorted here when absent
 * @returns the opgaven and the opdrachten, sorted with `volgordeOpId`
 */
export function koppel(
    elementen: Elementen,
    spelerVan: ReadonlyMap<ast.Speler, Speler>,
    volgorde?: { readonly opgaven: OpgaveInBouw[]; readonly opdrachten: OpdrachtInBouw[] },
): { opgaven: OpgaveInBouw[]; opdrachten: OpdrachtInBouw[] } {
    const { gebiedVan, themaVan, opgaveVan, opdrachtVan } = elementen;
    for (const [decl, o] of opgaveVan) {
        o.thema = decl.thema?.ref ? themaVan.get(decl.thema.ref) : undefined;
        o.deelVan = decl.deelVan?.ref ? opgaveVan.get(decl.deelVan.ref) : undefined;
        o.gebieden = decl.gebieden.map((r) => (r.ref ? gebiedVan.get(r.ref) : undefined)).filter((g) => g !== undefined);
        o.spelers = decl.spelers.map((r) => (r.ref ? spelerVan.get(r.ref) : undefined)).filter((s) => s !== undefined);
    }
    for (const [decl, o] of opdrachtVan) {
        o.opgave = decl.opgave?.ref ? opgaveVan.get(decl.opgave.ref) : undefined;
        o.inspanningen.forEach((inspanning, i) => {
            const target = decl.inspanningen[i]?.opdracht?.ref;
            inspanning.opdracht = target ? opdrachtVan.get(target) : undefined;
        });
    }

    const opgaven = volgorde?.opgaven ?? [...opgaveVan.values()].sort(volgordeOpId);
    const opdrachten = volgorde?.opdrachten ?? [...opdrachtVan.values()].sort(volgordeOpId);
    for (const o of opgaven) {
        o.thema?.opgaven.push(o);
        o.deelVan?.deelopgaven.push(o);
    }
    for (const o of opdrachten) {
        o.opgave?.opdrachten.push(o);
    }
    return { opgaven, opdrachten };
}

/**
 * Builds the resolved `Portfolio` model from parsed and linked documents. This is the only place
 * that reads the AST for content; rules and reports read the model.
 *
 * The passes, one file each: `declaraties.ts` collects the complete declarations and builds the
 * elements others refer to (pass 1: gemeenten, personen, spelers) and then the rest (pass 2:
 * gebieden, themas, opgaven, and opdrachten in `opdracht.ts`); `koppelen.ts` links them by AST
 * identity and fills the child lists (pass 3); `cycli.ts` marks `deel-van` cycles; the
 * voorscheider that applies follows from `../voorscheider.ts`.
 *
 * Cost is linear in the number of declarations: one pass over the documents, then one pass per
 * kind to connect parents and children, and memoised walks up the `deel-van` chains.
 */
import type { LangiumDocument } from 'langium';
import type { Gemeente, Portfolio } from '../types.js';
import { effectieveVoorscheider } from '../voorscheider.js';
import { markeerCycli } from './cycli.js';
import { bouwElementen, bouwOrganisatie, declaratiesVan } from './declaraties.js';
import { koppel } from './koppelen.js';
import { eerstePerId, volgordeOpId } from './volgorde.js';

/**
 * Turns the documents of one portfolio into the resolved model.
 * @param documents parsed and linked documents (any order; the result does not depend on it)
 * @returns the portfolio; never throws on incomplete input (missing parts are simply absent)
 */
export function buildPortfolio(documents: readonly LangiumDocument[]): Portfolio {
    const declaraties = declaratiesVan(documents);
    const organisatie = bouwOrganisatie(declaraties);
    const elementen = bouwElementen(declaraties, organisatie.opzoeker);
    const { opgaven, opdrachten } = koppel(elementen, organisatie.spelerVan);
    markeerCycli(opgaven);
    for (const o of opgaven) {
        o.effectieveVoorscheider = effectieveVoorscheider(o);
    }

    const gemeenten = organisatie.gemeenten.sort(volgordeOpId);
    const personen = organisatie.personen.sort(volgordeOpId);
    return {
        gemeenten,
        besturingsmodel: eersteGemeente(gemeenten)?.besturingsmodel ?? 'basismodel',
        personen,
        spelers: organisatie.spelers.sort(volgordeOpId),
        gebieden: [...elementen.gebiedVan.values()].sort(volgordeOpId),
        themas: [...elementen.themaVan.values()].sort(volgordeOpId),
        opgaven,
        opdrachten,
        persoonPerId: eerstePerId(personen),
        opgavePerId: eerstePerId(opgaven),
        opdrachtPerId: eerstePerId(opdrachten),
    };
}

/** The gemeente declared first (by file, then line): it decides when several are declared. */
function eersteGemeente(gemeenten: readonly Gemeente[]): Gemeente | undefined {
    return [...gemeenten].sort((a, b) =>
        a.bron.uri < b.bron.uri ? -1 : a.bron.uri > b.bron.uri ? 1 : a.bron.range.start.line - b.bron.range.start.line,
    )[0];
}

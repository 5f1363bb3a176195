/**
 * `// @negeer <regel-id> <reden>` and `// @negeer <regel-id> tot <YYYY-MM-DD> <reden>` comments
 * (taal.md "Configuration"). A valid comment directly above a top-level declaration silences that
 * rule inside that declaration; an invalid one silences nothing and is reported by
 * `negeer-zonder-reden`. Invalid: no rule id, an unknown id, `tot` without a real calendar date
 * after it (`tot` as the first word after the id always starts an end date, so a reason cannot
 * begin with it), no reason (also after a date), or not directly above a declaration.
 *
 * The end date is kept as written (`tot`); whether it has lapsed depends on the peildatum and is
 * decided per check by {@link isVerlopen}, so the suppressions read from a document stay valid
 * for any peildatum. A dated suppression holds through its end date and lapses the day after.
 */
import type { LangiumDocument } from 'langium';
import type { Range } from 'vscode-languageserver';
import * as ast from '../../generated/ast.js';
import { isGeldigeDatum } from '../model/datum.js';
import type { LocatieMetBericht } from '../model/locatie.js';
import { isRegelId } from '../rules/index.js';

/** A valid suppression: rule, reason, optional end date, and the range of the declaration it covers. */
export interface Onderdrukking {
    readonly regel: string;
    readonly reden: string;
    /** End date (ISO `YYYY-MM-DD`, a real date) of a `tot` suppression; absent: no end. */
    readonly tot?: string;
    readonly uri: string;
    /** Range of the declaration it applies to. */
    readonly bereik: Range;
    /** Where the comment itself stands. */
    readonly commentaar: Range;
    /** Identifier of the declaration it applies to. */
    readonly declaratie: string;
}

const NEGEER = /^(\s*)\/\/\s*@negeer\b(.*)$/;

/** Reads the suppressions of a document and the invalid ones. */
export function leesOnderdrukkingen(document: LangiumDocument): { geldig: Onderdrukking[]; fouten: LocatieMetBericht[] } {
    const uri = document.uri.toString();
    const tekst = document.textDocument.getText();
    if (!tekst.includes('@negeer')) {
        return { geldig: [], fouten: [] };
    }
    const regels = tekst.split(/\r?\n/);
    const root = document.parseResult.value;
    // Line of each top-level declaration start → the declaration.
    const declaratieOp = new Map<number, ast.Declaratie>();
    if (ast.isPortfolio(root)) {
        for (const decl of root.declaraties) {
            if (decl.$cstNode) {
                declaratieOp.set(decl.$cstNode.range.start.line, decl);
            }
        }
    }
    const geldig: Onderdrukking[] = [];
    const fouten: LocatieMetBericht[] = [];
    regels.forEach((regel, nr) => {
        const m = NEGEER.exec(regel);
        if (!m) {
            return;
        }
        // Both groups always take part in a match.
        const [, voor = '', na = ''] = m;
        const commentaar: Range = { start: { line: nr, character: voor.length }, end: { line: nr, character: regel.length } };
        // Walk down over further comment lines to the declaration this block stands above.
        let onder = nr + 1;
        while (onder < regels.length && /^\s*\/\//.test(regels[onder]!)) {
            onder++;
        }
        const decl = declaratieOp.get(onder);
        const [id, ...rest] = na
            .trim()
            .split(/\s+/)
            .filter((w) => w.length > 0);
        const gedateerd = rest[0] === 'tot';
        const tot = gedateerd ? rest[1] : undefined;
        const reden = rest.slice(gedateerd ? 2 : 0).join(' ');
        let bericht: string | undefined;
        if (!id) {
            bericht = 'Deze @negeer noemt geen regel en geen reden; er wordt niets genegeerd. Schrijf: // @negeer <regel-id> <reden>.';
        } else if (!isRegelId(id)) {
            bericht = `‘${String(id)}’ is geen regel; er wordt niets genegeerd. Zie \`opgave rules\` voor de regel-ids.`;
        } else if (gedateerd && tot === undefined) {
            bericht = `Deze @negeer van ‘${id}’ noemt na ‘tot’ geen einddatum; er wordt niets genegeerd. Schrijf: // @negeer ${id} tot <JJJJ-MM-DD> <reden>.`;
        } else if (tot !== undefined && !isGeldigeDatum(tot)) {
            bericht = `‘${tot}’ na ‘tot’ is geen geldige datum (JJJJ-MM-DD); deze @negeer van ‘${id}’ negeert niets.`;
        } else if (!reden) {
            bericht = `Deze @negeer van ‘${id}’ geeft geen reden; er wordt niets genegeerd. Schrijf erbij waarom de bevinding hier niet geldt.`;
        } else if (!decl?.$cstNode) {
            bericht = `Deze @negeer van ‘${id}’ staat niet direct boven een declaratie; er wordt niets genegeerd.`;
        }
        if (bericht || !decl?.$cstNode) {
            fouten.push({ uri, range: commentaar, bericht: bericht ?? '' });
            return;
        }
        geldig.push({
            regel: id!,
            reden,
            ...(tot !== undefined ? { tot } : {}),
            uri,
            bereik: decl.$cstNode.range,
            commentaar,
            declaratie: decl.name,
        });
    });
    return { geldig, fouten };
}

/**
 * True when a dated suppression has lapsed at the peildatum: its end date lies before the
 * peildatum (both ISO `YYYY-MM-DD`, compared as text). On the end date itself it still holds.
 */
export function isVerlopen(o: Onderdrukking, peildatum: string): boolean {
    return o.tot !== undefined && o.tot < peildatum;
}

/** True when `range` lies within `outer`. */
export function binnen(range: Range, outer: Range): boolean {
    const voor = (a: Range['start'], b: Range['start']): boolean => a.line < b.line || (a.line === b.line && a.character <= b.character);
    return voor(outer.start, range.start) && voor(range.end, outer.end);
}

/**
 * `dubbele-naam`: two declarations of one kind share an identifier; both places are reported.
 *
 * Source: the language reference (taal.md). Documentation: docs/regels/dubbele-naam.md.
 */
import { plaats } from '../../model/locatie.js';
import { hoofdletterSleutel } from '../../model/navigatie.js';
import type { Bron, Opdracht } from '../../model/types.js';
import type { RegelContext } from '../context.js';
import { eenAndere, elke, q } from '../nederlands.js';
import { volgordeOpId } from '../../model/bouw/volgorde.js';
import { defineRegel } from '../regel.js';

/**
 * Part of `dubbele-naam`: names of one kind that differ only in letter case (`Centrum`, `centrum`).
 * They are confusing, and as file names (the report pages) they collide on Windows and macOS.
 * Each declaration whose name has another spelling is reported once, naming the other spellings'
 * first places (exact copies are the message above's).
 */
function hoofdletterVarianten(
    ctx: RegelContext,
    soort: string,
    perId: ReadonlyMap<string, readonly { id: string; bron: Bron }[]>,
    kandidaten: Iterable<string> = perId.keys(),
    opIdGesorteerd = false,
): void {
    const perSleutel = new Map<string, string[]>();
    for (const id of kandidaten) {
        // A name of lower-case ASCII letters, digits, `-` and `_` is its own key, and only names
        // with other characters can share a key with it: those are the only ones to compare.
        if (EENVOUDIG.test(id)) {
            continue;
        }
        const sleutel = hoofdletterSleutel(id);
        perSleutel.set(sleutel, [...(perSleutel.get(sleutel) ?? []), id]);
    }
    if (perSleutel.size > 0) {
        // The plain names that share a key with another spelling join it, all in the order of
        // `perId` (which is id order when it was made from a list sorted by id).
        const positie = opIdGesorteerd ? undefined : new Map([...perId.keys()].map((id, i) => [id, i]));
        const volgorde = (a: string, b: string): number => (positie ? positie.get(a)! - positie.get(b)! : a < b ? -1 : a > b ? 1 : 0);
        for (const [sleutel, spellingen] of perSleutel) {
            if (perId.has(sleutel) && !spellingen.includes(sleutel)) {
                spellingen.push(sleutel);
            }
            spellingen.sort(volgorde);
        }
    }
    for (const spellingen of perSleutel.values()) {
        if (spellingen.length < 2) {
            continue;
        }
        for (const id of spellingen) {
            const anderen = spellingen
                .filter((s) => s !== id)
                .slice(0, 3)
                .map((s) => {
                    const g = perId.get(s)![0]!;
                    return `${q(s)} in ${bestandsnaam(g.bron.uri)}:${g.bron.range.start.line + 1}`;
                });
            const rest = spellingen.length - 1 - anderen.length;
            const waar = anderen.join(', ') + (rest > 0 ? ` en nog ${rest} andere` : '');
            for (const item of perId.get(id)!) {
                ctx.meld(
                    plaats(item.bron),
                    `De naam ${q(id)} verschilt alleen in hoofdletters van ${eenAndere(soort)} (${waar}). Op Windows en macOS zijn dat dezelfde bestandsnamen; geef ${elke(soort)} een echt andere naam.`,
                );
            }
        }
    }
}

/** Names that are their own case-insensitive key (see `hoofdletterSleutel`). */
const EENVOUDIG = /^[a-z0-9_-]*$/;

/** True when two of the opdracht's doelen or two of its inspanningen share a name (case-insensitively). */
function heeftDubbeleDelen(o: Opdracht): boolean {
    const dubbelIn = (lijst: readonly { id: string }[]): boolean => {
        if (lijst.length < 2) {
            return false;
        }
        const ids = lijst.map((x) => (typeof x.id === 'string' ? hoofdletterSleutel(x.id) : undefined)).filter((x) => x !== undefined);
        return new Set(ids).size < ids.length;
    };
    return dubbelIn(o.doelen) || dubbelIn(o.inspanningen);
}

function bestandsnaam(uri: string): string {
    return decodeURIComponent(uri.slice(uri.lastIndexOf('/') + 1));
}

/** The opdrachten by name, kept between checks (the largest kind by far; see `opdrachtIndex`). */
interface OpdrachtIndex {
    /** Id → the opdrachten with it, in model order (`volgordeOpId`). */
    readonly perId: Map<string, Opdracht[]>;
    /** Ids of two or more opdrachten. */
    readonly dubbel: Set<string>;
    /** Ids that are not their own case-insensitive key. */
    readonly nietEenvoudig: Set<string>;
    /** Opdrachten with two doelen or two inspanningen of one name. */
    readonly dubbeleDelen: Set<Opdracht>;
}

/**
 * The {@link OpdrachtIndex}, kept in the rule's memory and updated with the opdrachten that
 * changed since the previous check, so a check after one edit does not walk all opdrachten.
 */
function opdrachtIndex(ctx: RegelContext): OpdrachtIndex {
    let index = ctx.geheugen.get('opdrachten') as OpdrachtIndex | undefined;
    const voegToe = (o: Opdracht, idx: OpdrachtIndex): void => {
        const groep = idx.perId.get(o.id);
        if (groep) {
            groep.push(o);
            groep.sort(volgordeOpId);
            idx.dubbel.add(o.id);
        } else {
            idx.perId.set(o.id, [o]);
        }
        if (!EENVOUDIG.test(o.id)) {
            idx.nietEenvoudig.add(o.id);
        }
        if (heeftDubbeleDelen(o)) {
            idx.dubbeleDelen.add(o);
        }
    };
    if (!index || !ctx.wijziging) {
        index = { perId: new Map(), dubbel: new Set(), nietEenvoudig: new Set(), dubbeleDelen: new Set() };
        for (const o of ctx.portfolio.opdrachten) {
            voegToe(o, index);
        }
    } else {
        for (const o of ctx.wijziging.wegOpdrachten) {
            const groep = index.perId.get(o.id)?.filter((x) => x !== o) ?? [];
            if (groep.length === 0) {
                index.perId.delete(o.id);
                index.nietEenvoudig.delete(o.id);
            } else {
                index.perId.set(o.id, groep);
            }
            if (groep.length < 2) {
                index.dubbel.delete(o.id);
            }
            index.dubbeleDelen.delete(o);
        }
        for (const o of ctx.wijziging.nieuweOpdrachten) {
            voegToe(o, index);
        }
    }
    ctx.geheugen.set('opdrachten', index);
    return index;
}

/** Reports every declaration of the ids in `ids` that `perId` holds two or more of. */
function meldDubbel(
    ctx: RegelContext,
    soort: string,
    perId: ReadonlyMap<string, readonly { id: string; bron: Bron }[]>,
    ids: Iterable<string> = perId.keys(),
): void {
    for (const id of ids) {
        const groep = perId.get(id) ?? [];
        if (groep.length < 2) {
            continue;
        }
        // At most MAX_ANDERE other places per message: naming all of them is quadratic in
        // the number of copies (a pasted file can hold thousands).
        const MAX_ANDERE = 3;
        const eerste = groep.slice(0, MAX_ANDERE + 1);
        for (const item of groep) {
            const anderen = eerste
                .filter((g) => g !== item)
                .slice(0, MAX_ANDERE)
                .map((g) => `${bestandsnaam(g.bron.uri)}:${g.bron.range.start.line + 1}`);
            const rest = groep.length - 1 - anderen.length;
            const waar = anderen.join(', ') + (rest > 0 ? ` en nog ${rest} andere` : '');
            ctx.meld(
                plaats(item.bron),
                `De naam ${q(id)} is al gebruikt voor ${eenAndere(soort)} (${waar}). Geef ${elke(soort)} een eigen naam.`,
            );
        }
    }
}

export default defineRegel({
    id: 'dubbele-naam',
    ernst: 'error',
    samenvatting: 'Elke naam komt per soort maar één keer voor in het hele portfolio.',
    bron: 'taal.md',
    controleer(ctx) {
        const p = ctx.portfolio;
        const soorten: [string, readonly { id: string; bron: Bron }[]][] = [
            ['gemeente', p.gemeenten],
            ['persoon', p.personen],
            ['speler', p.spelers],
            ['gebied', p.gebieden],
            ['thema', p.themas],
            ['opgave', p.opgaven],
        ];
        // The opdrachten from the kept index; their doelen and inspanningen are unique within
        // their opdracht (only opdrachten the index marks can clash).
        const opdrachten = opdrachtIndex(ctx);
        meldDubbel(ctx, 'opdracht', opdrachten.perId, opdrachten.dubbel);
        hoofdletterVarianten(ctx, 'opdracht', opdrachten.perId, opdrachten.nietEenvoudig, true);
        for (const o of opdrachten.dubbeleDelen) {
            if (o.doelen.length > 1) {
                soorten.push([`doel in opdracht ${q(o.id)}`, o.doelen]);
            }
            if (o.inspanningen.length > 1) {
                soorten.push([`inspanning in opdracht ${q(o.id)}`, o.inspanningen]);
            }
        }
        for (const [soort, lijst] of soorten) {
            const perId = new Map<string, (typeof lijst)[number][]>();
            for (const item of lijst) {
                if (typeof item.id !== 'string') {
                    continue; // a name missing after a syntax error is the `syntaxis` finding's
                }
                const groep = perId.get(item.id);
                if (groep) {
                    groep.push(item);
                } else {
                    perId.set(item.id, [item]);
                }
            }
            meldDubbel(ctx, soort, perId);
            hoofdletterVarianten(ctx, soort, perId);
        }
    },
});

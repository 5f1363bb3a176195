/**
 * Integrity rules (regels.md "Integrity"): the portfolio can be read as one whole — syntax,
 * references, unique names, no deel-van cycles, real dates, and people whose functie fits the slot.
 */
import { plaats, type Locatie } from '../model/locatie.js';
import { PASSENDE_FUNCTIES, passendeFuncties, type Slot } from '../model/rollen.js';
import type { Bron, Datum, Rolbezetting } from '../model/types.js';
import type { RegelContext } from './context.js';
import { q } from './context.js';
import { eenAndere, elke, metLidwoord } from './nederlands.js';
import { hoofdletterSleutel } from '../model/navigatie.js';

/** `syntaxis`: lexer and parser errors, as collected by the checker. */
export function syntaxis(ctx: RegelContext): void {
    for (const fout of ctx.documenten.syntaxFouten) {
        ctx.meld('syntaxis', fout, fout.bericht);
    }
}

/** `onbekende-verwijzing`: a name that refers to nothing of the expected kind; suggests close names. */
export function onbekendeVerwijzing(ctx: RegelContext): void {
    for (const v of ctx.documenten.onopgelost) {
        let bericht = `Er is geen ${v.soort} ${q(v.naam)}.`;
        if (v.andereSoort) {
            bericht = `${q(v.naam)} is een ${v.andereSoort}, maar hier hoort een ${v.soort}.`;
        }
        if (v.kandidaten.length > 0) {
            bericht += ` Bedoel je ${v.kandidaten.map(q).join(' of ')}?`;
        } else if (!v.andereSoort) {
            bericht += ` Declareer ${metLidwoord(v.soort)} of verbeter de naam.`;
        }
        ctx.meld('onbekende-verwijzing', v, bericht);
    }
}

/** `dubbele-naam`: two declarations of one kind share an identifier; both places are reported. */
export function dubbeleNaam(ctx: RegelContext): void {
    const p = ctx.portfolio;
    const soorten: [string, readonly { id: string; bron: Bron }[]][] = [
        ['gemeente', p.gemeenten],
        ['persoon', p.personen],
        ['speler', p.spelers],
        ['gebied', p.gebieden],
        ['thema', p.themas],
        ['opgave', p.opgaven],
        ['opdracht', p.opdrachten],
    ];
    for (const o of p.opdrachten) {
        // Doelen and inspanningen are unique within their opdracht (only lists of two or more can clash).
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
        for (const [id, groep] of perId) {
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
                    'dubbele-naam',
                    plaats(item.bron),
                    `De naam ${q(id)} is al gebruikt voor ${eenAndere(soort)} (${waar}). Geef ${elke(soort)} een eigen naam.`,
                );
            }
        }
        hoofdletterVarianten(ctx, soort, perId);
    }
}

/**
 * Part of `dubbele-naam`: names of one kind that differ only in letter case (`Centrum`, `centrum`).
 * They are confusing, and as file names (the report pages) they collide on Windows and macOS.
 * Each declaration whose name has another spelling is reported once, naming the other spellings'
 * first places (exact copies are the message above's).
 */
function hoofdletterVarianten(ctx: RegelContext, soort: string, perId: ReadonlyMap<string, readonly { id: string; bron: Bron }[]>): void {
    const perSleutel = new Map<string, string[]>();
    for (const id of perId.keys()) {
        const sleutel = hoofdletterSleutel(id);
        perSleutel.set(sleutel, [...(perSleutel.get(sleutel) ?? []), id]);
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
                    const g = perId.get(s)![0];
                    return `${q(s)} in ${bestandsnaam(g.bron.uri)}:${g.bron.range.start.line + 1}`;
                });
            const rest = spellingen.length - 1 - anderen.length;
            const waar = anderen.join(', ') + (rest > 0 ? ` en nog ${rest} andere` : '');
            for (const item of perId.get(id)!) {
                ctx.meld(
                    'dubbele-naam',
                    plaats(item.bron),
                    `De naam ${q(id)} verschilt alleen in hoofdletters van ${eenAndere(soort)} (${waar}). Op Windows en macOS zijn dat dezelfde bestandsnamen; geef ${elke(soort)} een echt andere naam.`,
                );
            }
        }
    }
}

function bestandsnaam(uri: string): string {
    return decodeURIComponent(uri.slice(uri.lastIndexOf('/') + 1));
}

/** `cyclische-deelopgave`: `deel-van` links that lead back to where they started. */
export function cyclischeDeelopgave(ctx: RegelContext): void {
    for (const o of ctx.portfolio.opgaven) {
        if (o.inCyclus) {
            ctx.meld(
                'cyclische-deelopgave',
                plaats(o.bron, 'deelVan'),
                `Opgave ${q(o.id)} is via deel-van uiteindelijk deel van zichzelf. Haal één deel-van uit de kring.`,
            );
        }
    }
}

/** `ongeldige-datum`: dates that are not real calendar dates, and periods that end before they start. */
export function ongeldigeDatum(ctx: RegelContext): void {
    const controleer = (d: Datum | undefined, locatie: () => Locatie): void => {
        // A date missing after a syntax error (parser recovery) is the `syntaxis` finding's, not ours.
        if (d && typeof d.tekst === 'string' && !d.geldig) {
            ctx.meld('ongeldige-datum', locatie(), `${q(d.tekst)} is geen bestaande datum. Schrijf een echte datum als JJJJ-MM-DD.`);
        }
    };
    for (const o of ctx.portfolio.opdrachten) {
        controleer(o.vastgesteld, () => plaats(o.bron, 'vastgesteld'));
        controleer(o.herijkt, () => plaats(o.bron, 'herijkt'));
        controleer(o.decharge, () => plaats(o.bron, 'decharge'));
        if (o.periode) {
            const per = o.periode;
            controleer(per.start, () => plaats(per.bron, 'start'));
            controleer(per.eind, () => plaats(per.bron, 'eind'));
            if (per.eind && per.start.geldig && per.eind.geldig && per.eind.tekst < per.start.tekst) {
                ctx.meld(
                    'ongeldige-datum',
                    plaats(per.bron, 'eind'),
                    `De periode eindigt (${per.eind.tekst}) voordat ze begint (${per.start.tekst}). Draai de data om of verbeter er één.`,
                );
            }
        }
        for (const f of o.fasen) {
            controleer(f.datum, () => plaats(f.bron, f.toestand === 'gepland' ? 'gepland' : 'afgerond'));
        }
        for (const h of o.historie) {
            controleer(h.datum, () => plaats(h.bron, 'datum'));
        }
        for (const l of o.lessen) {
            controleer(l.datum, () => plaats(l.bron, 'datum'));
        }
    }
}

/** `functie-past-niet`: a person in a slot their functie cannot fill. */
export function functiePastNiet(ctx: RegelContext): void {
    const slotNaam: Record<Slot, string> = {
        'bestuurlijk-opdrachtgever': 'bestuurlijk opdrachtgever',
        'ambtelijk-opdrachtgever': 'ambtelijk opdrachtgever',
        sturingsprofessional: 'sturingsprofessional',
        eigenaar: 'eigenaar van een routine',
    };
    const controleer = (bezetting: Rolbezetting, slot: Slot): void => {
        const p = bezetting.persoon;
        if (p && passendeFuncties(p, slot).length === 0) {
            const functies = p.functies.length > 0 ? p.functies.join(', ') : 'geen functie';
            ctx.meld(
                'functie-past-niet',
                bezetting.bron,
                `${q(p.id)} (${functies}) kan geen ${slotNaam[slot]} zijn; daarvoor is nodig: ${PASSENDE_FUNCTIES[slot].join(' of ')}. Kies een ander of vul de functie aan.`,
            );
        }
    };
    for (const o of ctx.portfolio.opdrachten) {
        if (o.driehoek) {
            o.driehoek.bestuurlijkOpdrachtgevers.forEach((b) => controleer(b, 'bestuurlijk-opdrachtgever'));
            o.driehoek.ambtelijkOpdrachtgevers.forEach((b) => controleer(b, 'ambtelijk-opdrachtgever'));
            o.driehoek.sturingsprofessionals.forEach((b) => controleer(b, 'sturingsprofessional'));
        }
        if (o.eigenaar) {
            controleer(o.eigenaar, 'eigenaar');
        }
    }
}

/** `negeer-zonder-reden`: `// @negeer` comments without a reason or with an unknown rule id. */
export function negeerZonderReden(ctx: RegelContext): void {
    for (const fout of ctx.documenten.negeerFouten) {
        ctx.meld('negeer-zonder-reden', fout, fout.bericht);
    }
}

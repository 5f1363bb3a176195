/**
 * The decision calendar `besluiten.ics` (issue "Readers outside git", item 3): the moments a
 * programme office steers on, as all-day events a reader subscribes to in any calendar program
 * (RFC 5545, written by the ical-generator library):
 * - a planned phase date (`gepland`), with the decision document that closes the phase and the
 *   go/no-go it prepares (guide B2, "Besluitvorming per faseovergang");
 * - the herijking that falls due: the later of `vastgesteld` and `herijkt` plus the term of
 *   `herijkingTermijnMaanden`, for an opdracht that is not closed (H2, "Opdracht regelmatig
 *   bijstellen!");
 * - the end of the `periode` of an opdracht that is not closed (H2, "De opdracht als middel");
 * - the end date of a dated `// @negeer <regel> tot <datum> <reden>` (taal.md "Configuration").
 *
 * Byte-stable: DTSTAMP is the peildatum (midnight UTC), every UID is made of ids (a second event
 * with the same key gets `-2`, `-3` …), events are sorted by date and UID, and dates are written
 * as calendar dates (`VALUE=DATE`), independent of the machine's time zone. Lines end in CRLF as
 * RFC 5545 requires; the generated-file sentence is the calendar's `X-WR-CALDESC` (kop.ts).
 */
import ical from 'ical-generator';
import type { CheckResultaat } from '../../language/src/check/checker.js';
import { STANDAARD_HERIJKING_MAANDEN } from '../../language/src/config.js';
import { plusMaanden } from '../../language/src/model/datum.js';
import { isAfgesloten } from '../../language/src/model/navigatie.js';
import type { Opdracht } from '../../language/src/model/types.js';
import { FASEN } from '../../language/src/model/werkwijzen.js';
import { kopZin } from './kop.js';
import type { RapportOpties } from './opties.js';
import { bronBestand, bronPlek, naam, opId } from './tekst.js';

/** The product identifier of the calendar (RFC 5545 PRODID). */
export const BESLUITEN_PRODID = '-//opgave//besluiten//NL';

/** The kind of a calendar event, also its CATEGORIES value. */
export type BesluitSoort = 'fase' | 'herijking' | 'periode-eind' | 'negeer-eind';

/** One event of the calendar, before it is written. */
interface Moment {
    /** ISO date `YYYY-MM-DD`, valid. */
    readonly datum: string;
    /** UID before the `@opgave` domain, made of ids. */
    readonly sleutel: string;
    readonly soort: BesluitSoort;
    readonly titel: string;
    /** Lines of the description. */
    readonly omschrijving: readonly string[];
}

/**
 * The calendar text.
 * @param opties the report options; `herijkingTermijnMaanden` (months, default 12) is the herijking term
 * @returns iCalendar text with CRLF line ends, ending in CRLF
 */
export function besluitenIcs(resultaat: CheckResultaat, opties: RapportOpties): string {
    const momenten = [...opdrachtMomenten(resultaat, opties), ...negeerMomenten(resultaat, opties)];
    const gezien = new Map<string, number>();
    const uniek = momenten
        .sort((a, b) => (a.sleutel < b.sleutel ? -1 : a.sleutel > b.sleutel ? 1 : 0))
        .map((m) => {
            const n = (gezien.get(m.sleutel) ?? 0) + 1;
            gezien.set(m.sleutel, n);
            return n === 1 ? m : { ...m, sleutel: `${m.sleutel}-${n}` };
        })
        .sort((a, b) => (a.datum !== b.datum ? (a.datum < b.datum ? -1 : 1) : a.sleutel < b.sleutel ? -1 : a.sleutel > b.sleutel ? 1 : 0));
    const kalender = ical({
        prodId: BESLUITEN_PRODID.replace(/^-/, ''), // ical-generator writes the leading '-' itself
        name: 'Besluitenkalender portfolio',
        // The reports' sentence, which kop.ts recognises as the calendar's X-WR-CALDESC.
        description: kopZin(opties.peildatum),
        timezone: null,
    });
    const stempel = new Date(`${opties.peildatum}T00:00:00Z`);
    for (const m of uniek) {
        kalender.createEvent({
            id: `${m.sleutel}@opgave`,
            start: m.datum,
            allDay: true,
            stamp: stempel,
            summary: m.titel,
            description: m.omschrijving.join('\n'),
            categories: [{ name: m.soort }],
        });
    }
    return `${kalender.toString()}\r\n`;
}

/** The phase, herijking and periode moments of every opdracht (first declaration per id). */
function* opdrachtMomenten(resultaat: CheckResultaat, opties: RapportOpties): Generator<Moment> {
    const termijn = opties.herijkingTermijnMaanden ?? STANDAARD_HERIJKING_MAANDEN;
    for (const o of [...resultaat.portfolio.opdrachtPerId.values()].sort(opId)) {
        const wat = `${o.werkwijze ?? 'opdracht'} ${naam(o)}`;
        const basis = [`Opdracht: ${o.id}${o.opgave ? ` (opgave ${o.opgave.id})` : ''}`];
        for (const fase of o.fasen) {
            if (fase.toestand !== 'gepland' || !fase.datum?.geldig) {
                continue;
            }
            const documenten = o.werkwijze ? (FASEN[o.werkwijze].find((f) => f.naam === fase.naam)?.beslisdocumenten ?? []) : [];
            yield {
                datum: fase.datum.tekst,
                sleutel: `fase.${o.id}.${fase.naam}`,
                soort: 'fase',
                titel: `Fasebesluit ${fase.naam}: ${wat}`,
                omschrijving: [
                    ...basis,
                    `Gepland: einde van de fase ${fase.naam}, met een go/no-go-besluit over de volgende fase.`,
                    ...(documenten.length > 0 ? [`Beslisdocument: ${documenten.join(' of ')}.`] : []),
                    ...fase.documenten.map((d) => `Document: ${d.soort} ${d.titel}`),
                    `Bron: ${bronPlek(fase.bron, opties.root)}`,
                ],
            };
        }
        const herijking = herijkingDatum(o, termijn);
        if (herijking) {
            yield {
                datum: herijking.datum,
                sleutel: `herijking.${o.id}`,
                soort: 'herijking',
                titel: `Herijking: ${wat}`,
                omschrijving: [
                    ...basis,
                    `De opdracht is op ${herijking.sinds} ${herijking.wat}; na ${termijn} maanden hoort een herijking (H2, Opdracht regelmatig bijstellen!).`,
                    `Bron: ${bronPlek(o.bron, opties.root)}`,
                ],
            };
        }
        if (o.periode?.eind?.geldig && !isAfgesloten(o)) {
            yield {
                datum: o.periode.eind.tekst,
                sleutel: `periode-eind.${o.id}`,
                soort: 'periode-eind',
                titel: `Einde periode: ${wat}`,
                omschrijving: [
                    ...basis,
                    `De periode van de opdracht loopt tot en met deze dag.`,
                    `Bron: ${bronPlek(o.periode.bron, opties.root)}`,
                ],
            };
        }
    }
}

/** When the herijking of a running opdracht falls due, from its latest valid vastgesteld/herijkt date. */
function herijkingDatum(o: Opdracht, termijn: number): { datum: string; sinds: string; wat: string } | undefined {
    if (isAfgesloten(o)) {
        return undefined;
    }
    const kandidaten = [
        { d: o.vastgesteld, wat: 'vastgesteld' },
        { d: o.herijkt, wat: 'voor het laatst herijkt' },
    ].filter((k) => k.d?.geldig);
    const laatste = kandidaten.sort((a, b) => (a.d!.tekst < b.d!.tekst ? -1 : a.d!.tekst > b.d!.tekst ? 1 : 0)).at(-1);
    return laatste ? { datum: plusMaanden(laatste.d!.tekst, termijn), sinds: laatste.d!.tekst, wat: laatste.wat } : undefined;
}

/** The end date of every dated suppression, lapsed or in force. */
function* negeerMomenten(resultaat: CheckResultaat, opties: RapportOpties): Generator<Moment> {
    for (const o of resultaat.gedateerd) {
        yield {
            datum: o.tot!,
            sleutel: `negeer-eind.${o.declaratie}.${o.regel}`,
            soort: 'negeer-eind',
            titel: `Einde @negeer ${o.regel}: ${o.declaratie}`,
            omschrijving: [
                `De bevinding ${o.regel} bij ${o.declaratie} is stilgezet tot en met deze dag; de dag erna telt ze weer mee.`,
                `Reden: ${o.reden}`,
                `Bron: ${bronBestand(o.uri, opties.root)}:${o.commentaar.start.line + 1}`,
            ],
        };
    }
}

/**
 * Werkwijze rules (regels.md "Werkwijze"; guide H5 "Werkwijze kiezen en wisselen", B2 "De kern
 * van de vijf werkwijzen", "Voorscheider"): the werkwijze fits the opgave, its history is
 * consistent, its phases follow each other with go decisions and documents, a programma has a DIN.
 */
import { FASEN } from '../model/werkwijzen.js';
import type { Fase, Opdracht } from '../model/types.js';
import type { RegelContext } from './context.js';
import { plaats } from '../model/locatie.js';
import { q } from './context.js';
import { isAfgesloten } from '../model/navigatie.js';

/** The phases of an opdracht that belong to its werkwijze (others are `fase-onbekend`'s). */
function eigenFasen(o: Opdracht): (Fase & { positie: number })[] {
    return o.fasen.filter((f): f is Fase & { positie: number } => f.positie !== undefined);
}

/** Index in `historie` where the final run of the current werkwijze starts (length when absent). */
function startHuidigeWerkwijze(o: Opdracht): number {
    let i = o.historie.length;
    while (i > 0 && o.historie[i - 1].werkwijze === o.werkwijze) {
        i--;
    }
    return i === o.historie.length ? o.historie.length : i;
}

/** `bestuursproces-eerst`: a project, programma or routine with no bestuursproces before it. */
export function bestuursprocesEerst(ctx: RegelContext): void {
    for (const o of ctx.portfolio.opdrachten) {
        if (o.werkwijze !== 'project' && o.werkwijze !== 'programma' && o.werkwijze !== 'routine') {
            continue;
        }
        const start = startHuidigeWerkwijze(o);
        if (o.historie.slice(0, start).some((h) => h.werkwijze === 'bestuursproces')) {
            continue;
        }
        const eigenStart =
            (o.periode?.start.geldig ? o.periode.start.tekst : undefined) ?? (o.vastgesteld?.geldig ? o.vastgesteld.tekst : undefined);
        const anderVooraf = (o.opgave?.opdrachten ?? []).some(
            (ander) =>
                ander !== o &&
                ander.werkwijze === 'bestuursproces' &&
                ander.periode?.start.geldig &&
                (eigenStart === undefined || ander.periode.start.tekst < eigenStart),
        );
        if (anderVooraf) {
            continue;
        }
        const eersteDatum = o.historie[0]?.datum.tekst ?? o.vastgesteld?.tekst ?? ctx.instellingen.peildatum;
        const historieBron = o.historie[0]?.bron;
        ctx.meld(
            'bestuursproces-eerst',
            plaats(o.bron, 'werkwijze'),
            `Voor ${o.werkwijze} ${q(o.id)} is geen bestuursproces doorlopen: de historie noemt er geen en er is geen eerdere opdracht met werkwijze bestuursproces voor deze opgave. Verken eerst met bestuur en spelers wat de opgave is, en leg dat vast in de historie.`,
            historieBron ? { invoegen: { tekst: `${eersteDatum} bestuursproces "…"\n`, positie: historieBron.range.start } } : undefined,
        );
    }
}

/** `werkwijze-past-niet-bij-voorscheider`: project for a zoekproces, or programma for a maakproces. */
export function werkwijzePastNietBijVoorscheider(ctx: RegelContext): void {
    for (const o of ctx.portfolio.opdrachten) {
        const uitkomst = o.opgave?.effectieveVoorscheider;
        if (!uitkomst) {
            continue;
        }
        const van =
            uitkomst.van === o.opgave
                ? `opgave ${q(uitkomst.van.id)}`
                : `opgave ${q(uitkomst.van.id)} (waar ${q(o.opgave!.id)} deel van is)`;
        if (o.werkwijze === 'project' && uitkomst.proces === 'zoekproces') {
            ctx.meld(
                'werkwijze-past-niet-bij-voorscheider',
                plaats(o.bron, 'werkwijze'),
                `De voorscheider van ${van} scoort ${String(uitkomst.score).replace('.', ',')}: een zoekproces. Een project vraagt een bekend resultaat; overweeg een programma of eerst een bestuursproces.`,
            );
        } else if (o.werkwijze === 'programma' && uitkomst.proces === 'maakproces') {
            ctx.meld(
                'werkwijze-past-niet-bij-voorscheider',
                plaats(o.bron, 'werkwijze'),
                `De voorscheider van ${van} scoort ${String(uitkomst.score).replace('.', ',')}: een maakproces. Daar past een project beter dan een programma.`,
            );
        }
    }
}

/** `werkwijze-historie-strijdig`: the last historie entry is not the current werkwijze, or entries out of date order. */
export function werkwijzeHistorieStrijdig(ctx: RegelContext): void {
    for (const o of ctx.portfolio.opdrachten) {
        const h = o.historie;
        for (let i = 1; i < h.length; i++) {
            if (h[i].datum.geldig && h[i - 1].datum.geldig && h[i].datum.tekst < h[i - 1].datum.tekst) {
                ctx.meld(
                    'werkwijze-historie-strijdig',
                    plaats(h[i].bron, 'datum'),
                    `De historie van ${q(o.id)} staat niet op datum: ${h[i].datum.tekst} komt na ${h[i - 1].datum.tekst}. Zet de regels van oud naar nieuw.`,
                );
            }
        }
        const laatste = h.at(-1);
        // An unreadable werkwijze word (syntax error) is the `syntaxis` finding's, not a contradiction.
        if (laatste?.werkwijze && o.werkwijze && laatste.werkwijze !== o.werkwijze) {
            ctx.meld(
                'werkwijze-historie-strijdig',
                plaats(laatste.bron, 'werkwijze'),
                `De laatste regel van de historie van ${q(o.id)} noemt ${laatste.werkwijze}, maar de werkwijze is ${o.werkwijze}. Voeg de wissel naar ${o.werkwijze} toe aan de historie of verbeter de werkwijze.`,
            );
        }
    }
}

/** `werkwijze-wissel-onderbouwd`: a werkwijze change without reason or without afstemming with an opdrachtgever. */
export function werkwijzeWisselOnderbouwd(ctx: RegelContext): void {
    for (const o of ctx.portfolio.opdrachten) {
        // Who may agree to a change: the opdrachtgevers, for a routine (or unknown werkwijze) the eigenaar.
        const bevoegd = [
            ...(o.werkwijze === 'routine'
                ? []
                : [...(o.driehoek?.bestuurlijkOpdrachtgevers ?? []), ...(o.driehoek?.ambtelijkOpdrachtgevers ?? [])]),
            ...(o.werkwijze === 'routine' || !o.werkwijze ? [o.eigenaar].filter((b) => b !== undefined) : []),
        ];
        const opdrachtgevers = new Set(bevoegd.map((b) => b.naam));
        // Nobody to agree with, or an unknown name: `driehoek-onvolledig`, `routine-zonder-eigenaar`
        // or `onbekende-verwijzing` reports that; the afstemming cannot be judged.
        const afstemmingTeBeoordelen = bevoegd.length > 0 && bevoegd.every((b) => b.persoon);
        const wie = o.werkwijze === 'routine' ? 'de eigenaar' : 'een bestuurlijk of ambtelijk opdrachtgever';
        o.historie.forEach((h, i) => {
            const vorige = o.historie[i - 1]?.werkwijze;
            // A change is only judged between two readable werkwijze words.
            if (!vorige || !h.werkwijze || h.werkwijze === vorige) {
                return;
            }
            const mist: string[] = [];
            if (!h.reden) {
                mist.push('een reden');
            }
            if (afstemmingTeBeoordelen && !h.afgestemdMet.some((b) => opdrachtgevers.has(b.naam))) {
                mist.push(`afstemming met ${wie} (afgestemd-met)`);
            }
            if (mist.length > 0) {
                ctx.meld(
                    'werkwijze-wissel-onderbouwd',
                    plaats(h.bron, 'werkwijze'),
                    `De wissel van ${vorige} naar ${h.werkwijze} bij ${q(o.id)} mist ${mist.join(' en ')}. Een andere werkwijze verandert de afspraken; leg vast waarom en met wie.`,
                );
            }
        });
    }
}

/** `fase-onbekend`: a phase that does not belong to the werkwijze, or phases on a werkwijze without phases. */
export function faseOnbekend(ctx: RegelContext): void {
    for (const o of ctx.portfolio.opdrachten) {
        if (!o.werkwijze) {
            continue;
        }
        const namen = FASEN[o.werkwijze].map((f) => f.naam);
        for (const f of o.fasen) {
            if (f.positie !== undefined) {
                continue;
            }
            const bericht =
                namen.length === 0
                    ? `Een ${o.werkwijze} kent geen vaste fasen; ${q(f.naam)} hoort hier niet.${o.werkwijze === 'bestuursproces' ? ' Volg de voortgang met volgende-stap.' : ''}`
                    : `${q(f.naam)} is geen fase van een ${o.werkwijze}. De fasen zijn: ${namen.join(', ')}.`;
            ctx.meld('fase-onbekend', plaats(f.bron, 'naam'), bericht);
        }
    }
}

/** `fase-volgorde`: phases out of order, started before earlier ones are afgerond, or completion dates going backwards. */
export function faseVolgorde(ctx: RegelContext): void {
    for (const o of ctx.portfolio.opdrachten) {
        const fasen = eigenFasen(o);
        const gemeld = new Set<Fase>();
        const meld = (f: Fase, bericht: string): void => {
            if (!gemeld.has(f)) {
                gemeld.add(f);
                ctx.meld('fase-volgorde', plaats(f.bron, 'naam'), bericht);
            }
        };
        for (let i = 1; i < fasen.length; i++) {
            if (fasen[i].positie <= fasen[i - 1].positie) {
                meld(
                    fasen[i],
                    `Fase ${q(fasen[i].naam)} staat na ${q(fasen[i - 1].naam)}, maar komt in een ${o.werkwijze ?? 'opdracht'} ${fasen[i].positie === fasen[i - 1].positie ? 'maar één keer voor' : 'eerder'}. Zet de fasen in de vaste volgorde.`,
                );
            }
        }
        for (const f of fasen) {
            if (f.toestand !== 'actief' && f.toestand !== 'afgerond') {
                continue;
            }
            const open = fasen.find((e) => e.positie < f.positie && e.toestand !== 'afgerond');
            if (open) {
                meld(
                    f,
                    `Fase ${q(f.naam)} is ${f.toestand}, terwijl de eerdere fase ${q(open.naam)} nog niet is afgerond. Rond eerst ${q(open.naam)} af.`,
                );
            }
        }
        const afgerond = [...fasen].sort((a, b) => a.positie - b.positie).filter((f) => f.toestand === 'afgerond' && f.datum?.geldig);
        for (let i = 1; i < afgerond.length; i++) {
            if (afgerond[i].datum!.tekst < afgerond[i - 1].datum!.tekst) {
                meld(
                    afgerond[i],
                    `Fase ${q(afgerond[i].naam)} is afgerond op ${afgerond[i].datum!.tekst}, vóór de eerdere fase ${q(afgerond[i - 1].naam)} (${afgerond[i - 1].datum!.tekst}). Controleer de data.`,
                );
            }
        }
    }
}

/** `go-besluit-ontbreekt`: a phase started while the previous (afgerond) phase has no `besluit go`. */
export function goBesluitOntbreekt(ctx: RegelContext): void {
    for (const o of ctx.portfolio.opdrachten) {
        const fasen = eigenFasen(o);
        for (const f of fasen) {
            if (f.toestand !== 'actief' && f.toestand !== 'afgerond') {
                continue;
            }
            const vorige = fasen.find((e) => e.positie === f.positie - 1);
            if (vorige && vorige.toestand === 'afgerond' && vorige.besluit !== 'go') {
                const wat = vorige.besluit === 'no-go' ? 'een no-go-besluit' : 'geen go-besluit';
                ctx.meld(
                    'go-besluit-ontbreekt',
                    plaats(vorige.bron, vorige.besluit ? 'besluit' : 'naam'),
                    `Fase ${q(f.naam)} van ${q(o.id)} is ${f.toestand}, maar ${q(vorige.naam)} is afgesloten met ${wat}. Leg het go-besluit vast (besluit go) of stop de fase.`,
                );
            }
        }
    }
}

/** `beslisdocument-ontbreekt`: an afgerond project/programma phase without its decision document. */
export function beslisdocumentOntbreekt(ctx: RegelContext): void {
    for (const o of ctx.portfolio.opdrachten) {
        if (o.werkwijze !== 'project' && o.werkwijze !== 'programma') {
            continue;
        }
        for (const f of eigenFasen(o)) {
            const nodig = FASEN[o.werkwijze][f.positie].beslisdocumenten;
            if (f.toestand !== 'afgerond' || nodig.length === 0 || f.documenten.some((d) => nodig.includes(d.soort))) {
                continue;
            }
            const eind = f.bron.range.end;
            const tekst =
                nodig[0] === 'jaarplan'
                    ? ` document jaarplan ${f.datum?.tekst.slice(0, 4) ?? ctx.instellingen.peildatum.slice(0, 4)} "…"`
                    : ` document ${nodig[0]} "…"`;
            ctx.meld(
                'beslisdocument-ontbreekt',
                plaats(f.bron, 'naam'),
                `Fase ${q(f.naam)} van ${q(o.id)} is afgerond zonder ${nodig.join(' of ')}. Het besluit om verder te gaan hoort op dat document te rusten; voeg het toe (document ${nodig[0]} "…").`,
                { invoegen: { tekst, positie: eind } },
            );
        }
    }
}

/** `jaarplan-ontbreekt`: a programma in uitvoering without a jaarplan for the peildatum's year. */
export function jaarplanOntbreekt(ctx: RegelContext): void {
    const jaar = Number(ctx.instellingen.peildatum.slice(0, 4));
    for (const o of ctx.portfolio.opdrachten) {
        if (o.werkwijze !== 'programma') {
            continue;
        }
        const uitvoering = eigenFasen(o).find((f) => f.naam === 'uitvoering');
        if (uitvoering?.toestand !== 'actief') {
            continue;
        }
        const heeft = o.fasen.some((f) => f.documenten.some((d) => d.soort === 'jaarplan' && d.jaar === jaar));
        if (!heeft) {
            ctx.meld(
                'jaarplan-ontbreekt',
                plaats(uitvoering.bron, 'naam'),
                `Programma ${q(o.id)} is in uitvoering maar heeft geen jaarplan voor ${jaar}. Voeg het toe: document jaarplan ${jaar} "…".`,
            );
        }
    }
}

/** `din-onvolledig`: a programma without doelen or without inspanningen. */
export function dinOnvolledig(ctx: RegelContext): void {
    for (const o of ctx.portfolio.opdrachten) {
        if (o.werkwijze !== 'programma') {
            continue;
        }
        const mist = [o.doelen.length === 0 && 'doelen', o.inspanningen.length === 0 && 'inspanningen'].filter(Boolean);
        if (mist.length > 0) {
            ctx.meld(
                'din-onvolledig',
                plaats(o.bron),
                `Programma ${q(o.id)} heeft geen ${mist.join(' en geen ')}. Een programma stuurt op doelen via inspanningen: leg beide vast.`,
            );
        }
    }
}

/** `doel-zonder-inspanning`: a doel that no inspanning contributes to. */
export function doelZonderInspanning(ctx: RegelContext): void {
    for (const o of ctx.portfolio.opdrachten) {
        if (o.inspanningen.length === 0) {
            continue; // `din-onvolledig`
        }
        for (const d of o.doelen) {
            if (d.inspanningen.length === 0) {
                ctx.meld(
                    'doel-zonder-inspanning',
                    plaats(d.bron),
                    `Aan doel ${q(d.id)} van ${q(o.id)} draagt geen inspanning bij. Koppel een inspanning (draagt-bij-aan ${d.id}) of schrap het doel.`,
                );
            }
        }
    }
}

/** `inspanning-zonder-doel`: an inspanning that contributes to no doel. */
export function inspanningZonderDoel(ctx: RegelContext): void {
    for (const o of ctx.portfolio.opdrachten) {
        if (o.doelen.length === 0) {
            continue; // `din-onvolledig`
        }
        for (const i of o.inspanningen) {
            if (i.doelenGenoemd === 0) {
                ctx.meld(
                    'inspanning-zonder-doel',
                    plaats(i.bron),
                    `Inspanning ${q(i.id)} van ${q(o.id)} draagt aan geen doel bij. Noem het doel (draagt-bij-aan <doel>) of heroverweeg de inspanning.`,
                );
            }
        }
    }
}

/** `project-beheersaspecten`: a project without end date or without `kwaliteit`. */
export function projectBeheersaspecten(ctx: RegelContext): void {
    for (const o of ctx.portfolio.opdrachten) {
        if (o.werkwijze !== 'project') {
            continue;
        }
        const mist = [!o.periode?.eind && 'einddatum (periode … tot …)', !o.kwaliteit && 'kwaliteitsnorm (kwaliteit "…")'].filter(Boolean);
        if (mist.length > 0) {
            ctx.meld(
                'project-beheersaspecten',
                plaats(o.bron),
                `Project ${q(o.id)} heeft geen ${mist.join(' en geen ')}. Een project stuurt op tijd, geld en kwaliteit; leg ze alle drie vast.`,
            );
        }
    }
}

/** `improvisatie-onbegrensd`: an improvisatie without end date. */
export function improvisatieOnbegrensd(ctx: RegelContext): void {
    for (const o of ctx.portfolio.opdrachten) {
        if (o.werkwijze === 'improvisatie' && !o.periode?.eind) {
            ctx.meld(
                'improvisatie-onbegrensd',
                plaats(o.bron, 'periode'),
                `Improvisatie ${q(o.id)} heeft geen einddatum. Begrens de ruimte voor improvisatie in tijd (periode … tot …).`,
            );
        }
    }
}

/** `volgende-stap-ontbreekt`: a running bestuursproces without `volgende-stap`. */
export function volgendeStapOntbreekt(ctx: RegelContext): void {
    for (const o of ctx.portfolio.opdrachten) {
        if (o.werkwijze === 'bestuursproces' && !isAfgesloten(o) && !o.volgendeStap) {
            ctx.meld(
                'volgende-stap-ontbreekt',
                plaats(o.bron),
                `Bestuursproces ${q(o.id)} noemt geen volgende stap. Een bestuursproces volg je aan de stap waar je naartoe werkt (volgende-stap "…").`,
            );
        }
    }
}

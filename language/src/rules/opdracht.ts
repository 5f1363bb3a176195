/**
 * Opdracht rules (regels.md "Opdracht"; guide H2 "Randvoorwaarden voor het opgavegericht werken
 * aan een opdracht"): an opdracht serves an opgave, has a werkwijze, frames, means, and is reviewed.
 */
import { plusMaanden } from '../model/datum.js';
import { isAfgesloten } from '../model/navigatie.js';
import { plaats } from '../model/locatie.js';
import type { FixData, RegelContext } from './context.js';
import { q } from './context.js';

/** `opdracht-zonder-opgave`: no `voor <opgave>`. */
export function opdrachtZonderOpgave(ctx: RegelContext): void {
    for (const o of ctx.portfolio.opdrachten) {
        if (o.opgaveNaam === undefined) {
            ctx.meld(
                'opdracht-zonder-opgave',
                plaats(o.bron),
                `Opdracht ${q(o.id)} zegt niet voor welke opgave ze is. Schrijf achter de naam: voor <opgave>.`,
            );
        }
    }
}

/** `werkwijze-ontbreekt`: no `werkwijze`. */
export function werkwijzeOntbreekt(ctx: RegelContext): void {
    for (const o of ctx.portfolio.opdrachten) {
        if (!o.werkwijze) {
            ctx.meld(
                'werkwijze-ontbreekt',
                plaats(o.bron),
                `Opdracht ${q(o.id)} heeft geen werkwijze. Kies routine, project, programma, bestuursproces of improvisatie.`,
            );
        }
    }
}

/** `situatie-onbeschreven`: the opdracht's opgave lacks huidige- or gewenste-situatie. */
export function situatieOnbeschreven(ctx: RegelContext): void {
    for (const o of ctx.portfolio.opdrachten) {
        const opgave = o.opgave;
        if (!opgave) {
            continue;
        }
        const mist = [!opgave.huidigeSituatie && 'huidige-situatie', !opgave.gewensteSituatie && 'gewenste-situatie'].filter(Boolean);
        if (mist.length > 0) {
            ctx.meld(
                'situatie-onbeschreven',
                plaats(o.bron, 'opgave'),
                `Opgave ${q(opgave.id)} van deze opdracht beschrijft geen ${mist.join(' en geen ')}. Zonder begin- en eindbeeld is niet te zien wat de opdracht moet opleveren.`,
            );
        }
    }
}

/** `kaders-ontbreken`: neither `kaders` nor `criteria`. */
export function kadersOntbreken(ctx: RegelContext): void {
    for (const o of ctx.portfolio.opdrachten) {
        if (o.kaders.length === 0 && o.criteria.length === 0) {
            ctx.meld(
                'kaders-ontbreken',
                plaats(o.bron),
                `Opdracht ${q(o.id)} noemt geen kaders en geen criteria. Leg vast binnen welke grenzen gewerkt wordt (kaders "…") of waaraan het resultaat moet voldoen (criteria "…").`,
            );
        }
    }
}

/** `middelen-ontbreken`: an opdracht that is not a routine without budget or capaciteit. */
export function middelenOntbreken(ctx: RegelContext): void {
    for (const o of ctx.portfolio.opdrachten) {
        if (o.werkwijze === 'routine') {
            continue;
        }
        const mist = [o.budget === undefined && 'budget (euro)', o.capaciteit === undefined && 'capaciteit (fte)'].filter(Boolean);
        if (mist.length > 0) {
            ctx.meld(
                'middelen-ontbreken',
                plaats(o.bron),
                `Opdracht ${q(o.id)} heeft geen ${mist.join(' en geen ')}. Een opdracht zonder middelen is een wens; leg vast wat er beschikbaar is.`,
            );
        }
    }
}

/** `herijking-verlopen`: the last review (or issue) is more than the term before the peildatum. */
export function herijkingVerlopen(ctx: RegelContext): void {
    const { peildatum, herijkingTermijnMaanden: termijn } = ctx.instellingen;
    for (const o of ctx.portfolio.opdrachten) {
        if (isAfgesloten(o)) {
            continue;
        }
        const data = [o.vastgesteld, o.herijkt].filter((d) => d !== undefined);
        const geldig = data
            .filter((d) => d.geldig)
            .map((d) => d.tekst)
            .sort();
        if (data.length > 0 && geldig.length === 0) {
            continue; // only invalid dates: `ongeldige-datum` reports them
        }
        const laatste = geldig.at(-1);
        // The fix inserts `herijkt <peildatum>` before the closing brace (computed only when reported).
        const fix = (): FixData | undefined => {
            const eind = o.bron.node.$cstNode?.range.end;
            return eind ? { invoegen: { tekst: `herijkt ${peildatum}`, positie: eind } } : undefined;
        };
        if (laatste === undefined) {
            ctx.meld(
                'herijking-verlopen',
                plaats(o.bron),
                `Opdracht ${q(o.id)} heeft geen datum van vaststelling of herijking. Leg vast wanneer de opdracht is vastgesteld of voor het laatst herijkt.`,
                fix(),
            );
        } else if (plusMaanden(laatste, termijn) < peildatum) {
            ctx.meld(
                'herijking-verlopen',
                plaats(o.bron, o.herijkt?.tekst === laatste ? 'herijkt' : 'vastgesteld'),
                `Opdracht ${q(o.id)} is sinds ${laatste} niet herijkt: langer dan ${termijn} maanden voor de peildatum ${peildatum}. Bespreek de opdracht opnieuw en leg de datum vast met herijkt.`,
                fix(),
            );
        }
    }
}

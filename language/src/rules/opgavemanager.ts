/**
 * Opgavemanager and thema rules (regels.md "Opgavemanager and thema"; guide H4 "De
 * opgavemanager", "Varianten in de sturingsdriehoek").
 */
import { themaVan } from '../model/navigatie.js';
import type { Opdracht, Thema } from '../model/types.js';
import type { RegelContext } from './context.js';
import { plaats } from '../model/locatie.js';
import { q } from './context.js';
import { passendeFuncties } from '../model/rollen.js';

/** True when one of the opdracht's ambtelijk opdrachtgevers is the thema's opgavemanager. */
function opgavemanagerIsAmbtelijkOpdrachtgever(o: Opdracht, thema: Thema): boolean {
    return (o.driehoek?.ambtelijkOpdrachtgevers ?? []).some((b) => b.naam === thema.opgavemanagerNaam);
}

/** `thema-zonder-opgavemanager`: a thema without `opgavemanager`. */
export function themaZonderOpgavemanager(ctx: RegelContext): void {
    for (const t of ctx.portfolio.themas) {
        if (t.opgavemanagerNaam === undefined) {
            ctx.meld(
                'thema-zonder-opgavemanager',
                plaats(t.bron),
                `Thema ${q(t.id)} heeft geen opgavemanager. Wijs iemand aan die over alle opgaven van dit thema het overzicht houdt (opgavemanager <persoon>).`,
            );
        }
    }
}

/** `opgavemanager-functie`: the thema's opgavemanager lacks functie opgavemanager (basismodel: dt-lid/mt-lid fit too). */
export function opgavemanagerFunctie(ctx: RegelContext): void {
    const passend = ctx.portfolio.besturingsmodel === 'basismodel' ? ['opgavemanager', 'dt-lid', 'mt-lid'] : ['opgavemanager'];
    for (const t of ctx.portfolio.themas) {
        const p = t.opgavemanager;
        if (p && !p.functies.some((f) => passend.includes(f))) {
            ctx.meld(
                'opgavemanager-functie',
                plaats(t.bron, 'opgavemanager'),
                `${q(p.id)} is opgavemanager van thema ${q(t.id)} maar heeft niet de functie ${passend.join(' of ')}. Geef de persoon die functie of kies een ander.`,
            );
        }
    }
}

/** `opgavemanager-als-sturingsprofessional`: an opgavemanager who is also an opdracht's sturingsprofessional. */
export function opgavemanagerAlsSturingsprofessional(ctx: RegelContext): void {
    for (const o of ctx.portfolio.opdrachten) {
        for (const b of o.driehoek?.sturingsprofessionals ?? []) {
            const p = b.persoon;
            if (p && p.functies.includes('opgavemanager') && passendeFuncties(p, 'sturingsprofessional').length > 0) {
                ctx.meld(
                    'opgavemanager-als-sturingsprofessional',
                    b.bron,
                    `${q(p.id)} is opgavemanager en tegelijk sturingsprofessional van ${q(o.id)}. De opgavemanager stuurt boven de sturingsprofessionals; laat een ander deze opdracht leiden.`,
                );
            }
        }
    }
}

/** `ambtelijk-opdrachtgever-model`: under model-1 the ambtelijk opdrachtgever is not the thema's opgavemanager. */
export function ambtelijkOpdrachtgeverModel(ctx: RegelContext): void {
    if (ctx.portfolio.besturingsmodel !== 'model-1') {
        return;
    }
    for (const o of ctx.portfolio.opdrachten) {
        const thema = themaVan(o.opgave);
        const ao = o.driehoek?.ambtelijkOpdrachtgevers ?? [];
        if (thema?.opgavemanagerNaam && ao.length > 0 && !opgavemanagerIsAmbtelijkOpdrachtgever(o, thema)) {
            ctx.meld(
                'ambtelijk-opdrachtgever-model',
                ao[0].bron,
                `In model 1 is de opgavemanager van thema ${q(thema.id)} (${q(thema.opgavemanagerNaam)}) ook ambtelijk opdrachtgever; bij ${q(o.id)} is dat ${ao.map((b) => q(b.naam)).join(', ')}.`,
            );
        }
    }
}

/** `rolverdeling-ontbreekt`: under model-2/3 an ambtelijk opdrachtgever other than the opgavemanager and no `rolverdeling`. */
export function rolverdelingOntbreekt(ctx: RegelContext): void {
    if (ctx.portfolio.besturingsmodel !== 'model-2' && ctx.portfolio.besturingsmodel !== 'model-3') {
        return;
    }
    for (const o of ctx.portfolio.opdrachten) {
        const thema = themaVan(o.opgave);
        const ao = o.driehoek?.ambtelijkOpdrachtgevers ?? [];
        if (thema?.opgavemanagerNaam && ao.length > 0 && !opgavemanagerIsAmbtelijkOpdrachtgever(o, thema) && !o.rolverdeling) {
            ctx.meld(
                'rolverdeling-ontbreekt',
                plaats(o.bron),
                `Bij ${q(o.id)} is ${ao.map((b) => q(b.naam)).join(', ')} ambtelijk opdrachtgever en ${q(thema.opgavemanagerNaam)} opgavemanager. Leg in rolverdeling "…" vast wie wat doet.`,
            );
        }
    }
}

/**
 * Afronding, baten and leren rules (regels.md "Afronding, baten, leren"; guide H3
 * "Batenmanagement", H6 "Opgavegericht leren", B2).
 */
import type { Fase } from '../model/types.js';
import type { RegelContext } from './context.js';
import { plaats } from '../model/locatie.js';
import { q } from './context.js';

const gestart = (f: Fase | undefined): boolean => f?.toestand === 'actief' || f?.toestand === 'afgerond';

/** `overdracht-ontbreekt`: a project/programma in its last phase or afgerond has no `overdracht aan`. */
export function overdrachtOntbreekt(ctx: RegelContext): void {
    for (const o of ctx.portfolio.opdrachten) {
        if (o.werkwijze !== 'project' && o.werkwijze !== 'programma') {
            continue;
        }
        const slotfase = o.werkwijze === 'project' ? 'nazorg' : 'afbouw';
        const inSlot = o.fasen.some((f) => f.positie !== undefined && f.naam === slotfase && gestart(f));
        if ((inSlot || o.status === 'afgerond') && !o.overdracht) {
            ctx.meld(
                'overdracht-ontbreekt',
                plaats(o.bron),
                `${o.werkwijze} ${q(o.id)} is ${o.status === 'afgerond' ? 'afgerond' : `in de ${slotfase}`} maar zegt niet aan wie het resultaat wordt overgedragen. Leg vast: overdracht aan <persoon> "…".`,
            );
        }
    }
}

/** `decharge-ontbreekt`: an afgerond project, programma or bestuursproces without `decharge`. */
export function dechargeOntbreekt(ctx: RegelContext): void {
    for (const o of ctx.portfolio.opdrachten) {
        if (
            (o.werkwijze === 'project' || o.werkwijze === 'programma' || o.werkwijze === 'bestuursproces') &&
            o.status === 'afgerond' &&
            !o.decharge
        ) {
            ctx.meld(
                'decharge-ontbreekt',
                plaats(o.bron, 'status'),
                `${o.werkwijze} ${q(o.id)} is afgerond maar heeft geen decharge. Leg vast wanneer de tijdelijke organisatie is ontbonden (decharge JJJJ-MM-DD).`,
            );
        }
    }
}

/** `lessen-ontbreken`: an afgerond or gestopt opdracht without `lessen`. */
export function lessenOntbreken(ctx: RegelContext): void {
    for (const o of ctx.portfolio.opdrachten) {
        if ((o.status === 'afgerond' || o.status === 'gestopt') && o.lessen.length === 0) {
            ctx.meld(
                'lessen-ontbreken',
                plaats(o.bron, 'status'),
                `Opdracht ${q(o.id)} is ${o.status} zonder vastgelegde lessen. Schrijf op wat je volgende keer anders doet (lessen { les JJJJ-MM-DD "…" }).`,
            );
        }
    }
}

/** `status-strijdig`: status afgerond with a phase still actief/gepland; voorbereiding with a phase afgerond. */
export function statusStrijdig(ctx: RegelContext): void {
    for (const o of ctx.portfolio.opdrachten) {
        const eigen = o.fasen.filter((f) => f.positie !== undefined);
        if (o.status === 'afgerond') {
            const open = eigen.filter((f) => f.toestand === 'actief' || f.toestand === 'gepland');
            if (open.length > 0) {
                ctx.meld(
                    'status-strijdig',
                    plaats(o.bron, 'status'),
                    `Opdracht ${q(o.id)} heeft status afgerond, maar fase ${open.map((f) => q(f.naam)).join(', ')} is nog ${open[0].toestand}. Rond de fasen af of pas de status aan.`,
                );
            }
        } else if (o.status === 'voorbereiding') {
            const klaar = eigen.filter((f) => f.toestand === 'afgerond');
            if (klaar.length > 0) {
                ctx.meld(
                    'status-strijdig',
                    plaats(o.bron, 'status'),
                    `Opdracht ${q(o.id)} staat nog in voorbereiding, maar fase ${klaar.map((f) => q(f.naam)).join(', ')} is al afgerond. Zet de status op lopend.`,
                );
            }
        }
    }
}

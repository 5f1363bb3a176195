/**
 * Sturingsdriehoek rules (regels.md "Sturingsdriehoek"; guide H4 "De sturingsdriehoek", B1):
 * each temporary opdracht has a bestuurlijk opdrachtgever, an ambtelijk opdrachtgever and a
 * sturingsprofessional, three different people whose functies fit.
 */
import { MET_DRIEHOEK, PASSENDE_STURINGSPROFESSIONAL } from '../model/werkwijzen.js';
import type { DriehoekRolNaam, Rolbezetting } from '../model/types.js';
import type { RegelContext } from './context.js';
import { plaats } from '../model/locatie.js';
import { q } from './context.js';
import { passendeFuncties } from '../model/rollen.js';

const ROL_TEKST: Record<DriehoekRolNaam, string> = {
    'bestuurlijk-opdrachtgever': 'bestuurlijk opdrachtgever',
    'ambtelijk-opdrachtgever': 'ambtelijk opdrachtgever',
    sturingsprofessional: 'sturingsprofessional',
};

/** `driehoek-onvolledig`: a project, programma or bestuursproces misses a driehoek role. */
export function driehoekOnvolledig(ctx: RegelContext): void {
    for (const o of ctx.portfolio.opdrachten) {
        if (!o.werkwijze || !MET_DRIEHOEK.has(o.werkwijze)) {
            continue;
        }
        const d = o.driehoek;
        if (!d) {
            ctx.meld(
                'driehoek-onvolledig',
                plaats(o.bron),
                `${o.werkwijze} ${q(o.id)} heeft geen sturingsdriehoek. Voeg een blok driehoek { … } toe met een bestuurlijk opdrachtgever, een ambtelijk opdrachtgever en een sturingsprofessional.`,
            );
            continue;
        }
        const sluit = d.bron.range.end;
        const voorSluiten = { line: sluit.line, character: Math.max(0, sluit.character - 1) };
        for (const [rol, bezetting] of rollenVan(d)) {
            if (bezetting.length === 0) {
                ctx.meld(
                    'driehoek-onvolledig',
                    plaats(d.bron),
                    `In de driehoek van ${q(o.id)} ontbreekt de ${ROL_TEKST[rol]}. Vul de regel ${rol} <persoon> aan.`,
                    { invoegen: { tekst: `    ${rol} \n`, positie: voorSluiten } },
                );
            }
        }
    }
}

/** The three roles of a driehoek with their occupants. */
function rollenVan(d: {
    bestuurlijkOpdrachtgevers: readonly Rolbezetting[];
    ambtelijkOpdrachtgevers: readonly Rolbezetting[];
    sturingsprofessionals: readonly Rolbezetting[];
}): [DriehoekRolNaam, readonly Rolbezetting[]][] {
    return [
        ['bestuurlijk-opdrachtgever', d.bestuurlijkOpdrachtgevers],
        ['ambtelijk-opdrachtgever', d.ambtelijkOpdrachtgevers],
        ['sturingsprofessional', d.sturingsprofessionals],
    ];
}

/** `rolzuiverheid`: one person in two roles of the same driehoek. */
export function rolzuiverheid(ctx: RegelContext): void {
    for (const o of ctx.portfolio.opdrachten) {
        if (!o.driehoek) {
            continue;
        }
        const eerste = new Map<string, DriehoekRolNaam>();
        for (const [rol, bezetting] of rollenVan(o.driehoek)) {
            for (const b of bezetting) {
                const al = eerste.get(b.naam);
                if (al === undefined) {
                    eerste.set(b.naam, rol);
                } else if (al !== rol) {
                    ctx.meld(
                        'rolzuiverheid',
                        b.bron,
                        `${q(b.naam)} is in de driehoek van ${q(o.id)} al ${ROL_TEKST[al]} en kan niet ook ${ROL_TEKST[rol]} zijn. De rollen bewaken elkaar; geef deze rol aan een ander.`,
                    );
                }
            }
        }
    }
}

/** `sturingsprofessional-past-niet-bij-werkwijze`: a sturingsprofessional of the wrong kind for the werkwijze. */
export function sturingsprofessionalPastNietBijWerkwijze(ctx: RegelContext): void {
    for (const o of ctx.portfolio.opdrachten) {
        const passend = o.werkwijze ? PASSENDE_STURINGSPROFESSIONAL[o.werkwijze] : undefined;
        if (!passend || !o.driehoek) {
            continue;
        }
        for (const b of o.driehoek.sturingsprofessionals) {
            const p = b.persoon;
            if (!p) {
                continue;
            }
            const functies = passendeFuncties(p, 'sturingsprofessional');
            if (functies.length > 0 && !functies.includes(passend as (typeof functies)[number])) {
                ctx.meld(
                    'sturingsprofessional-past-niet-bij-werkwijze',
                    b.bron,
                    `Bij een ${o.werkwijze ?? 'opdracht'} past een ${passend} als sturingsprofessional; ${q(p.id)} is ${functies.join(' en ')}. Kies een ${passend} of heroverweeg de werkwijze.`,
                );
            }
        }
    }
}

/** `eindverantwoordelijke-ontbreekt`: several opdrachtgevers of one kind and none eindverantwoordelijk. */
export function eindverantwoordelijkeOntbreekt(ctx: RegelContext): void {
    for (const o of ctx.portfolio.opdrachten) {
        const d = o.driehoek;
        if (!d) {
            continue;
        }
        const eind = new Set(d.eindverantwoordelijk.map((e) => e.naam));
        for (const [rol, bezetting] of rollenVan(d).slice(0, 2)) {
            if (bezetting.length > 1 && !bezetting.some((b) => eind.has(b.naam))) {
                ctx.meld(
                    'eindverantwoordelijke-ontbreekt',
                    bezetting[0].bron,
                    `${q(o.id)} heeft ${bezetting.length} ${ROL_TEKST[rol]}s (${bezetting.map((b) => b.naam).join(', ')}) maar niemand is eindverantwoordelijk. Voeg in de driehoek toe: eindverantwoordelijk <persoon>.`,
                );
            }
        }
    }
}

/** `ambtelijk-opdrachtgever-lijnmanager`: the ambtelijk opdrachtgever fits only as lijnmanager. */
export function ambtelijkOpdrachtgeverLijnmanager(ctx: RegelContext): void {
    for (const o of ctx.portfolio.opdrachten) {
        for (const b of o.driehoek?.ambtelijkOpdrachtgevers ?? []) {
            const functies = b.persoon ? passendeFuncties(b.persoon, 'ambtelijk-opdrachtgever') : [];
            if (functies.length === 1 && functies[0] === 'lijnmanager') {
                ctx.meld(
                    'ambtelijk-opdrachtgever-lijnmanager',
                    b.bron,
                    `Ambtelijk opdrachtgever ${q(b.naam)} van ${q(o.id)} is alleen lijnmanager. Een lijnmanager stuurt op zijn eigen afdeling; beleg het ambtelijk opdrachtgeverschap bij een opgavemanager, MT- of DT-lid.`,
                );
            }
        }
    }
}

/** `raadsbesluit-ontbreekt`: `extra-budget` without a `raadsbesluit`. */
export function raadsbesluitOntbreekt(ctx: RegelContext): void {
    for (const o of ctx.portfolio.opdrachten) {
        if (o.extraBudget && !o.extraBudget.raadsbesluit) {
            ctx.meld(
                'raadsbesluit-ontbreekt',
                plaats(o.extraBudget.bron),
                `Opdracht ${q(o.id)} heeft extra budget buiten de begroting zonder raadsbesluit. Alleen de raad stelt extra middelen beschikbaar: noem het besluit (raadsbesluit "…").`,
            );
        }
    }
}

/** `routine-zonder-eigenaar`: a routine without `eigenaar`. */
export function routineZonderEigenaar(ctx: RegelContext): void {
    for (const o of ctx.portfolio.opdrachten) {
        if (o.werkwijze === 'routine' && !o.eigenaar) {
            ctx.meld(
                'routine-zonder-eigenaar',
                plaats(o.bron, 'werkwijze'),
                `Routine ${q(o.id)} heeft geen eigenaar. Routinewerk hoort in de lijn: noem de lijnmanager die het bezit (eigenaar <persoon>).`,
            );
        }
    }
}

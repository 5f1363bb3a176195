/**
 * `personen.md` (uitvoer.md "Reports"): per person the functies, every role held (driehoek roles,
 * routine eigenaar, opgavemanager, gebiedsmanager, overdracht), the number of active opdrachten
 * and the capacity of the opdrachten they steer against their `fte`.
 */
import type { CheckResultaat } from '../../language/src/check/checker.js';
import type { Opdracht, Persoon } from '../../language/src/model/types.js';
import { kop, type RapportOpties } from './index.js';
import { cel, code, fte, inline, naam, opId } from './tekst.js';

/** True when the opdracht still runs (not afgerond or gestopt), as `persoon-overbelast` counts. */
export function isActief(o: Opdracht): boolean {
    return o.status !== 'afgerond' && o.status !== 'gestopt';
}

interface Rol {
    readonly rol: string;
    readonly waar: string;
    readonly opdracht?: Opdracht;
}

/** Every role of a person, sorted by what it is about and then the role. */
export function rollenVan(p: CheckResultaat['portfolio'], persoon: Persoon): Rol[] {
    const uit: Rol[] = [];
    for (const o of [...p.opdrachten].sort(opId)) {
        const d = o.driehoek;
        const waar = `opdracht ${o.id}`;
        const heeft = (l: readonly { persoon?: Persoon }[] | undefined): boolean => (l ?? []).some((r) => r.persoon === persoon);
        if (heeft(d?.bestuurlijkOpdrachtgevers)) uit.push({ rol: 'bestuurlijk opdrachtgever', waar, opdracht: o });
        if (heeft(d?.ambtelijkOpdrachtgevers)) uit.push({ rol: 'ambtelijk opdrachtgever', waar, opdracht: o });
        if (heeft(d?.sturingsprofessionals)) uit.push({ rol: 'sturingsprofessional', waar, opdracht: o });
        if (heeft(d?.eindverantwoordelijk)) uit.push({ rol: 'eindverantwoordelijk', waar, opdracht: o });
        if (o.eigenaar?.persoon === persoon) uit.push({ rol: 'eigenaar (routine)', waar, opdracht: o });
        if (o.overdracht?.aan === persoon) uit.push({ rol: 'ontvangt de overdracht', waar, opdracht: o });
    }
    for (const t of [...p.themas].sort(opId)) {
        if (t.opgavemanager === persoon) uit.push({ rol: 'opgavemanager', waar: `thema ${t.id}` });
    }
    for (const g of [...p.gebieden].sort(opId)) {
        if (g.gebiedsmanager === persoon) uit.push({ rol: 'gebiedsmanager', waar: `gebied ${g.id}` });
    }
    return uit;
}

/**
 * Renders `personen.md`.
 * @returns Markdown with LF line endings, ending in a newline
 */
export function personenPagina(resultaat: CheckResultaat, opties: RapportOpties): string {
    const p = resultaat.portfolio;
    const uit: string[] = [kop(opties), '', '# Personen', '', '[← Portfolio](README.md)', ''];
    uit.push(
        '*Actief* telt de opdrachten (niet afgerond of gestopt) waarin iemand in de sturingsdriehoek zit. ' +
            '*Gevraagd* is de opgetelde capaciteit van de actieve opdrachten waarvan iemand sturingsprofessional of eigenaar is; ' +
            'dat is het werk dat die persoon aanstuurt, gezet naast de eigen `fte`.',
        '',
    );
    uit.push('| Persoon | Functies | Actief | Gevraagd (fte) | Beschikbaar (fte) | |', '|---|---|---:|---:|---:|---|');
    const personen = [...p.personen].sort(opId);
    for (const persoon of personen) {
        const rollen = rollenVan(p, persoon);
        const driehoek = new Set(
            rollen
                .filter((r) => r.opdracht && isActief(r.opdracht) && !r.rol.startsWith('eigenaar') && r.rol !== 'ontvangt de overdracht')
                .map((r) => r.opdracht),
        );
        const sturend = new Set(
            rollen
                .filter((r) => r.opdracht && isActief(r.opdracht) && (r.rol === 'sturingsprofessional' || r.rol.startsWith('eigenaar')))
                .map((r) => r.opdracht!),
        );
        const gevraagd = [...sturend].reduce((s, o) => s + (o.capaciteit ?? 0), 0);
        const teVeel = persoon.fte !== undefined && gevraagd > persoon.fte;
        uit.push(
            `| ${cel(naam(persoon))} (${code(persoon.id)}) | ${cel(persoon.functies.join(', '))} | ${driehoek.size} | ${sturend.size > 0 ? fte(gevraagd) : '—'} | ${fte(persoon.fte)} | ${teVeel ? '⚠ meer gevraagd dan beschikbaar' : ''} |`,
        );
    }
    uit.push('');
    for (const persoon of personen) {
        uit.push(`## ${inline(naam(persoon))} (${code(persoon.id)})`, '');
        uit.push(`Functies: ${persoon.functies.length > 0 ? persoon.functies.join(', ') : '—'} · fte: ${fte(persoon.fte)}`, '');
        const rollen = rollenVan(p, persoon);
        if (rollen.length === 0) {
            uit.push('Geen rollen.', '');
            continue;
        }
        for (const r of rollen) {
            const link = r.opdracht
                ? `[${inline(naam(r.opdracht))}](opdrachten/${encodeURIComponent(r.opdracht.id)}.md) (${code(r.opdracht.id)}, ${r.opdracht.status ?? 'zonder status'})`
                : code(r.waar);
            uit.push(`- ${r.rol}: ${link}`);
        }
        uit.push('');
    }
    return `${uit
        .join('\n')
        .replace(/\n{3,}/g, '\n\n')
        .trimEnd()}\n`;
}

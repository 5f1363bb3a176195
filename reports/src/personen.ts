/**
 * `personen.md` (uitvoer.md "Reports"): per person the functies, every role held (driehoek roles,
 * routine eigenaar, opgavemanager, gebiedsmanager, overdracht), the number of active opdrachten
 * and the capacity of the opdrachten they steer against their `fte`.
 */
import type { CheckResultaat } from '../../language/src/check/checker.js';
import type { Opdracht, Persoon } from '../../language/src/model/types.js';
import { isActief } from '../../language/src/model/navigatie.js';
import { kop } from './kop.js';
import type { RapportOpties } from './opties.js';
import { opdrachtPad } from './paden.js';
import { cel, code, fte, inline, naam, opId } from './tekst.js';

interface Rol {
    readonly rol: string;
    readonly waar: string;
    readonly opdracht?: Opdracht;
}

/**
 * Every role of every person, in one pass over the portfolio (linear in its size): per person the
 * roles in opdracht order (by id), then thema and gebied roles.
 */
export function rollenPerPersoon(p: CheckResultaat['portfolio']): Map<Persoon, Rol[]> {
    const perPersoon = new Map<Persoon, Rol[]>();
    // (rol, waar) pairs already listed per person: one person may hold a role in every opdracht.
    const gezien = new Map<Persoon, Set<string>>();
    const voeg = (persoon: Persoon | undefined, rol: Rol): void => {
        if (!persoon) {
            return;
        }
        const sleutel = `${rol.rol}\n${rol.waar}`;
        const lijst = perPersoon.get(persoon);
        if (!lijst) {
            perPersoon.set(persoon, [rol]);
            gezien.set(persoon, new Set([sleutel]));
        } else if (!gezien.get(persoon)!.has(sleutel)) {
            lijst.push(rol);
            gezien.get(persoon)!.add(sleutel);
        }
    };
    for (const o of [...p.opdrachten].sort(opId)) {
        const d = o.driehoek;
        const waar = `opdracht ${o.id}`;
        const rollen: [string, readonly { persoon?: Persoon }[] | undefined][] = [
            ['bestuurlijk opdrachtgever', d?.bestuurlijkOpdrachtgevers],
            ['ambtelijk opdrachtgever', d?.ambtelijkOpdrachtgevers],
            ['sturingsprofessional', d?.sturingsprofessionals],
            ['eindverantwoordelijk', d?.eindverantwoordelijk],
        ];
        for (const [rol, bezetting] of rollen) {
            for (const b of bezetting ?? []) {
                voeg(b.persoon, { rol, waar, opdracht: o });
            }
        }
        voeg(o.eigenaar?.persoon, { rol: 'eigenaar (routine)', waar, opdracht: o });
        voeg(o.overdracht?.aan, { rol: 'ontvangt de overdracht', waar, opdracht: o });
    }
    for (const t of [...p.themas].sort(opId)) {
        voeg(t.opgavemanager, { rol: 'opgavemanager', waar: `thema ${t.id}` });
    }
    for (const g of [...p.gebieden].sort(opId)) {
        voeg(g.gebiedsmanager, { rol: 'gebiedsmanager', waar: `gebied ${g.id}` });
    }
    return perPersoon;
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
    const alleRollen = rollenPerPersoon(p);
    for (const persoon of personen) {
        const rollen = alleRollen.get(persoon) ?? [];
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
        const rollen = alleRollen.get(persoon) ?? [];
        if (rollen.length === 0) {
            uit.push('Geen rollen.', '');
            continue;
        }
        for (const r of rollen) {
            const link = r.opdracht
                ? `[${inline(naam(r.opdracht))}](${encodeURI(opdrachtPad(resultaat.portfolio, r.opdracht.id))}) (${code(r.opdracht.id)}, ${r.opdracht.status ?? 'zonder status'})`
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

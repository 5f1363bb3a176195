/**
 * `driehoek-onvolledig`: a project, programma or bestuursproces misses a driehoek role.
 *
 * Guide: H4, De sturingsdriehoek; B1. Documentation: docs/regels/driehoek-onvolledig.md.
 */
import { plaats, plaatsVanSleutelwoord } from '../../model/locatie.js';
import { PASSENDE_FUNCTIES } from '../../model/rollen.js';
import { MET_DRIEHOEK, PASSENDE_STURINGSPROFESSIONAL } from '../../model/werkwijzen.js';
import { inspringing, voegRegelToe } from '../bewerk.js';
import type { Herstel, HerstelContext } from '../context.js';
import { q } from '../nederlands.js';
import { ROL_TEKST, rollenVan } from './gedeeld.js';
import { defineRegel } from '../regel.js';

/**
 * The fix: without a driehoek, a new driehoek block with a fitting person per role (roles without
 * one are left out: a name placeholder would not parse); otherwise the first missing role, one fix
 * per fitting person (at most three). A fitting sturingsprofessional is the one of the werkwijze.
 */
function herstel(ctx: HerstelContext): Herstel[] {
    const { document, opdracht } = ctx;
    if (!opdracht) {
        return [];
    }
    const uri = document.uri.toString();
    const werkwijze = opdracht.werkwijze;
    const rollen = (['bestuurlijk-opdrachtgever', 'ambtelijk-opdrachtgever', 'sturingsprofessional'] as const).filter(
        (rol) => !opdracht.driehoek?.rollen.some((r) => r.rol === rol),
    );
    const personen = ctx.portfolio.personen; // computed on first use: only when there is an opdracht
    const kies = (rol: (typeof rollen)[number]): string[] => {
        const voorkeur = rol === 'sturingsprofessional' && werkwijze ? PASSENDE_STURINGSPROFESSIONAL[werkwijze] : undefined;
        const passend: readonly string[] = voorkeur ? [voorkeur] : PASSENDE_FUNCTIES[rol];
        return personen
            .filter((p) => p.functies.some((f) => passend.includes(f)))
            .map((p) => p.id)
            .slice(0, 3);
    };
    if (!opdracht.driehoek) {
        const binnen = ' '.repeat(8 + inspringing(document, opdracht.$cstNode?.offset ?? 0));
        const sluit = ' '.repeat(4 + inspringing(document, opdracht.$cstNode?.offset ?? 0));
        const regels = rollen.flatMap((rol) => {
            const persoon = kies(rol)[0];
            return persoon ? [`${rol} ${persoon}`] : [];
        });
        if (regels.length === 0) {
            return [];
        }
        const edit = voegRegelToe(document, opdracht, `driehoek {\n${regels.map((r) => binnen + r).join('\n')}\n${sluit}}`);
        return edit ? [{ titel: 'Voeg een sturingsdriehoek toe', wijzigingen: { [uri]: [edit] } }] : [];
    }
    const driehoek = opdracht.driehoek;
    const rol = rollen[0];
    if (!rol) {
        return [];
    }
    return kies(rol).flatMap((p) => {
        const edit = voegRegelToe(document, driehoek, `${rol} ${p}`);
        return edit ? [{ titel: `Voeg ${rol} ${p} toe`, wijzigingen: { [uri]: [edit] } }] : [];
    });
}

export default defineRegel({
    id: 'driehoek-onvolledig',
    ernst: 'error',
    samenvatting: 'Project, programma en bestuursproces hebben een volledige sturingsdriehoek.',
    bron: 'H4, De sturingsdriehoek; B1',
    perOpdracht(o, ctx) {
        if (!o.werkwijze || !MET_DRIEHOEK.has(o.werkwijze)) {
            return;
        }
        const d = o.driehoek;
        if (!d) {
            ctx.meld(
                plaats(o.bron),
                `${o.werkwijze} ${q(o.id)} heeft geen sturingsdriehoek. Voeg een blok driehoek { … } toe met een bestuurlijk opdrachtgever, een ambtelijk opdrachtgever en een sturingsprofessional.`,
            );
            return;
        }
        for (const [rol, bezetting] of rollenVan(d)) {
            if (bezetting.length === 0) {
                ctx.meld(
                    plaatsVanSleutelwoord(d.bron, 'driehoek'),
                    `In de driehoek van ${q(o.id)} ontbreekt de ${ROL_TEKST[rol]}. Vul de regel ${rol} <persoon> aan.`,
                );
            }
        }
    },
    herstel,
});

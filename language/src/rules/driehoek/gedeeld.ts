/**
 * Helpers shared by the sturingsdriehoek rules (`rules/driehoek/`).
 */
import type { DriehoekRolNaam, Rolbezetting } from '../../model/types.js';

/** A driehoek role as written in messages. */
export const ROL_TEKST: Record<DriehoekRolNaam, string> = {
    'bestuurlijk-opdrachtgever': 'bestuurlijk opdrachtgever',
    'ambtelijk-opdrachtgever': 'ambtelijk opdrachtgever',
    sturingsprofessional: 'sturingsprofessional',
};

/** The three roles of a driehoek with their occupants. */
export function rollenVan(d: {
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

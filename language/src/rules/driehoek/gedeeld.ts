/**
 * Helpers shared by the sturingsdriehoek rules (`rules/driehoek/`).
 */
import type { Driehoek, DriehoekRolNaam, Opdracht, Rolbezetting } from '../../model/types.js';

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

/**
 * The driehoek whose contents the driehoek rules judge: none for a routine. A routine's driehoek
 * is one mistake as a whole, reported by `routine-met-driehoek` (whose fix replaces it by an
 * eigenaar), so who sits in it is not judged as well (version 2; B1, B2 Routine).
 */
export function teBeoordelenDriehoek(o: Opdracht): Driehoek | undefined {
    return o.werkwijze === 'routine' ? undefined : o.driehoek;
}

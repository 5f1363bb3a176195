/**
 * Helpers shared by the opgavemanager and thema rules (`rules/opgavemanager/`).
 */
import type { Opdracht, Thema } from '../../model/types.js';

/** True when one of the opdracht's ambtelijk opdrachtgevers is the thema's opgavemanager. */
export function opgavemanagerIsAmbtelijkOpdrachtgever(o: Opdracht, thema: Thema): boolean {
    return (o.driehoek?.ambtelijkOpdrachtgevers ?? []).some((b) => b.naam === thema.opgavemanagerNaam);
}

/**
 * Which functies may fill which slot (regels.md `functie-past-niet`; guide B1 "Sturingsdriehoek",
 * B3 "Sleutelfiguren"). Shared by the rules (`functie-past-niet`, `ambtelijk-opdrachtgever-lijnmanager`,
 * …), the quick fix of `driehoek-onvolledig` and the editor's completion of person names.
 */
import type { Functie, Persoon } from './types.js';

/** Functies that may fill each slot: the three driehoek roles and the eigenaar of a routine. */
export const PASSENDE_FUNCTIES = {
    'bestuurlijk-opdrachtgever': ['wethouder', 'burgemeester'],
    'ambtelijk-opdrachtgever': ['dt-lid', 'mt-lid', 'opgavemanager', 'lijnmanager'],
    sturingsprofessional: ['projectmanager', 'programmamanager', 'procesregisseur'],
    eigenaar: ['lijnmanager', 'mt-lid', 'dt-lid'],
} as const satisfies Record<string, readonly Functie[]>;

/** A slot that {@link PASSENDE_FUNCTIES} knows. */
export type Slot = keyof typeof PASSENDE_FUNCTIES;

/** The functies of `persoon` that fit `slot`, in the persoon's order (empty: none fits). */
export function passendeFuncties(persoon: Persoon, slot: Slot): Functie[] {
    const passend: readonly Functie[] = PASSENDE_FUNCTIES[slot];
    return persoon.functies.filter((f) => passend.includes(f));
}

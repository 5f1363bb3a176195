/**
 * Report generation (uitvoer.md "Reports"): from the check result (the resolved model and its
 * findings) to a map of relative file path → file content. Deterministic: no timestamps, only the
 * peildatum; LF line endings; everything sorted by identifier.
 */
import type { CheckResultaat } from '../../language/src/check/checker.js';
import { portfolioReadme } from './readme.js';

/** Marker in the first line of every generated file; `generate` only removes files that carry it. */
export const GEGENEREERD_KOP = 'Gegenereerd door opgave';

/** Settings for generation. */
export interface RapportOpties {
    /** Reference date, ISO `YYYY-MM-DD`. */
    readonly peildatum: string;
    /** Absolute portfolio root (paths in reports are relative to it). */
    readonly root: string;
    /** Absolute output folder. */
    readonly uitvoer: string;
}

/** The first line of a generated Markdown file. */
export function kop(opties: RapportOpties): string {
    return `<!-- ${GEGENEREERD_KOP} uit de .opgave-bestanden van dit portfolio, peildatum ${opties.peildatum}. Niet met de hand bewerken: wijzig de bronnen en draai opgave generate. -->`;
}

/**
 * Generates every report.
 * @returns relative path (with `/`) → content (LF line endings, ending in a newline)
 */
export function genereerRapporten(resultaat: CheckResultaat, opties: RapportOpties): Map<string, string> {
    const rapporten = new Map<string, string>();
    rapporten.set('README.md', portfolioReadme(resultaat, opties));
    return rapporten;
}

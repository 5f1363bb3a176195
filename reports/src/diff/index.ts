/**
 * `opgave diff`: two versions of a portfolio read from git (or the working tree), checked and
 * compared (issue "The reviewer's view"). The CLI and the editor's "Vergelijk met…" both call
 * {@link maakDiff}.
 */
import { laadVersie } from '../../../language/src/git/versie.js';
import { diffSchema, type PortfolioDiff } from './schema.js';
import { samenvatVersie, vergelijkVersies, type Samenvatting } from './vergelijk.js';

export { diffMarkdown, DIFF_MARKER, MAX_TEKENS } from './markdown.js';
export { diffJsonSchema, diffSchema, type Elementwijziging, type PortfolioDiff, type Veldwijziging } from './schema.js';
export { samenvatVersie, vergelijkVersies, type Samenvatting } from './vergelijk.js';

/** What {@link maakDiff} compares. */
export interface DiffVraag {
    /** Portfolio paths (files or folders, relative to {@link cwd}); empty: the current folder. */
    readonly paden: readonly string[];
    /** The older version: a git ref. */
    readonly basis: string;
    /** The newer version: a git ref; undefined: the working tree. */
    readonly doel?: string;
    /** One peildatum `JJJJ-MM-DD` for both sides, over their configurations'. */
    readonly peildatum?: string;
    /** Peildatum of a side whose configuration names none; default today. */
    readonly standaardPeildatum?: string;
    /** Folder the paths are relative to; default the current folder. */
    readonly cwd?: string;
}

/**
 * Reads both versions (each with its own `opgave.config.json`), checks them and compares them.
 * @returns the diff and the Dutch notices of reading (for stderr)
 * @throws GebruikFout not a git repository, an unknown ref, a path outside the repository, a bad
 *   peildatum; ConfigFout a configuration that cannot be used
 */
export async function maakDiff(vraag: DiffVraag): Promise<PortfolioDiff & { readonly meldingen: readonly string[] }> {
    const gedeeld = { paden: vraag.paden, peildatum: vraag.peildatum, standaardPeildatum: vraag.standaardPeildatum, cwd: vraag.cwd };
    // One version at a time: the first one's model and syntax trees are free before the second is read.
    const meldingen: string[] = [];
    const lees = async (ref: string | undefined): Promise<Samenvatting> => {
        const versie = await laadVersie({ ...gedeeld, ref });
        meldingen.push(...versie.meldingen.map((m) => `${versie.naam}: ${m}`));
        return samenvatVersie(versie);
    };
    const basis = await lees(vraag.basis);
    const doel = await lees(vraag.doel);
    return Object.assign(vergelijkVersies(basis, doel), { meldingen });
}

/** The diff as JSON text (two-space indent, newline at the end), the shape of {@link diffSchema}. */
export function diffJson(diff: PortfolioDiff & { readonly meldingen?: readonly string[] }): string {
    const alleenDiff: Record<string, unknown> = { ...diff };
    delete alleenDiff.meldingen;
    return `${JSON.stringify(diffSchema.parse(alleenDiff), null, 2)}\n`;
}

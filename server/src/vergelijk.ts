/**
 * The server side of the editor command "Opgave: Vergelijk met…" (issue "The reviewer's view"):
 * the Markdown diff of a git ref against the working tree of the workspace folder, the same diff
 * `opgave diff <ref>` prints (reports/src/diff), so a reviewer sees which opdrachten, budgets and
 * findings changed before committing or opening a pull request.
 */
import { z } from 'zod';
import { upstreamVan, repositoryVan } from '../../language/src/git/git.js';
import { ConfigFout } from '../../language/src/config.js';
import { GebruikFout } from '../../language/src/workspace/laden.js';
import { isGeldigeDatum } from '../../language/src/model/datum.js';
import { diffMarkdown, maakDiff } from '../../reports/src/diff/index.js';

/** Argument of `opgave.server.vergelijk`. */
export interface VergelijkVraag {
    /** The git ref to compare the working tree with; absent: only ask for the default ref. */
    readonly basis?: string;
}

/**
 * Answer of `opgave.server.vergelijk`, exactly one of three shapes:
 * - `{ standaard }` for a question without `basis`: the ref to propose (the upstream branch of the
 *   workspace's repository, e.g. `origin/main`, else `HEAD`);
 * - `{ markdown, meldingen }` for a question with `basis`: the diff `basis → werkmap` as Markdown
 *   (at most 60,000 characters, starting with `<!-- opgave-diff -->`) and the Dutch notices of
 *   reading both versions (e.g. a version without `.opgave` files);
 * - `{ fout }`: a Dutch message (no workspace folder, not a git repository, an unknown ref, an
 *   unusable configuration). These never travel as a request error.
 */
export type VergelijkAntwoord =
    { readonly standaard: string } | { readonly markdown: string; readonly meldingen: readonly string[] } | { readonly fout: string };

const GEEN_WERKRUIMTE = 'Geen werkruimtemap geopend: vergelijken kan alleen voor een portfoliomap in een git-repository.';

const VraagSchema = z.object({ basis: z.string().optional() });

/**
 * Answers `opgave.server.vergelijk` for the workspace folder `root`.
 * @param root the workspace folder (undefined without one)
 * @param arg the command's first argument, a {@link VergelijkVraag}; another shape is a `fout`
 * @param peildatum the editor's explicit peildatum setting (`JJJJ-MM-DD`), used for both versions;
 *   undefined: each version's own configuration, else today (as `opgave diff` without --peildatum).
 *   A setting that is not a valid date is ignored here, as the server's check ignores it.
 * @returns see {@link VergelijkAntwoord}
 * @throws only on an unexpected failure (a bug), never for a user mistake
 */
export async function vergelijk(root: string | undefined, arg: unknown, peildatum: string | undefined): Promise<VergelijkAntwoord> {
    if (root === undefined) {
        return { fout: GEEN_WERKRUIMTE };
    }
    const vraag = VraagSchema.safeParse(arg ?? {});
    if (!vraag.success) {
        return { fout: 'Ongeldige vraag: verwacht { basis?: string }.' };
    }
    try {
        const basis = vraag.data.basis;
        if (basis === undefined) {
            // Not a repository: say so now, before the user is asked for a ref.
            await repositoryVan(root);
            return { standaard: (await upstreamVan(root)) ?? 'HEAD' };
        }
        const diff = await maakDiff({
            paden: [root],
            cwd: root,
            // Both versions in this thread: stdout is the protocol stream (see DiffVraag.werker).
            werker: false,
            basis: basis.trim(),
            peildatum: peildatum !== undefined && isGeldigeDatum(peildatum.trim()) ? peildatum.trim() : undefined,
        });
        return { markdown: diffMarkdown(diff), meldingen: diff.meldingen };
    } catch (e) {
        if (e instanceof GebruikFout || e instanceof ConfigFout) {
            return { fout: e.message };
        }
        throw e;
    }
}

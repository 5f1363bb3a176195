/**
 * `opgave site [PAD…] [-o MAP] [--check] [--svg]` (issue "Readers outside git"): writes the portfolio as a
 * static HTML site (reports/src/site/) into MAP — default config `site.uitvoer`, else docs/site —
 * through the one report writer, or with `--check` compares it with what is on disk. With `--svg`
 * also each diagram as an `.svg` file (reports/src/site/svg.ts), when a Chromium is found.
 */
import * as path from 'node:path';
import { STANDAARD_SITE } from '../../../language/src/config.js';
import { GebruikFout, laadProject, type ProjectOpties } from '../../../language/src/project.js';
import { foutenMelding, samenvatting, schrijfRapporten } from '../../../reports/src/schrijven.js';
import { maakPubliek } from '../../../reports/src/publiek.js';
import { sitePaginasLui } from '../../../reports/src/site/index.js';
import { eenmalig, tekenSvgs } from '../../../reports/src/site/svg.js';
import type { Schrijver } from '../schrijver.js';

/** Options of `opgave site`. */
export interface SiteCliOpties extends ProjectOpties {
    readonly out?: string;
    readonly check?: boolean;
    /** Publication profile (reports/src/publiek.ts): no names, ids or fte of persons, no personen page. */
    readonly publiek?: boolean;
    /** Also write each diagram as SVG (needs Chromium; without it a notice and no SVG files). */
    readonly svg?: boolean;
}

/**
 * Builds (or with `check` compares) the site and prints the outcome like `generate`: notices on
 * stderr, the summary on stdout, or with `--check` and a difference the differences on stderr.
 * @returns exit code 0, or 1 when `--check` found a difference
 * @throws GebruikFout or ConfigFout (exit code 2): unusable paths, options or configuration, a
 *   refusal of the writer, a failed write (nothing half-written), a package built without its
 *   site assets
 */
export async function site(paden: readonly string[], opties: SiteCliOpties, uit: Schrijver): Promise<number> {
    const project = await laadProject(paden, { ...opties, baseline: true });
    const uitvoer = opties.out ? path.resolve(opties.out) : path.resolve(project.root, project.config.site?.uitvoer ?? STANDAARD_SITE);
    const publiek = opties.publiek
        ? maakPubliek(project.resultaat, { root: project.root, verberg: project.config.publiek?.verberg })
        : undefined;
    // svg: each diagram links to its SVG file (only when those are written).
    const bouw = (svg: boolean): Map<string, () => string> => {
        try {
            return sitePaginasLui(publiek?.resultaat ?? project.resultaat, {
                peildatum: project.peildatum,
                root: project.root,
                uitvoer,
                csv: project.config.csv,
                herijkingTermijnMaanden: project.config.herijkingTermijnMaanden,
                bronUrl: project.config.site?.bronUrl,
                bronnen: project.bestanden,
                publiek: opties.publiek,
                svg,
            });
        } catch (e) {
            throw new GebruikFout(e instanceof Error ? e.message : String(e));
        }
    };
    let bestanden = bouw(opties.svg === true);
    const meldingen = [...project.meldingen, ...(publiek?.waarschuwingen ?? [])];
    if (opties.svg) {
        bestanden = eenmalig(bestanden);
        const chromium = project.config.site?.chromium;
        const svg = await tekenSvgs(bestanden, {
            chromium: chromium !== undefined ? path.resolve(project.root, chromium) : undefined,
            peildatum: project.peildatum,
        });
        if ('melding' in svg) {
            meldingen.push(svg.melding);
            bestanden = bouw(false);
        } else {
            for (const [rel, inhoud] of svg.svgs) bestanden.set(rel, () => inhoud);
            bestanden = new Map([...bestanden].sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0)));
        }
    }
    const uitkomst = await schrijfRapporten({
        root: project.root,
        uitvoer,
        bronnen: project.bestanden,
        rapporten: bestanden,
        check: opties.check,
    });
    if (uitkomst.weigering) {
        throw new GebruikFout(uitkomst.weigering.bericht);
    }
    if (uitkomst.fout !== undefined) {
        throw new GebruikFout(uitkomst.fout);
    }
    const fouten = foutenMelding(project.resultaat.bevindingen);
    if (!opties.check && fouten !== undefined) {
        meldingen.push(fouten);
    }
    meldingen.forEach((m) => uit.err(`let op: ${m}\n`));
    const tekst = samenvatting(uitkomst, {
        bestanden: 'bestanden van de site',
        opdracht: [
            'opgave site',
            opties.publiek ? ' --publiek' : '',
            opties.svg ? ' --svg' : '',
            opties.out ? ` -o ${opties.out}` : '',
        ].join(''),
    });
    if (opties.check && uitkomst.verschillen.length > 0) {
        uit.err(`${tekst}\n${uitkomst.verschillen.map((v) => `  ${v}`).join('\n')}\n`);
        return 1;
    }
    uit.out(`${tekst}\n`);
    return 0;
}

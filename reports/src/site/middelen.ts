/**
 * The site's fixed assets: the copies of mermaid and MiniSearch and the site's own script and
 * style sheet. `scripts/bundle.mjs` puts them in `dist/site/` beside the CLI bundle; the site
 * writes each into `media/` of the output folder with a generated-file header, so no page ever
 * loads anything from outside the site folder (issue "Readers outside git": no CDN).
 */
import * as fs from 'node:fs';
import * as path from 'node:path';
import { fileURLToPath } from 'node:url';
import { blokKop, SITE_MIDDEL_ZIN } from '../kop.js';

/** The asset names, as written under `media/` of the site. */
export const MIDDELEN = ['mermaid.min.js', 'minisearch.js', 'site.css', 'site.js'] as const;

/** One of {@link MIDDELEN}. */
export type Middel = (typeof MIDDELEN)[number];

let map: string | undefined;

/**
 * The folder holding the assets: `site/` beside the bundle (`dist/site`), or — when running the
 * compiled modules of `out/` in the tests — `dist/site` of the package above.
 * @throws Error (Dutch) when the package was not built (`npm run build` makes them)
 */
function middelenMap(): string {
    if (map !== undefined) {
        return map;
    }
    let dir = path.dirname(fileURLToPath(import.meta.url));
    const kandidaten = [path.join(dir, 'site')];
    for (let i = 0; i < 6; i++) {
        kandidaten.push(path.join(dir, 'dist', 'site'));
        dir = path.dirname(dir);
    }
    const gevonden = kandidaten.find((k) => fs.existsSync(path.join(k, 'site.js')));
    if (gevonden === undefined) {
        throw new Error('de bestanden van de site (mermaid, zoekfunctie) ontbreken: bouw het pakket opnieuw met npm run build');
    }
    map = gevonden;
    return map;
}

/**
 * The content of an asset as the site writes it: the header line, then the file.
 * @throws as {@link middelenMap}, or a read error of the file
 */
export function middel(naam: Middel): string {
    return `${blokKop(SITE_MIDDEL_ZIN)}\n${fs.readFileSync(path.join(middelenMap(), naam), 'utf8')}`;
}

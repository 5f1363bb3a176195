/**
 * The settings every report page takes. In a module of its own, not in the barrel `index.ts`, so
 * the pages can import them without a file cycle (page → index → page).
 */

/** Spreadsheet options for `opdrachten.csv`. */
export interface CsvOpties {
    /** Field separator; `;` for Dutch Excel (numbers then use a decimal comma). */
    readonly scheidingsteken?: ',' | ';';
    /** Start with a UTF-8 byte order mark, so Excel reads the file as UTF-8. */
    readonly bom?: boolean;
}

/** Settings for generation. */
export interface RapportOpties {
    /** Reference date, ISO `YYYY-MM-DD`. */
    readonly peildatum: string;
    /** Absolute portfolio root (paths in reports are relative to it). */
    readonly root: string;
    /** Absolute output folder. */
    readonly uitvoer: string;
    /** Spreadsheet options of `opdrachten.csv`. */
    readonly csv?: CsvOpties;
    /** Months after `vastgesteld`/`herijkt` when a herijking falls due (`besluiten.ics`); default 12. */
    readonly herijkingTermijnMaanden?: number;
    /**
     * The widest spelers × opgaven matrix `spelers.md` shows (columns = opgaven); a wider one is
     * left out for the list per opgave below it, which holds the same facts. Default: no limit
     * (the Markdown report); the site sets one, since a browser page cannot show thousands of
     * columns (at 10,000 opdrachten the matrix alone made a 37 MB page).
     */
    readonly maxMatrixKolommen?: number;
    /**
     * Publication profile (`--publiek`, issue 15 item 4): leave out `personen.md` (names, fte and
     * load per person) and the links to it. The check result must already be the public one
     * (reports/src/publiek.ts `maakPubliek`), which removes names, ids and fte from the model.
     */
    readonly publiek?: boolean;
}

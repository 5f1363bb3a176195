/**
 * `opgave check --fix` (issue "Adopting the tool", item 1): the fixes of every fixable rule
 * applied to the files, without an editor — the same edits as the editor's quick fixes (each
 * rule's `herstel`, its first, preferred fix per finding).
 *
 * A round checks the portfolio as it now reads, takes the preferred fix of every finding that has
 * one, keeps the fixes whose edits touch no edit already kept (two edits at the same place also
 * count as touching; the later one waits for the next round, checked against the new text) and
 * applies them. Rounds repeat until a round changes nothing, at most {@link MAX_RONDES}. A file
 * with a syntax error is never changed (a fix that would touch it is left out), and a file keeps
 * its byte order mark and its line ends (CRLF stays CRLF).
 *
 * Nothing is written here: the caller gets the old and new text of each changed file.
 */
import * as fs from 'node:fs';
import { NodeFileSystem } from 'langium/node';
import { URI, type LangiumDocument } from 'langium';
import type { TextEdit } from 'vscode-languageserver';
import { checkOptiesVan, type Config } from '../config.js';
import { createOpgaveServices } from '../opgave-module.js';
import { opdrachtBij } from '../rules/bewerk.js';
import type { HerstelContext } from '../rules/context.js';
import { regel } from '../rules/index.js';
import { decodeer, laadInhoud, type Inhoud } from '../workspace/laden.js';
import { controleerPortfolio } from './checker.js';

/** At most this many rounds (each one checks the whole portfolio again). */
export const MAX_RONDES = 10;

/** One file the fixes changed. */
export interface HersteldBestand {
    /** Absolute path. */
    readonly bestand: string;
    /** The file's text before, as read (without a byte order mark). */
    readonly oud: string;
    /** The new text, with the file's own line ends (without a byte order mark). */
    readonly nieuw: string;
    /** True when the file starts with a UTF-8 byte order mark (to be written again). */
    readonly bom: boolean;
}

/** What the fixes did. */
export interface HerstelUitkomst {
    /** The changed files, in the order given. */
    readonly bestanden: readonly HersteldBestand[];
    /** Number of fixes applied, per rule id (sorted by id). */
    readonly perRegel: ReadonlyMap<string, number>;
    /** Rounds run (the last one changed nothing, unless {@link MAX_RONDES} stopped it). */
    readonly rondes: number;
}

/** One file's current state during the rounds. */
interface Stand {
    readonly bestand: string;
    readonly oud: string;
    tekst: string;
    readonly bom: boolean;
    readonly crlf: boolean;
}

/**
 * Applies the fixes (see the module comment) to the files, in memory.
 * @param bestanden absolute paths of the portfolio's files (as `vindProject` lists them)
 * @param instellingen the configuration and peildatum (ISO `JJJJ-MM-DD`) to check with
 * @returns the changed files with old and new text, the fixes per rule and the rounds run;
 *   a file that cannot be read or decoded is left alone (the check reports it)
 */
export async function herstelBestanden(
    bestanden: readonly string[],
    instellingen: { readonly config: Config; readonly peildatum: string },
): Promise<HerstelUitkomst> {
    const standen: Stand[] = [];
    const leesbaar: Inhoud[] = [];
    for (const bestand of bestanden) {
        let bytes: Uint8Array;
        try {
            bytes = fs.readFileSync(bestand);
        } catch {
            continue;
        }
        const gelezen = decodeer(bytes);
        if ('fout' in gelezen) continue;
        const bom = bytes[0] === 0xef && bytes[1] === 0xbb && bytes[2] === 0xbf;
        standen.push({ bestand, oud: gelezen.tekst, tekst: gelezen.tekst, bom, crlf: gelezen.tekst.includes('\r\n') });
        leesbaar.push({ bestand, bytes });
    }
    const opties = checkOptiesVan(instellingen.config, instellingen.peildatum);
    const perRegel = new Map<string, number>();
    let rondes = 0;
    while (rondes < MAX_RONDES) {
        rondes++;
        const { Opgave } = createOpgaveServices(NodeFileSystem);
        const inhoud = standen.map((s) => ({ bestand: s.bestand, bytes: Buffer.from(s.tekst, 'utf8') }));
        const { documenten, leesFouten } = await laadInhoud(Opgave, inhoud);
        const resultaat = controleerPortfolio(documenten, opties, leesFouten);
        const perUri = new Map(documenten.map((d) => [d.uri.toString(), d]));
        const standVan = new Map(standen.map((s) => [URI.file(s.bestand).toString(), s]));
        const bezet = new Map<string, [number, number][]>();
        const gekozen = new Map<string, TextEdit[]>();
        for (const b of resultaat.bevindingen) {
            const herstel = regel(b.ruleId)?.herstel;
            const document = perUri.get(b.uri);
            if (!herstel || !document) continue;
            const ctx: HerstelContext = {
                document,
                diagnose: { range: b.range, message: b.message, data: b.fix ? { fix: b.fix } : {} },
                opdracht: opdrachtBij(document, b.range.start),
                portfolio: resultaat.portfolio,
                instellingen: opties,
            };
            const eerste = herstel(ctx)[0];
            if (!eerste) continue;
            const wijzigingen = Object.entries(eerste.wijzigingen);
            const vrij = wijzigingen.every(([uri, edits]) => {
                const doc = perUri.get(uri);
                return (
                    doc !== undefined &&
                    standVan.has(uri) &&
                    !heeftSyntaxfout(doc) &&
                    edits.every((e) => !raakt(bezet.get(uri) ?? [], bereik(doc, e)))
                );
            });
            if (!vrij) continue;
            for (const [uri, edits] of wijzigingen) {
                const doc = perUri.get(uri)!;
                bezet.set(uri, [...(bezet.get(uri) ?? []), ...edits.map((e) => bereik(doc, e))]);
                gekozen.set(uri, [...(gekozen.get(uri) ?? []), ...edits]);
            }
            perRegel.set(b.ruleId, (perRegel.get(b.ruleId) ?? 0) + 1);
        }
        if (gekozen.size === 0) break;
        for (const [uri, edits] of gekozen) {
            const doc = perUri.get(uri)!;
            const stand = standVan.get(uri)!;
            const tekst = pasToe(doc, edits);
            stand.tekst = stand.crlf ? tekst.replace(/\r?\n/g, '\r\n') : tekst;
        }
    }
    return {
        bestanden: standen.filter((s) => s.tekst !== s.oud).map(({ bestand, oud, tekst, bom }) => ({ bestand, oud, nieuw: tekst, bom })),
        perRegel: new Map([...perRegel].sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0))),
        rondes,
    };
}

/** True when the parser or lexer found an error in the document. */
function heeftSyntaxfout(document: LangiumDocument): boolean {
    return document.parseResult.lexerErrors.length > 0 || document.parseResult.parserErrors.length > 0;
}

/** An edit's range as offsets `[start, end]` in the document's text. */
function bereik(document: LangiumDocument, edit: TextEdit): [number, number] {
    return [document.textDocument.offsetAt(edit.range.start), document.textDocument.offsetAt(edit.range.end)];
}

/** True when `[s, e]` touches one of the ranges (sharing an end point counts). */
function raakt(bereiken: readonly [number, number][], [s, e]: [number, number]): boolean {
    return bereiken.some(([s2, e2]) => s <= e2 && s2 <= e);
}

/** The document's text with non-touching edits applied (from the end, so offsets stay valid). */
function pasToe(document: LangiumDocument, edits: readonly TextEdit[]): string {
    const tekst = document.textDocument.getText();
    return edits
        .map((e) => ({ e, r: bereik(document, e) }))
        .sort((a, b) => b.r[0] - a.r[0])
        .reduce((uit, { e, r }) => uit.slice(0, r[0]) + e.newText + uit.slice(r[1]), tekst);
}

/**
 * The fuzzer's in-process path: the same steps as `opgave check` (decode, parse and link, check)
 * for one mutated document and the rest of its portfolio, and the checks on the outcome.
 */
import { EmptyFileSystem, URI, type LangiumDocument } from 'langium';
import { controleerPortfolio, type LeesFout } from '../../language/src/check/checker.js';
import { createOpgaveServices, type OpgaveServices } from '../../language/src/opgave-module.js';
import { decodeer } from '../../language/src/workspace/laden.js';
import type { FuzzDocument } from './mutaties.js';
import { STANDAARD_OPTIES } from '../helpers/index.js';

/** A position and range as in LSP. */
interface Bereik {
    readonly start: { readonly line: number; readonly character: number };
    readonly end: { readonly line: number; readonly character: number };
}

/** Line lengths (UTF-16 units) with LSP's line terminators: \r\n, \n, \r. */
export function regelLengtes(tekst: string): number[] {
    return tekst.split(/\r\n|\r|\n/).map((r) => r.length);
}

/** Describes why `bereik` does not lie inside a text with these line lengths, or undefined. */
export function bereikFout(bereik: Bereik, lengtes: readonly number[]): string | undefined {
    const binnen = (p: { line: number; character: number }): boolean =>
        Number.isInteger(p.line) &&
        Number.isInteger(p.character) &&
        p.line >= 0 &&
        p.line < lengtes.length &&
        p.character >= 0 &&
        p.character <= lengtes[p.line]!;
    const { start, end } = bereik;
    if (!binnen(start) || !binnen(end)) {
        return `bereik ${start.line}:${start.character}-${end.line}:${end.character} ligt buiten het document (${lengtes.length} regels)`;
    }
    if (start.line > end.line || (start.line === end.line && start.character > end.character)) {
        return `bereik ${start.line}:${start.character}-${end.line}:${end.character} loopt achteruit`;
    }
    return undefined;
}

/** Describes a message that leaks program internals (`undefined`, `NaN`, a stack), or undefined. */
export function berichtLek(bericht: string): string | undefined {
    return /\bundefined\b|\bNaN\b|\[object Object\]|An error occurred|is not a function|Cannot read|interne fout/.test(bericht)
        ? `bericht lekt interne waarden: ${bericht.slice(0, 300)}`
        : undefined;
}

let services: OpgaveServices | undefined;

/**
 * Checks one fuzz document in process. Throws when the toolchain throws.
 * @returns the problems found (ranges outside the document); empty when all is well
 */
export async function controleerDocument(doc: FuzzDocument): Promise<{ problemen: string[]; bevindingen: number }> {
    services ??= createOpgaveServices(EmptyFileSystem).Opgave;
    const shared = services.shared.workspace;
    const teksten = new Map<string, string>();
    const leesFouten: LeesFout[] = [];
    const uriVan = (naam: string): URI => URI.file(`/fuzz/${doc.bron}/${naam}`);
    const gelezen = decodeer(doc.bytes);
    if ('fout' in gelezen) {
        leesFouten.push({
            uri: uriVan(doc.naam).toString(),
            range: { start: { line: 0, character: 0 }, end: { line: 0, character: 0 } },
            bericht: gelezen.fout,
        });
    } else {
        teksten.set(doc.naam, gelezen.tekst);
    }
    for (const [naam, tekst] of doc.overige) {
        teksten.set(naam, tekst);
    }
    const documenten: LangiumDocument[] = [];
    try {
        for (const [naam, tekst] of teksten) {
            const d = shared.LangiumDocumentFactory.fromString(tekst, uriVan(naam));
            shared.LangiumDocuments.addDocument(d);
            documenten.push(d);
        }
        await shared.DocumentBuilder.build(documenten, { validation: false });
        const resultaat = controleerPortfolio(documenten, STANDAARD_OPTIES, leesFouten);
        const lengtes = new Map<string, number[]>([...teksten].map(([naam, tekst]) => [uriVan(naam).toString(), regelLengtes(tekst)]));
        const problemen: string[] = [];
        for (const b of [...resultaat.bevindingen, ...resultaat.onderdrukt.map((o) => o.bevinding)]) {
            const l = lengtes.get(b.uri) ?? [0];
            const fout = bereikFout(b.range, l);
            if (fout) {
                problemen.push(`${b.ruleId} in ${b.uri}: ${fout}`);
            }
            const lek = berichtLek(b.message);
            if (lek) {
                problemen.push(`${b.ruleId} in ${b.uri}: ${lek}`);
            }
        }
        return { problemen, bevindingen: resultaat.bevindingen.length };
    } finally {
        for (const d of documenten) {
            shared.LangiumDocuments.deleteDocument(d.uri);
            shared.IndexManager.remove(d.uri);
        }
    }
}

import type { Log, ReportingDescriptor, Result } from 'sarif';
import { REGELS, regelDocPad } from '../../../language/src/rules/index.js';
import { heeftHerstel, type Regel } from '../../../language/src/rules/regel.js';
import type { UitvoerBevinding } from './types.js';
import { vingerafdrukken } from './vingerafdruk.js';

/** Settings of the SARIF output. */
export interface SarifOpties {
    /** Tool version written to `tool.driver.version`. */
    readonly versie: string;
    /**
     * Absolute URL (ending in `/`) under which the repository's `docs/` pages are published, e.g. the
     * tool's repository on a git host. With it every rule gets a `helpUri`; without it the rule page
     * is named in the rule's help text only (SARIF requires an absolute URI in `helpUri`).
     */
    readonly docsBasis?: string;
}

/**
 * Key of opgave's entry in `partialFingerprints` (the value is `vingerafdrukken`'s, the same as the
 * GitLab report's `fingerprint`); the version suffix changes if the recipe ever does.
 */
export const VINGERAFDRUK = 'opgave/v1';

const NIVEAU = { error: 'error', warning: 'warning', info: 'note' } as const;

/** Percent-encodes each segment of a relative `/` path, so it is a valid URI reference. */
export function relatieveUri(pad: string): string {
    return pad
        .split('/')
        .map((deel) => encodeURIComponent(deel))
        .join('/');
}

/** The help URI of a rule: the docs base plus its page, or undefined without a valid base. */
export function helpUri(id: string, docsBasis: string | undefined): string | undefined {
    if (!docsBasis) {
        return undefined;
    }
    const basis = docsBasis.endsWith('/') ? docsBasis : `${docsBasis}/`;
    return new URL(regelDocPad(id), basis).href;
}

function regelEntry(r: Regel, docsBasis: string | undefined): ReportingDescriptor {
    const uri = helpUri(r.id, docsBasis);
    return {
        id: r.id,
        shortDescription: { text: r.samenvatting },
        fullDescription: { text: `${r.samenvatting} Bron in de inspiratiegids: ${r.bron}.` },
        ...(uri ? { helpUri: uri } : {}),
        help: {
            text: `${r.samenvatting} Zie ${regelDocPad(r.id)}.`,
            markdown: `${r.samenvatting} Zie [${regelDocPad(r.id)}](${uri ?? regelDocPad(r.id)}).`,
        },
        defaultConfiguration: { level: NIVEAU[r.ernst] },
        properties: { tags: [r.familie], fixable: heeftHerstel(r) },
    };
}

/**
 * `--format sarif`: a SARIF 2.1.0 log with one run, a `tool.driver.rules` entry per rule (in table
 * order) and one result per finding. Artifact URIs are relative to the current folder (base id
 * `%SRCROOT%`), so code-scanning platforms place the results on the repository's files. Each
 * result has a line-free `partialFingerprints["opgave/v1"]` so code scanning keeps an alert's identity
 * across commits; the run has one invocation with `executionSuccessful: true` (issue 16, item 6).
 */
export function formatSarif(bevindingen: readonly UitvoerBevinding[], opties: SarifOpties): string {
    const index = new Map<string, number>(REGELS.map((r, i) => [r.id, i]));
    const vingers = vingerafdrukken(bevindingen);
    const results: Result[] = bevindingen.map((b, i) => ({
        ruleId: b.ruleId,
        ruleIndex: index.get(b.ruleId) ?? -1,
        level: NIVEAU[b.severity],
        message: { text: b.message },
        locations: [
            {
                physicalLocation: {
                    artifactLocation: { uri: relatieveUri(b.file), uriBaseId: '%SRCROOT%' },
                    region: { startLine: b.line, startColumn: b.column, endLine: b.endLine, endColumn: b.endColumn },
                },
            },
        ],
        partialFingerprints: { [VINGERAFDRUK]: vingers[i]! },
    }));
    const log: Log = {
        $schema: 'https://json.schemastore.org/sarif-2.1.0.json',
        version: '2.1.0',
        runs: [
            {
                tool: {
                    driver: {
                        name: 'opgave',
                        version: opties.versie,
                        semanticVersion: /^\d+\.\d+\.\d+/.test(opties.versie) ? opties.versie : undefined,
                        informationUri: opties.docsBasis
                            ? new URL('docs/handleiding.md', opties.docsBasis.endsWith('/') ? opties.docsBasis : `${opties.docsBasis}/`)
                                  .href
                            : undefined,
                        rules: REGELS.map((r) => regelEntry(r, opties.docsBasis)),
                    },
                },
                // Always successful: when the check cannot do its job (exit code 2) no SARIF is written at all.
                invocations: [{ executionSuccessful: true }],
                columnKind: 'utf16CodeUnits',
                results,
            },
        ],
    };
    return `${JSON.stringify(log, null, 2)}\n`;
}

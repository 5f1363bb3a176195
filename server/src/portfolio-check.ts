/**
 * The portfolio check inside the language server: the same checker as `opgave check`, kept alive
 * between builds (`PortfolioControle`), so that after an edit only what the edit can affect is
 * checked again: the documents Langium parsed or linked again, and the opdrachten whose reach
 * changed. It runs over all documents of the workspace once per build, caches the result and
 * publishes per-document diagnostics, also for files that are not open, so an edit in one file
 * updates the findings of the files that depend on it; only documents whose diagnostics changed
 * are sent again.
 */
import * as path from 'node:path';
import { pathToFileURL } from 'node:url';
import { DocumentState, URI, type LangiumDocument } from 'langium';
import type { LangiumSharedServices } from 'langium/lsp';
import { DiagnosticSeverity, type CancellationToken, type Connection, type Diagnostic } from 'vscode-languageserver';
import {
    controleerPortfolio,
    PortfolioControle,
    type Bevinding,
    type CheckResultaat,
    type LeesFout,
} from '../../language/src/check/checker.js';
import { HerbouwVolger } from '../../language/src/check/herbouwd.js';
import type { DiagnoseData } from '../../language/src/rules/context.js';
import { regelDocPad } from '../../language/src/rules/index.js';
import {
    bepaalInstellingen,
    checkOpties,
    hoortBijPortfolio,
    portfolioPad,
    zelfdePad,
    type ClientInstellingen,
    type ServerInstellingen,
} from './instellingen.js';

const ERNST: Record<Bevinding['severity'], DiagnosticSeverity> = {
    error: DiagnosticSeverity.Error,
    warning: DiagnosticSeverity.Warning,
    info: DiagnosticSeverity.Information,
};

/**
 * Link to the documentation page of a rule: `docs/regels/<id>.md` next to the installed server
 * (the extension and the repository both ship `docs/` one level above `dist/`).
 */
export function regelDocUrl(id: string): string {
    let url = DOC_URLS.get(id);
    if (url === undefined) {
        // In the bundle (dist/server.cjs) __filename is defined; elsewhere assume the repository root.
        const basis = typeof __filename === 'string' ? path.dirname(__filename) : path.join(process.cwd(), 'dist');
        url = pathToFileURL(path.resolve(basis, '..', regelDocPad(id))).toString();
        DOC_URLS.set(id, url);
    }
    return url;
}
const DOC_URLS = new Map<string, string>();

/** Diagnostics already made, per finding: a finding the incremental check kept keeps its diagnostic. */
const DIAGNOSEN = new WeakMap<Bevinding, Diagnostic>();

/** One finding as an LSP diagnostic: code = rule id, link to its page, source `opgave`. */
export function naarDiagnose(b: Bevinding): Diagnostic {
    let d = DIAGNOSEN.get(b);
    if (!d) {
        const data: DiagnoseData = b.fix ? { fix: b.fix } : {};
        d = {
            range: b.range,
            severity: ERNST[b.severity],
            code: b.ruleId,
            codeDescription: { href: regelDocUrl(b.ruleId) },
            source: 'opgave',
            message: b.message,
            data,
        };
        DIAGNOSEN.set(b, d);
    }
    return d;
}

/**
 * True when two lists of diagnostics say the same: element by element the same object (a kept
 * finding), or equal in every field (a finding computed again with the same outcome).
 */
function zelfdeDiagnosen(a: readonly Diagnostic[] | undefined, b: readonly Diagnostic[]): boolean {
    if (a === undefined || a.length !== b.length) {
        return false;
    }
    return a.every((d, i) => d === b[i] || JSON.stringify(d) === JSON.stringify(b[i]));
}

/** Result of one check of one portfolio (the workspace, or one outside document). */
interface Controle {
    readonly generatie: number;
    readonly resultaat: CheckResultaat;
    readonly perUri: Map<string, Diagnostic[]>;
}

/**
 * Service that owns the cached check results. Created once per server (shared services).
 */
export class PortfolioCheck {
    private readonly shared: LangiumSharedServices;
    private generatie = 0;
    private werkruimte?: Controle;
    /** The workspace portfolio's checker, with what it keeps between builds. */
    private readonly controle = new PortfolioControle();
    /** Documents parsed, linked or deleted since the last check of the workspace. */
    private readonly herbouwd: HerbouwVolger;
    private readonly buiten = new Map<string, Controle>();
    private readonly verstuurd = new Map<string, readonly Diagnostic[]>();
    private clientInstellingen: ClientInstellingen = {};
    private _instellingen: ServerInstellingen = bepaalInstellingen(undefined, {});
    private gemeldProbleem?: string;
    /** URI → URI of the portfolio file it is another path of (through a symbolic link); null: none. */
    private readonly aliassen = new Map<string, string | null>();
    /** URI → whether it belongs to the workspace portfolio (path arithmetic once per URI and settings). */
    private readonly lidmaatschap = new Map<string, boolean>();
    /** Files that could not be read as UTF-8 text, per URI. */
    readonly leesFouten = new Map<string, LeesFout>();

    constructor(shared: LangiumSharedServices) {
        this.shared = shared;
        const builder = shared.workspace.DocumentBuilder;
        this.herbouwd = new HerbouwVolger(builder);
        builder.onUpdate((changed, deleted) => {
            this.generatie++;
            for (const uri of [...changed, ...deleted]) {
                this.aliassen.delete(uri.toString());
                this.lidmaatschap.delete(uri.toString());
            }
            for (const uri of deleted) {
                this.leesFouten.delete(uri.toString());
                this.buiten.delete(uri.toString());
                this.verstuurd.delete(uri.toString());
            }
        });
        builder.onBuildPhase(DocumentState.Validated, (gebouwd) => {
            const gevalideerd = new Set(gebouwd.map((d) => d.uri.toString()));
            this.publiceer(gevalideerd);
        });
    }

    /** The current settings (root, configuration, peildatum, output folder). */
    get instellingen(): ServerInstellingen {
        return this._instellingen;
    }

    /** The settings the client sent (merged), before the project resolution. */
    get client(): ClientInstellingen {
        return this.clientInstellingen;
    }

    /** Sets the workspace root and client settings and re-reads the configuration. */
    stelIn(root: string | undefined, client?: ClientInstellingen): void {
        if (client) {
            this.clientInstellingen = { ...this.clientInstellingen, ...client };
        }
        this._instellingen = bepaalInstellingen(root ?? this._instellingen.root, this.clientInstellingen);
        this.generatie++;
        this.aliassen.clear();
        this.lidmaatschap.clear();
        const probleem = this._instellingen.probleem;
        if (probleem && probleem !== this.gemeldProbleem) {
            void this.connection?.window.showErrorMessage(probleem);
        }
        this.gemeldProbleem = probleem;
    }

    private get connection(): Connection | undefined {
        return this.shared.lsp.Connection;
    }

    /**
     * True when the document is part of the workspace portfolio: not an outside file, and not a
     * second path (through a symbolic link) of a file that is part of it.
     */
    hoortBijPortfolio(uri: URI | string): boolean {
        const key = uri.toString();
        let hoort = this.lidmaatschap.get(key);
        if (hoort === undefined) {
            hoort = hoortBijPortfolio(uri, this._instellingen) && this.aliasVan(uri) === undefined;
            this.lidmaatschap.set(key, hoort);
        }
        return hoort;
    }

    /**
     * The URI of the portfolio file that `uri` reaches through a symbolic link (the same file under
     * another path), undefined when `uri` is no such second path.
     */
    aliasVan(uri: URI | string): string | undefined {
        const key = uri.toString();
        let alias = this.aliassen.get(key);
        if (alias === undefined) {
            alias = null;
            const u = typeof uri === 'string' ? URI.parse(uri) : uri;
            if (u.scheme === 'file' && this._instellingen.root !== undefined) {
                const eigen = path.resolve(u.fsPath);
                const echt = portfolioPad(eigen, this._instellingen.root);
                if (!zelfdePad(echt, eigen) && hoortBijPortfolio(URI.file(echt), this._instellingen)) {
                    alias = URI.file(echt).toString();
                }
            }
            this.aliassen.set(key, alias);
        }
        return alias ?? undefined;
    }

    /**
     * Runs `actie` once the workspace has been loaded and every pending change is built and
     * validated, so {@link werkruimteResultaat} covers the whole portfolio as the client sent it.
     * `actie` runs as a read of the workspace lock: no build starts while it runs.
     * @throws the cancellation error when `cancelToken` is cancelled while waiting
     */
    async naBouwen<T>(actie: () => Promise<T> | T, cancelToken?: CancellationToken): Promise<T> {
        const workspace = this.shared.workspace;
        await workspace.WorkspaceManager.ready;
        await workspace.DocumentBuilder.waitUntil(DocumentState.Validated, cancelToken);
        // A read is queued behind every write (document update) that is already waiting.
        return workspace.WorkspaceLock.read(actie);
    }

    /** All documents of the workspace portfolio. */
    portfolioDocumenten(): LangiumDocument[] {
        return this.shared.workspace.LangiumDocuments.all.filter((d) => this.hoortBijPortfolio(d.uri)).toArray();
    }

    /** The check of the workspace portfolio, computed at most once per build. */
    werkruimteResultaat(): CheckResultaat {
        return this.werkruimteControle().resultaat;
    }

    private werkruimteControle(): Controle {
        if (this.werkruimte && this.werkruimte.generatie === this.generatie) {
            return this.werkruimte;
        }
        const docs = this.portfolioDocumenten();
        // Only a check over fully linked documents is kept (and updates the checker's memory); one
        // made mid-build is a full check, used once.
        if (docs.every((d) => d.state >= DocumentState.IndexedReferences)) {
            const herbouwd = this.herbouwd.neem();
            this.werkruimte = this.controleer(docs, (linked, opties, leesFouten) =>
                this.controle.controleer(linked, opties, leesFouten, herbouwd),
            );
            return this.werkruimte;
        }
        return this.controleer(docs);
    }

    /**
     * The check that a document's findings come from: the workspace check, or for a file outside
     * the workspace a check of the workspace plus that file (whose findings stay its own).
     */
    resultaatVoor(uri: URI | string): CheckResultaat {
        return this.controleVoor(uri.toString()).resultaat;
    }

    private controleVoor(uri: string): Controle {
        if (this.hoortBijPortfolio(uri)) {
            return this.werkruimteControle();
        }
        const oud = this.buiten.get(uri);
        if (oud && oud.generatie === this.generatie) {
            return oud;
        }
        const doc = this.shared.workspace.LangiumDocuments.getDocument(URI.parse(uri));
        // A second path of a portfolio file replaces that file in its check (never a duplicate of itself).
        const origineel = this.aliasVan(uri);
        const docs = [...this.portfolioDocumenten().filter((d) => d.uri.toString() !== origineel), ...(doc ? [doc] : [])];
        const controle = this.controleer(docs);
        if (docs.every((d) => d.state >= DocumentState.IndexedReferences)) {
            this.buiten.set(uri, controle);
        }
        return controle;
    }

    private controleer(documenten: LangiumDocument[], checker: typeof controleerPortfolio = controleerPortfolio): Controle {
        const uris = new Set(documenten.map((d) => d.uri.toString()));
        const leesFouten = [...this.leesFouten.values()].filter((f) => uris.has(f.uri) || this.hoortBijPortfolio(f.uri));
        const resultaat = checker(
            documenten.filter((d) => d.state >= DocumentState.Linked),
            checkOpties(this._instellingen),
            leesFouten,
        );
        const perUri = new Map<string, Diagnostic[]>();
        for (const b of resultaat.bevindingen) {
            const lijst = perUri.get(b.uri) ?? [];
            lijst.push(naarDiagnose(b));
            perUri.set(b.uri, lijst);
        }
        return { generatie: this.generatie, resultaat, perUri };
    }

    /** Diagnostics of one document from the cached check. */
    diagnosen(uri: URI | string): Diagnostic[] {
        const key = uri.toString();
        return this.controleVoor(key).perUri.get(key) ?? [];
    }

    /** Marks the cache stale (e.g. after a settings change) and republishes everything. */
    vernieuw(): void {
        this.generatie++;
        this.publiceer(new Set());
    }

    /**
     * Sends the diagnostics of every known document whose diagnostics changed, except those that
     * Langium just validated (its own handler sent those, computed from the same cache).
     */
    private publiceer(alVerstuurd: ReadonlySet<string>): void {
        const connection = this.connection;
        const docs = this.shared.workspace.LangiumDocuments.all.toArray();
        const bekend = new Set<string>();
        for (const doc of docs) {
            const uri = doc.uri.toString();
            bekend.add(uri);
            const diagnosen = this.diagnosen(uri);
            if (!alVerstuurd.has(uri) && !zelfdeDiagnosen(this.verstuurd.get(uri), diagnosen)) {
                void connection?.sendDiagnostics({ uri, diagnostics: diagnosen });
            }
            this.verstuurd.set(uri, diagnosen);
        }
        // Read errors of files that are no Langium document
        for (const [uri, fout] of this.leesFouten) {
            if (!bekend.has(uri)) {
                const d = this.diagnosen(uri);
                if (!zelfdeDiagnosen(this.verstuurd.get(uri), d)) {
                    void connection?.sendDiagnostics({ uri: fout.uri, diagnostics: d });
                    this.verstuurd.set(uri, d);
                }
            }
        }
    }
}

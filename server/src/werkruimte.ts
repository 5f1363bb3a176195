/**
 * Workspace handling of the server: which files are indexed (the same folder rules as the command
 * line: no node_modules, .git, hidden folders or the output folder), reading files as UTF-8 with
 * BOM removed, and settings read before the first build.
 */
import * as fs from 'node:fs';
import * as path from 'node:path';
import {
    DefaultDocumentBuilder,
    DefaultWorkspaceManager,
    DocumentState,
    URI,
    UriUtils,
    type AstNodeDescription,
    type BuildOptions,
    type FileSystemNode,
    type LangiumDocument,
    type Reference,
    type TextDocument,
    type WorkspaceFolder,
} from 'langium';
import { DefaultDocumentUpdateHandler, DefaultWorkspaceSymbolProvider, type LangiumSharedServices } from 'langium/lsp';
import { NodeFileSystemProvider } from 'langium/node';
import type { CancellationToken, TextDocumentChangeEvent, WorkspaceSymbol } from 'vscode-languageserver';
import { decodeer, MAX_BESTAND_BYTES, teGrootBericht } from '../../language/src/workspace/laden.js';
import { isOverslaanMap } from './instellingen.js';
import type { OpgaveLspSharedServices } from './diensten.js';

/** Workspace manager with the command line's folder rules and validation of every file. */
export class OpgaveWorkspaceManager extends DefaultWorkspaceManager {
    private readonly services: OpgaveLspSharedServices;

    constructor(services: LangiumSharedServices) {
        super(services);
        this.services = services as OpgaveLspSharedServices;
        // Validate every file at startup: unopened files get their diagnostics too.
        this.initialBuildOptions = { validation: true };
    }

    /** Reads the settings for the first workspace folder, then loads and builds all files. */
    override async initializeWorkspace(folders: WorkspaceFolder[], cancelToken?: CancellationToken): Promise<void> {
        const eerste = folders[0];
        this.services.opgave.PortfolioCheck.stelIn(eerste ? this.getRootFolder(eerste).fsPath : undefined);
        await super.initializeWorkspace(folders, cancelToken);
    }

    /** Skips hidden folders, node_modules, .git and the output folder; only .opgave files. */
    override shouldIncludeEntry(entry: FileSystemNode): boolean {
        const naam = UriUtils.basename(entry.uri);
        if (entry.isDirectory) {
            if (isOverslaanMap(naam)) {
                return false;
            }
            const uitvoer = this.services.opgave.PortfolioCheck.instellingen.uitvoer;
            return !uitvoer || path.resolve(entry.uri.fsPath) !== path.resolve(uitvoer);
        }
        if (!entry.isFile || naam.startsWith('.') || !naam.endsWith('.opgave')) {
            return false;
        }
        // A file reported on its own (a watched "created" event) below the root must be part of the
        // portfolio too: not below a skipped folder or the output folder, not a second path through
        // a symbolic link. Files of other workspace folders are loaded as before.
        const check = this.services.opgave.PortfolioCheck;
        const root = check.instellingen.root;
        const rel = root === undefined ? '..' : path.relative(root, entry.uri.fsPath);
        return rel.startsWith('..') || path.isAbsolute(rel) || check.hoortBijPortfolio(entry.uri);
    }
}

/**
 * File system provider that reads like the command line: BOM removed, non-UTF-8 reported, and a
 * file over the size limit skipped with a finding instead of being parsed (a file of tens of MB in
 * the workspace would otherwise keep the server busy for a long time after start).
 */
export class OpgaveFileSystemProvider extends NodeFileSystemProvider {
    /** Called with read errors: the portfolio check reports them as `syntaxis`. */
    leesFoutHandler?: (uri: URI, bericht: string | undefined) => void;

    override async readFile(uri: URI): Promise<string> {
        const grootte = (await fs.promises.stat(uri.fsPath)).size;
        if (grootte > MAX_BESTAND_BYTES) {
            this.leesFoutHandler?.(uri, teGrootBericht(grootte));
            return '';
        }
        const bytes = await this.readBinary(uri);
        const gelezen = decodeer(bytes);
        if ('fout' in gelezen) {
            this.leesFoutHandler?.(uri, gelezen.fout);
            return '';
        }
        this.leesFoutHandler?.(uri, undefined);
        return gelezen.tekst;
    }
}

/**
 * Document updates with a defined end of an editing session: closing a document restores the
 * state on disk. A portfolio file that exists on disk is re-read (unsaved edits disappear from
 * diagnostics, symbols and references); any other document (untitled, deleted, outside the
 * workspace or in a skipped folder) is dropped, which also clears its diagnostics.
 */
export class OpgaveDocumentUpdateHandler extends DefaultDocumentUpdateHandler {
    private readonly services: OpgaveLspSharedServices;

    constructor(services: LangiumSharedServices) {
        super(services);
        this.services = services as OpgaveLspSharedServices;
    }

    /** Reloads the closed document from disk, or drops it when it is not a file of the portfolio. */
    didCloseDocument(event: TextDocumentChangeEvent<TextDocument>): void {
        const uri = URI.parse(event.document.uri);
        if (!this.services.workspace.LangiumDocuments.hasDocument(uri)) {
            return;
        }
        const opSchijf = this.opSchijf(uri, event.document.getText());
        if (opSchijf === 'weg') {
            this.fireDocumentUpdate([], [uri]);
        } else if (opSchijf === 'anders') {
            this.fireDocumentUpdate([uri], []);
        }
    }

    /**
     * Compares the closed text with the disk: `weg` when the document is no file of the workspace
     * portfolio (or no longer on disk), `anders` when the disk differs (or cannot be decoded: the
     * builder then reports the read error), `gelijk` when nothing changes.
     */
    private opSchijf(uri: URI, tekst: string): 'weg' | 'anders' | 'gelijk' {
        const check = this.services.opgave.PortfolioCheck;
        if (uri.scheme !== 'file' || check.instellingen.root === undefined || !check.hoortBijPortfolio(uri)) {
            return 'weg';
        }
        const naam = UriUtils.basename(uri);
        if (naam.startsWith('.') || !naam.endsWith('.opgave')) {
            return 'weg';
        }
        let bytes: Buffer;
        try {
            if (!fs.statSync(uri.fsPath).isFile()) {
                return 'weg';
            }
            bytes = fs.readFileSync(uri.fsPath);
        } catch {
            return 'weg';
        }
        const gelezen = decodeer(bytes);
        return 'fout' in gelezen || gelezen.tekst !== tekst ? 'anders' : 'gelijk';
    }
}

/**
 * Document builder with two changes to when Langium links a document again.
 *
 * - It never keeps links into a replaced AST. Langium decides whether a document must be relinked
 *   from its indexed references, and its linker skips references that are already resolved. A
 *   build cancelled before a document's references were indexed (typing right after opening)
 *   leaves it fully or partly linked but not indexed; the next update would skip it and keep
 *   references into the old AST of the changed file (lost `onbekende-verwijzing` findings, stale
 *   references). Such a document is always unlinked and linked again.
 * - A document with an unresolved reference is linked again only when a changed document now
 *   holds that name. Langium relinks every such document on every edit, in case the name has
 *   appeared: with a few hundred unknown names spread over a large portfolio that is a large part
 *   of each keystroke. A name can only appear in a document whose text holds it, so the names in
 *   the new texts of the changed documents decide (a superset: every word of those texts).
 */
export class OpgaveDocumentBuilder extends DefaultDocumentBuilder {
    /** Every word in the new texts of the documents of the running update; undefined: not known (relink as Langium does). */
    private woorden?: ReadonlySet<string>;
    /** Per document, the names of its unresolved references (for the `references` list they were read from). */
    private readonly onopgelost = new WeakMap<LangiumDocument, { readonly refs: unknown; readonly namen: ReadonlySet<string> }>();

    override async update(changed: URI[], deleted: URI[], cancelToken?: CancellationToken): Promise<void> {
        this.woorden = this.woordenVan(changed);
        try {
            await super.update(changed, deleted, cancelToken);
        } finally {
            this.woorden = undefined;
        }
    }

    /** The words of the changed documents' new texts (open editor text, else the file); undefined when one cannot be read. */
    private woordenVan(changed: readonly URI[]): ReadonlySet<string> | undefined {
        const woorden = new Set<string>();
        for (const uri of changed) {
            let tekst = this.textDocuments?.get(uri)?.getText();
            if (tekst === undefined) {
                if (uri.scheme !== 'file') {
                    return undefined;
                }
                try {
                    const gelezen = decodeer(fs.readFileSync(uri.fsPath));
                    if ('fout' in gelezen) {
                        continue; // read as empty: it declares nothing
                    }
                    tekst = gelezen.tekst;
                } catch (e) {
                    if ((e as NodeJS.ErrnoException).code === 'ENOENT') {
                        continue; // gone: declares nothing
                    }
                    return undefined; // a folder (its files are found later) or unreadable: as Langium does
                }
            }
            for (const w of tekst.split(/[^\p{L}\p{M}\p{N}_-]+/u)) {
                woorden.add(w);
            }
        }
        return woorden;
    }

    /** Names of the document's references that did not resolve, read once per linking. */
    private onopgelosteNamen(document: LangiumDocument): ReadonlySet<string> {
        const bekend = this.onopgelost.get(document);
        if (bekend && bekend.refs === document.references) {
            return bekend.namen;
        }
        const namen = new Set((document.references as Reference[]).filter((ref) => ref.error !== undefined).map((ref) => ref.$refText));
        this.onopgelost.set(document, { refs: document.references, namen });
        return namen;
    }

    /**
     * Langium asks this of every document on every update and looks up all validation categories
     * for each; for a document whose last build completed without recording categories the answer
     * is always no (its checks count as all categories), so that case is answered directly.
     */
    protected override resultsAreIncomplete(document: LangiumDocument, options: BuildOptions): boolean {
        const state = this.buildState.get(document.uri.toString());
        if (state?.completed && state.result?.validationChecks === undefined) {
            return false;
        }
        return super.resultsAreIncomplete(document, options);
    }

    protected override shouldRelink(document: LangiumDocument, changedUris: Set<string>): boolean {
        if (document.state < DocumentState.IndexedReferences) {
            return true;
        }
        const onopgelost = this.onopgelosteNamen(document);
        if (onopgelost.size > 0) {
            const woorden = this.woorden;
            if (woorden === undefined || [...onopgelost].some((naam) => woorden.has(naam))) {
                return true;
            }
        }
        return this.indexManager.isAffected(document, changedUris);
    }
}

/** Workspace symbols without the second copy of a file opened through a symbolic link. */
export class OpgaveWorkspaceSymbolProvider extends DefaultWorkspaceSymbolProvider {
    private readonly services: OpgaveLspSharedServices;

    constructor(services: LangiumSharedServices) {
        super(services);
        this.services = services as OpgaveLspSharedServices;
    }

    override getWorkspaceSymbol(description: AstNodeDescription): WorkspaceSymbol | undefined {
        if (this.services.opgave.PortfolioCheck.aliasVan(description.documentUri) !== undefined) {
            return undefined;
        }
        return super.getWorkspaceSymbol(description);
    }
}

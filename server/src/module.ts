/**
 * The language server's services: the core services of `createOpgaveServices` plus every LSP
 * feature of this folder, registered in one place.
 */
import type { Module } from 'langium';
import {
    startLanguageServer,
    type DefaultSharedModuleContext,
    type LangiumServices,
    type LangiumSharedServices,
    type PartialLangiumServices,
    type PartialLangiumSharedServices,
} from 'langium/lsp';
import { URI } from 'langium';
import type { Connection } from 'vscode-languageserver';
import { createOpgaveServices } from '../../language/src/opgave-module.js';
import { PortfolioCheck } from './portfolio-check.js';
import { OpgaveDocumentValidator } from './validator.js';
import {
    OpgaveDocumentBuilder,
    OpgaveDocumentUpdateHandler,
    OpgaveFileSystemProvider,
    OpgaveWorkspaceManager,
    OpgaveWorkspaceSymbolProvider,
} from './werkruimte.js';
import { PortfolioScopeProvider } from './scope.js';
import { OpgaveCompletionProvider } from './features/completion.js';
import { OpgaveHoverProvider } from './features/hover.js';
import { OpgaveCodeActionProvider } from './features/code-actions.js';
import { OpgaveCodeLensProvider } from './features/code-lens.js';
import { OpgaveInlayHintProvider } from './features/inlay-hints.js';
import { OpgaveFormatter } from './features/formatter.js';
import { OpgaveRenameProvider } from './features/hernoemen.js';
import { OpgaveSemanticTokenProvider } from './features/semantic-tokens.js';
import { OpgaveCommandHandler } from './commandos.js';
import { OpgaveFuzzyMatcher } from './features/fuzzy.js';
import { OpgaveDocumentLinkProvider } from './features/links.js';
import { OpgaveDocumentSymbolProvider, OpgaveNodeKindProvider } from './features/symbolen.js';
import type { ClientInstellingen } from './instellingen.js';
import type { OpgaveLspSharedServices } from './diensten.js';

export type { OpgaveLspSharedServices } from './diensten.js';

/** Shared-level overrides: workspace rules, file reading, the portfolio check, commands. */
export const OpgaveLspSharedModule: Module<
    OpgaveLspSharedServices,
    PartialLangiumSharedServices & { opgave: { PortfolioCheck: (s: OpgaveLspSharedServices) => PortfolioCheck } }
> = {
    workspace: {
        WorkspaceManager: (s) => new OpgaveWorkspaceManager(s),
        DocumentBuilder: (s) => new OpgaveDocumentBuilder(s),
        FileSystemProvider: () => new OpgaveFileSystemProvider(),
    },
    lsp: {
        FuzzyMatcher: () => new OpgaveFuzzyMatcher(),
        NodeKindProvider: () => new OpgaveNodeKindProvider(),
        DocumentUpdateHandler: (s) => new OpgaveDocumentUpdateHandler(s),
        WorkspaceSymbolProvider: (s) => new OpgaveWorkspaceSymbolProvider(s),
        ExecuteCommandHandler: (s) => new OpgaveCommandHandler(() => s.opgave.PortfolioCheck),
    },
    opgave: {
        PortfolioCheck: (s) => new PortfolioCheck(s),
    },
};

/** Language-level overrides: validation from the portfolio check and the editor features. */
export function opgaveLspModule(shared: () => OpgaveLspSharedServices): Module<LangiumServices, PartialLangiumServices> {
    const check = (): PortfolioCheck => shared().opgave.PortfolioCheck;
    return {
        validation: {
            DocumentValidator: () => new OpgaveDocumentValidator(check),
        },
        references: {
            ScopeProvider: (s) => new PortfolioScopeProvider(s, check),
        },
        lsp: {
            CompletionProvider: (s) => new OpgaveCompletionProvider(s, check),
            HoverProvider: (s) => new OpgaveHoverProvider(s, check),
            CodeActionProvider: () => new OpgaveCodeActionProvider(check),
            CodeLensProvider: () => new OpgaveCodeLensProvider(check),
            InlayHintProvider: () => new OpgaveInlayHintProvider(check),
            Formatter: (s) => new OpgaveFormatter(() => s.shared.lsp.Connection),
            RenameProvider: (s) => new OpgaveRenameProvider(s),
            SemanticTokenProvider: (s) => new OpgaveSemanticTokenProvider(s),
            DocumentSymbolProvider: () => new OpgaveDocumentSymbolProvider(),
            DocumentLinkProvider: () => new OpgaveDocumentLinkProvider(check),
        },
    };
}

/** Creates the server's services for a connection. */
export function createOpgaveLspServices(context: DefaultSharedModuleContext): { shared: OpgaveLspSharedServices; Opgave: LangiumServices } {
    // The language module needs the shared services, which exist only after injection.
    const ref: { shared?: OpgaveLspSharedServices } = {};
    const { shared, Opgave } = createOpgaveServices(
        { ...context, fileSystemProvider: () => new OpgaveFileSystemProvider() },
        OpgaveLspSharedModule as unknown as Module<LangiumSharedServices, PartialLangiumSharedServices>,
        opgaveLspModule(() => ref.shared as OpgaveLspSharedServices),
    );
    ref.shared = shared as OpgaveLspSharedServices;
    return { shared: ref.shared, Opgave };
}

/**
 * Starts the language server on a connection: settings from `initializationOptions` and the
 * `opgave` configuration section, read errors from the file system, configuration file watching.
 */
export function startOpgaveServer(
    connection: Connection,
    context: Omit<DefaultSharedModuleContext, 'connection'>,
): OpgaveLspSharedServices {
    const { shared } = createOpgaveLspServices({ ...context, connection });
    const check = shared.opgave.PortfolioCheck;
    const fsp = shared.workspace.FileSystemProvider as OpgaveFileSystemProvider;
    fsp.leesFoutHandler = (uri, bericht) => {
        const key = uri.toString();
        if (bericht) {
            check.leesFouten.set(key, { uri: key, range: { start: { line: 0, character: 0 }, end: { line: 0, character: 0 } }, bericht });
        } else {
            check.leesFouten.delete(key);
        }
    };
    shared.lsp.LanguageServer.onInitialize((params) => {
        const opties = (params.initializationOptions ?? {}) as ClientInstellingen;
        const folder = params.workspaceFolders?.[0]?.uri ?? params.rootUri ?? undefined;
        check.stelIn(folder ? URI.parse(folder).fsPath : undefined, { config: opties.config, peildatum: opties.peildatum });
    });
    shared.workspace.ConfigurationProvider.onConfigurationSectionUpdate((update) => {
        if (update.section === 'opgave' && update.configuration && typeof update.configuration === 'object') {
            const c = update.configuration as ClientInstellingen;
            check.stelIn(undefined, { config: c.config, peildatum: c.peildatum });
            check.vernieuw();
        }
    });
    shared.lsp.DocumentUpdateHandler.onWatchedFilesChange((params) => {
        if (
            params.changes.some(
                (c) =>
                    c.uri.endsWith('/opgave.config.json') ||
                    (check.instellingen.configBestand !== undefined && URI.parse(c.uri).fsPath === check.instellingen.configBestand),
            )
        ) {
            check.stelIn(undefined);
            check.vernieuw();
        }
    });
    startLanguageServer(shared);
    return shared;
}

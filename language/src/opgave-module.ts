/**
 * Langium services of the .opgave language: the generated grammar plus our parser (CST node
 * builder), token builder, value converter and workspace rules. Used by the command line (no
 * editor) and the language server.
 */
import type {
    DefaultSharedModuleContext,
    LangiumServices,
    LangiumSharedServices,
    PartialLangiumServices,
    PartialLangiumSharedServices,
} from 'langium/lsp';
import type { Module } from 'langium';
import { createDefaultModule, createDefaultSharedModule } from 'langium/lsp';
import { inject } from 'langium';
import { OpgaveTaalGeneratedModule, OpgaveTaalGeneratedSharedModule } from '../generated/module.js';
import { createOpgaveParser } from './parser/opgave-parser.js';
import { OpgaveTokenBuilder } from './parser/opgave-token-builder.js';
import { OpgaveValueConverter } from './parser/opgave-value-converter.js';
import { OpgaveScopeProvider } from './linking/scope-provider.js';
import { OpgaveAstNodeDescriptionProvider } from './linking/ast-descriptions.js';
import { OpgaveLinker, OpgaveScopeComputation } from './linking/linker.js';

/** Services of the language (Langium's defaults plus ours). */
export type OpgaveServices = LangiumServices;

/** Our overrides of Langium's defaults. */
export const OpgaveModule: Module<OpgaveServices, PartialLangiumServices> = {
    parser: {
        // Langium's parser with a CST node builder that stays linear on long lists.
        LangiumParser: (services) => createOpgaveParser(services),
        TokenBuilder: () => new OpgaveTokenBuilder(),
        ValueConverter: () => new OpgaveValueConverter(),
    },
    references: {
        ScopeProvider: (s) => new OpgaveScopeProvider(s),
        // Without a cancellation token (the command line): a direct walk instead of streams and an await per node.
        ScopeComputation: (s) => new OpgaveScopeComputation(s),
        Linker: (s) => new OpgaveLinker(s),
    },
    workspace: {
        // Lean symbol descriptions whose ranges and path are computed when first read.
        AstNodeDescriptionProvider: (s) => new OpgaveAstNodeDescriptionProvider(s),
    },
};

/**
 * Creates the shared and language services.
 * @param context file system access (NodeFileSystem or EmptyFileSystem) and, for a server, the connection
 * @param extraShared / extra optional further modules (the language server adds its own)
 */
export function createOpgaveServices(
    context: DefaultSharedModuleContext,
    extraShared?: Module<LangiumSharedServices, PartialLangiumSharedServices>,
    extra?: Module<OpgaveServices, PartialLangiumServices>,
): { shared: LangiumSharedServices; Opgave: OpgaveServices } {
    const shared = inject(createDefaultSharedModule(context), OpgaveTaalGeneratedSharedModule, extraShared ?? {});
    const Opgave = inject(createDefaultModule({ shared }), OpgaveTaalGeneratedModule, OpgaveModule, extra ?? {});
    shared.ServiceRegistry.register(Opgave);
    return { shared, Opgave };
}

/**
 * Server commands (workspace/executeCommand), used by the VS Code extension and usable by any
 * client: reports for the preview, writing the reports, and a rule's explanation.
 */
import * as path from 'node:path';
import { isOperationCancelled } from 'langium';
import { AbstractExecuteCommandHandler, type ExecuteCommandAcceptor } from 'langium/lsp';
import { LSPErrorCodes, ResponseError, type CancellationToken } from 'vscode-languageserver';
import { genereerRapporten, opdrachtPad } from '../../reports/src/index.js';
import { genereer } from '../../cli/src/generate.js';
import { regel } from '../../language/src/rules/tabel.js';
import { STANDAARD_UITVOER } from '../../language/src/config.js';
import type { PortfolioCheck } from './portfolio-check.js';
import { regelDocUrl } from './portfolio-check.js';

/** Command ids. */
export const COMMANDOS = {
    rapporten: 'opgave.server.rapporten',
    regelUitleg: 'opgave.server.regelUitleg',
    genereer: 'opgave.server.genereer',
} as const;

/** Answer of `opgave.server.rapporten`: the generated files, from the open buffers. */
export interface RapportenAntwoord {
    readonly root: string;
    readonly peildatum: string;
    /** Relative path → content. */
    readonly bestanden: Record<string, string>;
    /** Opdracht id and report page (`opdrachten/<file>.md`) → source location, for clicking in the preview. */
    readonly bronnen: Record<string, { uri: string; line: number }>;
    /** Opdracht id → its report page (`opdrachten/<file>.md`, see `opdrachtPad`). */
    readonly paginas: Record<string, string>;
}

/** Execute-command handler of the server. */
export class OpgaveCommandHandler extends AbstractExecuteCommandHandler {
    constructor(private readonly check: () => PortfolioCheck) {
        super();
    }

    /**
     * Runs a command. A failure becomes an LSP error response with the (Dutch) message only, never
     * a stack trace; an unknown command is refused the same way.
     */
    override async executeCommand(name: string, args: unknown[], cancelToken?: CancellationToken): Promise<unknown> {
        if (!this.commands.includes(name)) {
            throw new ResponseError(LSPErrorCodes.RequestFailed, `Onbekend commando: ${name}.`);
        }
        try {
            return await super.executeCommand(name, args, cancelToken);
        } catch (e) {
            if (e instanceof ResponseError || isOperationCancelled(e)) {
                throw e;
            }
            throw new ResponseError(LSPErrorCodes.RequestFailed, e instanceof Error ? e.message : String(e));
        }
    }

    registerCommands(acceptor: ExecuteCommandAcceptor): void {
        acceptor(COMMANDOS.rapporten, (args) => this.rapporten(typeof args[0] === 'string' ? args[0] : undefined));
        acceptor(COMMANDOS.genereer, async () => {
            const inst = this.check().instellingen;
            if (!inst.root) {
                throw new Error('Geen werkruimtemap geopend: rapporten kunnen alleen voor een portfoliomap worden gemaakt.');
            }
            // genereer prints nothing (stdout is the JSON-RPC stream with --stdio); a refusal throws a
            // GebruikFout whose Dutch message reaches the client as the request's error.
            const r = await genereer([inst.root], { config: inst.configBestand, peildatum: inst.peildatum });
            return { uitvoer: r.uitvoer, code: r.code, samenvatting: r.samenvatting, verschillen: r.verschillen, meldingen: r.meldingen };
        });
        acceptor(COMMANDOS.regelUitleg, (args) => {
            const r = typeof args[0] === 'string' ? regel(args[0]) : undefined;
            return r
                ? { id: r.id, ernst: r.ernst, samenvatting: r.samenvatting, bron: r.bron, fix: r.fix, url: regelDocUrl(r.id) }
                : undefined;
        });
    }

    /** The reports of the portfolio the given document belongs to (default: the workspace). */
    rapporten(uri?: string): RapportenAntwoord {
        const check = this.check();
        const inst = check.instellingen;
        const resultaat = uri ? check.resultaatVoor(uri) : check.werkruimteResultaat();
        const root = inst.root ?? process.cwd();
        const uitvoer = inst.uitvoer ?? path.resolve(root, STANDAARD_UITVOER);
        const bestanden: Record<string, string> = {};
        for (const [rel, inhoud] of genereerRapporten(resultaat, { peildatum: inst.peildatum, root, uitvoer })) {
            bestanden[rel] = inhoud;
        }
        const bronnen: Record<string, { uri: string; line: number }> = {};
        const paginas: Record<string, string> = {};
        for (const o of resultaat.portfolio.opdrachten) {
            const bron = { uri: o.bron.uri, line: o.bron.range.start.line };
            const pagina = opdrachtPad(resultaat.portfolio, o.id);
            bronnen[o.id] ??= bron;
            bronnen[pagina] ??= bron;
            paginas[o.id] ??= pagina;
        }
        return { root, peildatum: inst.peildatum, bestanden, bronnen, paginas };
    }
}

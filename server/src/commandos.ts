/**
 * Server commands (workspace/executeCommand), used by the VS Code extension and usable by any
 * client: reports for the preview, writing the reports, and a rule's explanation.
 */
import * as path from 'node:path';
import { isOperationCancelled } from 'langium';
import { AbstractExecuteCommandHandler, type ExecuteCommandAcceptor } from 'langium/lsp';
import { LSPErrorCodes, ResponseError, type CancellationToken } from 'vscode-languageserver';
import { genereerRapporten, opdrachtPad } from '../../reports/src/index.js';
import { foutenMelding, samenvatting, schrijfRapporten } from '../../reports/src/schrijven.js';
import { regel } from '../../language/src/rules/index.js';
import { heeftHerstel } from '../../language/src/rules/regel.js';
import { ConfigFout, STANDAARD_UITVOER } from '../../language/src/config.js';
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

const GEEN_WERKRUIMTE = 'Geen werkruimtemap geopend: rapporten kunnen alleen voor een portfoliomap worden gemaakt.';

/** Answer of `opgave.server.genereer`: what was written (the command line's `GenereerResultaat`). */
export interface GenereerAntwoord {
    /** Absolute output folder. */
    readonly uitvoer: string;
    /** Always 0: a refusal is the request's error. */
    readonly code: 0;
    /** One Dutch line, as `opgave generate` prints it. */
    readonly samenvatting: string;
    /** Sorted `nieuw: …`, `gewijzigd: …`, `verouderd: …`, `tijdelijk: …` (relative to the output folder). */
    readonly verschillen: readonly string[];
    /** Dutch notices (without `let op: `), e.g. the number of errors in the portfolio. */
    readonly meldingen: readonly string[];
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
        acceptor(COMMANDOS.genereer, (_args, cancelToken) => this.genereer(cancelToken));
        acceptor(COMMANDOS.regelUitleg, (args) => {
            const r = typeof args[0] === 'string' ? regel(args[0]) : undefined;
            return r
                ? { id: r.id, ernst: r.ernst, samenvatting: r.samenvatting, bron: r.bron, fix: heeftHerstel(r), url: regelDocUrl(r.id) }
                : undefined;
        });
    }

    /**
     * Writes the reports of the workspace portfolio into its output folder, from the server's own
     * check of the open buffers and the files (the same settings as `opgave generate`: project
     * resolution in language/src/project.ts, the writer in reports/src/schrijven.ts). Waits for the
     * current build first. Prints nothing: stdout is the protocol stream with --stdio.
     * @returns the outcome in the shape of the command line's `GenereerResultaat` (`code` 0)
     * @throws Error with a Dutch message, sent to the client as the request's error: no workspace
     *   folder, an unusable configuration, or a refusal or failure of the writer (nothing written)
     */
    async genereer(cancelToken?: CancellationToken): Promise<GenereerAntwoord> {
        const check = this.check();
        if (check.instellingen.root === undefined) {
            throw new Error(GEEN_WERKRUIMTE);
        }
        return check.naBouwen(() => this.schrijf(check), cancelToken);
    }

    private async schrijf(check: PortfolioCheck): Promise<GenereerAntwoord> {
        const inst = check.instellingen;
        if (inst.root === undefined || inst.uitvoer === undefined) {
            throw new Error(GEEN_WERKRUIMTE);
        }
        // Like the command line, an unusable configuration file stops the run (a bad peildatum
        // setting does not: the server already checks with the configuration's peildatum).
        const configFout = inst.problemen.find((p) => p instanceof ConfigFout);
        if (configFout) {
            throw configFout;
        }
        const resultaat = check.werkruimteResultaat();
        const rapporten = genereerRapporten(resultaat, {
            peildatum: inst.peildatum,
            root: inst.root,
            uitvoer: inst.uitvoer,
            csv: { scheidingsteken: inst.config.csv?.scheidingsteken, bom: inst.config.csv?.bom },
        });
        const bronnen = check
            .portfolioDocumenten()
            .filter((d) => d.uri.scheme === 'file')
            .map((d) => d.uri.fsPath);
        const uitkomst = await schrijfRapporten({ root: inst.root, uitvoer: inst.uitvoer, bronnen, rapporten });
        if (uitkomst.weigering) {
            throw new Error(uitkomst.weigering.bericht);
        }
        if (uitkomst.fout !== undefined) {
            throw new Error(uitkomst.fout);
        }
        const fouten = foutenMelding(resultaat.bevindingen);
        return {
            uitvoer: inst.uitvoer,
            code: 0,
            samenvatting: samenvatting(uitkomst),
            verschillen: uitkomst.verschillen,
            meldingen: fouten === undefined ? [] : [fouten],
        };
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

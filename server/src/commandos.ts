/**
 * Server commands (workspace/executeCommand), used by the VS Code extension and usable by any
 * client: reports for the preview, writing the reports, a rule's explanation and the diff against a
 * git ref (`vergelijk.ts`).
 */
import * as path from 'node:path';
import { isOperationCancelled } from 'langium';
import { z } from 'zod';
import { AbstractExecuteCommandHandler, type ExecuteCommandAcceptor } from 'langium/lsp';
import { LSPErrorCodes, ResponseError, type CancellationToken } from 'vscode-languageserver';
import { genereerRapporten, opdrachtPad, rapportenLui } from '../../reports/src/index.js';
import { DRIEHOEK_KNOPEN, dinDiagram, driehoekDiagram } from '../../reports/src/diagrammen.js';
import { paraplu } from '../../reports/src/paraplu.js';
import type { Bron, Doel, Inspanning, Opdracht, Opgave, Portfolio, Thema } from '../../language/src/model/types.js';
import { foutenMelding, samenvatting, schrijfRapporten } from '../../reports/src/schrijven.js';
import { regel } from '../../language/src/rules/index.js';
import { heeftHerstel } from '../../language/src/rules/regel.js';
import { ConfigFout, STANDAARD_UITVOER } from '../../language/src/config.js';
import { leesBaseline, pasBaselineToe } from '../../language/src/check/baseline.js';
import type { PortfolioCheck } from './portfolio-check.js';
import { regelDocUrl } from './portfolio-check.js';
import { portfolioBoom } from './features/portfolio-boom.js';
import { vergelijk } from './vergelijk.js';

/** Command ids. */
export const COMMANDOS = {
    rapporten: 'opgave.server.rapporten',
    regelUitleg: 'opgave.server.regelUitleg',
    genereer: 'opgave.server.genereer',
    portfolioBoom: 'opgave.server.portfolioBoom',
    vergelijk: 'opgave.server.vergelijk',
} as const;

/** A declaration in a source file, for going from the preview to the source (0-based lines). */
export interface BronPlaats {
    readonly uri: string;
    /** First line of the declaration. */
    readonly line: number;
    /** Column of its first character on `line`. */
    readonly character: number;
    /** Last line of the declaration (the preview follows the cursor with it). */
    readonly eind: number;
}

/**
 * Answer of `opgave.server.rapporten`: the generated files, from the open buffers.
 *
 * Keys of `bronnen`: an opdracht id and its report page (`opdrachten/<file>.md`), `thema:<id>`,
 * `opgave:<id>`, `doel:<opdracht>/<id>`, `inspanning:<opdracht>/<id>` and `rol:<opdracht>/<role>`
 * (a driehoek role line, e.g. `rol:project-x/sturingsprofessional`; the driehoek block or the
 * opdracht when the role is missing). The first declaration wins for a duplicate id.
 */
export interface RapportenAntwoord {
    readonly root: string;
    readonly peildatum: string;
    /** Relative path → content: every report, or the asked pages (`RapportenVraag.paginas`). */
    readonly bestanden: Record<string, string>;
    /** Every report path, also those left out of `bestanden`, in path order. */
    readonly alle: readonly string[];
    /** Key (see above) → source location, for clicking in the preview and following the cursor. */
    readonly bronnen: Record<string, BronPlaats>;
    /** Opdracht id → its report page (`opdrachten/<file>.md`, see `opdrachtPad`). */
    readonly paginas: Record<string, string>;
    /**
     * Report page → one entry per ```mermaid block of the page, in order: Mermaid node id → key of
     * `bronnen` (the paraplu, driehoek and DIN diagrams; `{}` for a block without links, the gantt).
     */
    readonly knopen: Record<string, Record<string, string>[]>;
}

/** Optional second argument of `opgave.server.rapporten`. */
export interface RapportenVraag {
    /**
     * Only these report pages (with `README.md` always), so that a preview of a large portfolio
     * does not receive every opdracht page after each edit. Absent: every report.
     */
    readonly paginas?: readonly string[];
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
        // After the current build: a preview restored at start-up would otherwise get an empty portfolio.
        acceptor(COMMANDOS.rapporten, (args, cancelToken) =>
            this.check().naBouwen(() => this.rapporten(typeof args[0] === 'string' ? args[0] : undefined, leesVraag(args[1])), cancelToken),
        );
        acceptor(COMMANDOS.genereer, (_args, cancelToken) => this.genereer(cancelToken));
        acceptor(COMMANDOS.portfolioBoom, (_args, cancelToken) =>
            this.check().naBouwen(() => portfolioBoom(this.check().werkruimteResultaat()), cancelToken),
        );
        // Reads both versions from disk and git, not from the open buffers: no need to wait for a build.
        acceptor(COMMANDOS.vergelijk, (args) => vergelijk(this.check().instellingen.root, args[0], this.check().client.peildatum));
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
        // The baseline applies as in `opgave generate`, so both write the same bevindingen.md.
        const baseline = leesBaseline(inst.root);
        const werkruimte = check.werkruimteResultaat();
        const resultaat = baseline ? pasBaselineToe(werkruimte, baseline, inst.root).resultaat : werkruimte;
        const rapporten = genereerRapporten(resultaat, {
            peildatum: inst.peildatum,
            root: inst.root,
            uitvoer: inst.uitvoer,
            csv: { scheidingsteken: inst.config.csv?.scheidingsteken, bom: inst.config.csv?.bom },
            herijkingTermijnMaanden: inst.config.herijkingTermijnMaanden,
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

    /**
     * The reports of the portfolio the given document belongs to (default: the workspace), with the
     * source of every thema, opgave, opdracht and diagram node. With `vraag.paginas` only those
     * pages are rendered (and `README.md`); `alle` lists every page either way.
     */
    rapporten(uri?: string, vraag: RapportenVraag = {}): RapportenAntwoord {
        const check = this.check();
        const inst = check.instellingen;
        const resultaat = uri ? check.resultaatVoor(uri) : check.werkruimteResultaat();
        const root = inst.root ?? process.cwd();
        const uitvoer = inst.uitvoer ?? path.resolve(root, STANDAARD_UITVOER);
        const bestanden: Record<string, string> = {};
        const lui = rapportenLui(resultaat, { peildatum: inst.peildatum, root, uitvoer });
        const gevraagd = vraag.paginas ? new Set(['README.md', ...vraag.paginas]) : undefined;
        for (const [rel, maak] of lui) {
            if (!gevraagd || gevraagd.has(rel)) bestanden[rel] = maak();
        }
        const p = resultaat.portfolio;
        const bronnen: Record<string, BronPlaats> = {};
        const voeg = (sleutel: string, bron: Bron): void => {
            const { start, end } = bron.range;
            bronnen[sleutel] ??= { uri: bron.uri, line: start.line, character: start.character, eind: end.line };
        };
        const paginas: Record<string, string> = {};
        for (const t of p.themas) voeg(`thema:${t.id}`, t.bron);
        for (const o of p.opgaven) voeg(`opgave:${o.id}`, o.bron);
        for (const o of p.opdrachten) {
            const pagina = opdrachtPad(p, o.id);
            voeg(o.id, o.bron);
            voeg(pagina, o.bron);
            paginas[o.id] ??= pagina;
            for (const d of o.doelen) voeg(`doel:${o.id}/${d.id}`, d.bron);
            for (const i of o.inspanningen) voeg(`inspanning:${o.id}/${i.id}`, i.bron);
            // Routine work has an eigenaar instead of a driehoek (and no driehoek diagram).
            for (const rol of o.werkwijze === 'routine' ? [] : Object.values(DRIEHOEK_KNOPEN)) {
                voeg(`rol:${o.id}/${rol}`, rolBron(o, rol) ?? o.driehoek?.bron ?? o.bron);
            }
        }
        return {
            root,
            peildatum: inst.peildatum,
            bestanden,
            alle: [...lui.keys()],
            bronnen,
            paginas,
            knopen: diagramKnopen(p, bestanden, paginas),
        };
    }
}

const RapportenVraagSchema = z.object({ paginas: z.array(z.string()).optional() });

/** The second argument of `opgave.server.rapporten`; anything of another shape asks for every report. */
function leesVraag(arg: unknown): RapportenVraag {
    const r = RapportenVraagSchema.safeParse(arg);
    return r.success ? r.data : {};
}

/** Where a driehoek role is filled in: the line of its first person, if any. */
function rolBron(o: Opdracht, rol: (typeof DRIEHOEK_KNOPEN)[keyof typeof DRIEHOEK_KNOPEN]): Bron | undefined {
    const d = o.driehoek;
    const lijst =
        rol === 'bestuurlijk-opdrachtgever'
            ? d?.bestuurlijkOpdrachtgevers
            : rol === 'ambtelijk-opdrachtgever'
              ? d?.ambtelijkOpdrachtgevers
              : d?.sturingsprofessionals;
    return lijst?.[0]?.bron;
}

/** The ```mermaid blocks of a Markdown page, in order (their text without the fences). */
function mermaidBlokken(markdown: string): string[] {
    return [...markdown.matchAll(/^```mermaid\n([\s\S]*?)^```$/gm)].map((m) => m[1]!);
}

/**
 * For each page with diagrams, the `bronnen` key of each node. The diagrams are drawn again with
 * the reports' own functions, which hand out their node ids; a block gets links only when its text
 * is exactly the diagram drawn here, so a link never points at the wrong declaration.
 */
function diagramKnopen(
    p: Portfolio,
    bestanden: Record<string, string>,
    paginas: Record<string, string>,
): Record<string, Record<string, string>[]> {
    const uit: Record<string, Record<string, string>[]> = {};
    const koppel = (pagina: string, diagrammen: { regels: string[]; knopen: Record<string, string> }[]): void => {
        const markdown = bestanden[pagina];
        if (markdown === undefined) return;
        const blokken = mermaidBlokken(markdown);
        if (blokken.length === 0) return;
        uit[pagina] = blokken.map((blok) => diagrammen.find((d) => `${d.regels.join('\n')}\n` === blok)?.knopen ?? {});
    };
    const sleutel = new Map<object, string>();
    for (const t of p.themas) sleutel.set(t, `thema:${t.id}`);
    for (const o of p.opgaven) sleutel.set(o, `opgave:${o.id}`);
    for (const o of p.opdrachten) sleutel.set(o, o.id);
    const parapluKnopen = new Map<string, Thema | Opgave | Opdracht>();
    const parapluRegels = paraplu(p, parapluKnopen);
    koppel('README.md', [{ regels: parapluRegels, knopen: naarSleutels(parapluKnopen, (obj) => sleutel.get(obj)) }]);
    for (const o of p.opdrachten) {
        const pagina = paginas[o.id];
        // Only the pages of the answer (the diagrams of the others are not drawn).
        if (pagina === undefined || bestanden[pagina] === undefined || uit[pagina] !== undefined || o.werkwijze === 'routine') continue;
        const driehoek = {
            regels: driehoekDiagram(o),
            knopen: Object.fromEntries(Object.entries(DRIEHOEK_KNOPEN).map(([id, rol]) => [id, `rol:${o.id}/${rol}`])),
        };
        const dinKnopen = new Map<string, Doel | Inspanning>();
        const din = dinDiagram(o, dinKnopen);
        const doelen = new Set<object>(o.doelen);
        const dinSleutels = naarSleutels(dinKnopen, (obj) => `${doelen.has(obj) ? 'doel' : 'inspanning'}:${o.id}/${obj.id}`);
        koppel(pagina, [driehoek, ...(din ? [{ regels: din, knopen: dinSleutels }] : [])]);
    }
    return uit;
}

function naarSleutels<T>(knopen: Map<string, T>, sleutel: (obj: T) => string | undefined): Record<string, string> {
    const uit: Record<string, string> = {};
    for (const [id, obj] of knopen) {
        const s = sleutel(obj);
        if (s !== undefined) uit[id] = s;
    }
    return uit;
}

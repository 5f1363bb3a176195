/**
 * The portfolio tree view in the Explorer: thema → opgave → deelopgave → opdracht, from the
 * server command `opgave.server.portfolioBoom`. Each opdracht shows its werkwijze and phase, every
 * node a badge with its number of errors and warnings (a file decoration on the node's own
 * `opgave-boom:` URI). Clicking a node reveals its declaration. The tree is loaded again, debounced,
 * when the diagnostics or the .opgave files change.
 */
import * as path from 'node:path';
import * as vscode from 'vscode';
import type { LanguageClient } from 'vscode-languageclient/node';

/** Id of the view (package.json `contributes.views.explorer`). */
export const BOOM_VIEW = 'opgave.portfolio';
/** Command behind a click on a node: opens the file and selects the declared name. */
export const TOON_DECLARATIE = 'opgave.toonDeclaratie';
/** Command of the view's refresh button. */
export const VERNIEUW_BOOM = 'opgave.vernieuwPortfolio';
/** Scheme of the nodes' URIs, only used to hang a badge on them. */
const SCHEMA = 'opgave-boom';
const VERTRAGING_MS = 300;

interface Bereik {
    readonly start: { readonly line: number; readonly character: number };
    readonly end: { readonly line: number; readonly character: number };
}

/** Number of findings per severity (server type `BoomTelling`). */
export interface Telling {
    readonly fouten: number;
    readonly waarschuwingen: number;
    readonly meldingen: number;
}

/** One node as the server sends it (server/src/features/portfolio-boom.ts `BoomKnoop`). */
interface ServerKnoop {
    readonly soort: 'thema' | 'opgave' | 'opdracht' | 'groep';
    readonly id: string;
    readonly titel?: string;
    readonly uri?: string;
    readonly range?: Bereik;
    readonly bereik?: Bereik;
    readonly werkwijze?: string;
    readonly fase?: string;
    readonly status?: string;
    readonly bevindingen: Telling;
    readonly totaal: Telling;
    readonly kinderen: readonly ServerKnoop[];
}

/** A node of the tree: the server's node with its parent, its unique key and its badge URI. */
export interface BoomElement {
    readonly knoop: ServerKnoop;
    readonly ouder?: BoomElement;
    /** Unique within the tree, stable across reloads (keeps the expanded state). */
    readonly sleutel: string;
    readonly resourceUri: vscode.Uri;
    /** True for a deelopgave (an opgave under an opgave). */
    readonly deelopgave: boolean;
    readonly kinderen: BoomElement[];
}

function meervoud(n: number, een: string, meer: string): string {
    return `${n} ${n === 1 ? een : meer}`;
}

/** Dutch summary of a count, e.g. `2 fouten, 1 waarschuwing`; `geen bevindingen` when all are zero. */
export function tellingTekst(t: Telling): string {
    const delen = [
        t.fouten > 0 ? meervoud(t.fouten, 'fout', 'fouten') : undefined,
        t.waarschuwingen > 0 ? meervoud(t.waarschuwingen, 'waarschuwing', 'waarschuwingen') : undefined,
        t.meldingen > 0 ? meervoud(t.meldingen, 'melding', 'meldingen') : undefined,
    ].filter((d) => d !== undefined);
    return delen.length === 0 ? 'geen bevindingen' : delen.join(', ');
}

/** The count a node's badge shows: its errors and warnings (an opdracht its own, a group all below it). */
function teTonen(e: BoomElement): Telling {
    return e.knoop.soort === 'opdracht' ? e.knoop.bevindingen : e.knoop.totaal;
}

const SOORT_NAAM: Record<ServerKnoop['soort'], string> = { thema: 'Thema', opgave: 'Opgave', opdracht: 'Opdracht', groep: '' };
const GROEP_NAAM: Record<string, string> = { 'zonder-thema': 'Opgaven zonder thema', 'zonder-opgave': 'Opdrachten zonder opgave' };

/** Tree data and badges of the portfolio view. */
export class PortfolioBoom implements vscode.TreeDataProvider<BoomElement>, vscode.FileDecorationProvider, vscode.Disposable {
    private readonly wijzigingBoom = new vscode.EventEmitter<BoomElement | undefined>();
    private readonly wijzigingBadges = new vscode.EventEmitter<vscode.Uri[]>();
    readonly onDidChangeTreeData = this.wijzigingBoom.event;
    readonly onDidChangeFileDecorations = this.wijzigingBadges.event;
    private wortels?: Promise<BoomElement[]>;
    private perUri = new Map<string, BoomElement>();
    private timer: NodeJS.Timeout | undefined;
    private readonly weg: vscode.Disposable[] = [];
    /** Number of loads from the server so far (for tests: has the tree been loaded again?). */
    ladingen = 0;

    constructor(private readonly client: LanguageClient) {
        const opgave = (uri: vscode.Uri): boolean => uri.path.endsWith('.opgave');
        const bewaker = vscode.workspace.createFileSystemWatcher('**/*.opgave');
        this.weg.push(
            this.wijzigingBoom,
            this.wijzigingBadges,
            bewaker,
            bewaker.onDidCreate(() => this.plan()),
            bewaker.onDidChange(() => this.plan()),
            bewaker.onDidDelete(() => this.plan()),
            vscode.languages.onDidChangeDiagnostics((e) => {
                if (e.uris.some(opgave)) this.plan();
            }),
            vscode.workspace.onDidChangeTextDocument((e) => {
                if (e.document.languageId === 'opgave' && e.contentChanges.length > 0) this.plan();
            }),
        );
    }

    /** Loads the tree again after a short pause (several changes in a row load it once). */
    plan(): void {
        if (this.timer) clearTimeout(this.timer);
        this.timer = setTimeout(() => {
            this.timer = undefined;
            this.vernieuw();
        }, VERTRAGING_MS);
    }

    /** Loads the tree again now. */
    vernieuw(): void {
        this.wortels = undefined;
        this.wijzigingBoom.fire(undefined);
    }

    /** The top-level nodes (loaded from the server once per change), or the children of a node. */
    async getChildren(element?: BoomElement): Promise<BoomElement[]> {
        if (element) return element.kinderen;
        this.wortels ??= this.laad();
        return this.wortels;
    }

    getParent(element: BoomElement): BoomElement | undefined {
        return element.ouder;
    }

    getTreeItem(e: BoomElement): vscode.TreeItem {
        const k = e.knoop;
        const label = k.soort === 'groep' ? (GROEP_NAAM[k.id] ?? k.id) : (k.titel ?? k.id);
        const item = new vscode.TreeItem(
            label,
            e.kinderen.length === 0 ? vscode.TreeItemCollapsibleState.None : vscode.TreeItemCollapsibleState.Expanded,
        );
        item.id = e.sleutel;
        item.resourceUri = e.resourceUri;
        item.contextValue = e.deelopgave ? 'deelopgave' : k.soort;
        item.description =
            k.soort === 'opdracht'
                ? `${k.werkwijze ?? 'geen werkwijze'} · ${k.fase ? `fase ${k.fase}` : 'geen fase'}`
                : k.soort === 'groep'
                  ? undefined
                  : k.titel !== undefined
                    ? k.id
                    : undefined;
        item.iconPath = this.icoon(e);
        item.tooltip = this.tooltip(e);
        if (k.uri && k.range) {
            item.command = { title: 'Toon de declaratie', command: TOON_DECLARATIE, arguments: [k.uri, k.range] };
        }
        return item;
    }

    /** The badge of a node: its number of errors and warnings, coloured by the worst. */
    provideFileDecoration(uri: vscode.Uri): vscode.FileDecoration | undefined {
        if (uri.scheme !== SCHEMA) return undefined;
        const e = this.perUri.get(uri.toString());
        if (!e) return undefined;
        const t = teTonen(e);
        const aantal = t.fouten + t.waarschuwingen;
        if (aantal === 0) return undefined;
        return new vscode.FileDecoration(
            aantal > 99 ? '99' : String(aantal),
            tellingTekst(t),
            new vscode.ThemeColor(t.fouten > 0 ? 'list.errorForeground' : 'list.warningForeground'),
        );
    }

    dispose(): void {
        if (this.timer) clearTimeout(this.timer);
        for (const d of this.weg) d.dispose();
    }

    private icoon(e: BoomElement): vscode.ThemeIcon {
        const k = e.knoop;
        const t = teTonen(e);
        const kleur =
            t.fouten > 0
                ? new vscode.ThemeColor('problemsErrorIcon.foreground')
                : t.waarschuwingen > 0
                  ? new vscode.ThemeColor('problemsWarningIcon.foreground')
                  : undefined;
        // The icons of the same declarations in the outline (server/src/features/symbolen.ts:
        // thema Namespace, opgave Struct, opdracht Class), so both views read alike.
        const naam =
            k.soort === 'thema'
                ? 'symbol-namespace'
                : k.soort === 'opgave'
                  ? 'symbol-structure'
                  : k.soort === 'opdracht'
                    ? 'symbol-class'
                    : 'folder';
        return new vscode.ThemeIcon(naam, kleur);
    }

    private tooltip(e: BoomElement): string {
        const k = e.knoop;
        if (k.soort === 'groep') return `${GROEP_NAAM[k.id] ?? k.id}\nBevindingen hieronder: ${tellingTekst(k.totaal)}.`;
        const soort = e.deelopgave ? 'Deelopgave' : SOORT_NAAM[k.soort];
        const regels = [`${soort} ${k.titel ?? k.id} (${k.id})`];
        if (k.soort === 'opdracht') {
            regels.push(
                `Werkwijze: ${k.werkwijze ?? 'niet opgegeven'} · fase: ${k.fase ?? 'geen'} · status: ${k.status ?? 'niet opgegeven'}`,
                `Bevindingen: ${tellingTekst(k.bevindingen)}.`,
            );
        } else {
            regels.push(
                `Bevindingen in ${k.soort === 'thema' ? 'het' : 'de'} ${soort.toLowerCase()} zelf: ${tellingTekst(k.bevindingen)}; met alles eronder: ${tellingTekst(k.totaal)}.`,
            );
        }
        if (k.uri && k.range) {
            regels.push(`${path.basename(vscode.Uri.parse(k.uri).path)}, regel ${k.range.start.line + 1}. Klik om de declaratie te tonen.`);
        }
        return regels.join('\n');
    }

    private async laad(): Promise<BoomElement[]> {
        let knopen: readonly ServerKnoop[];
        try {
            const antwoord = await this.client.sendRequest<{ knopen?: ServerKnoop[] } | null>('workspace/executeCommand', {
                command: 'opgave.server.portfolioBoom',
                arguments: [],
            });
            knopen = antwoord?.knopen ?? [];
        } catch {
            // The server is (re)starting or stopping: an empty tree until the next change.
            knopen = [];
        }
        this.ladingen++;
        const oud = [...this.perUri.keys()];
        this.perUri = new Map();
        const gebruikt = new Set<string>();
        const maak = (k: ServerKnoop, ouder: BoomElement | undefined): BoomElement => {
            let sleutel = `${ouder ? `${ouder.sleutel}/` : ''}${k.soort}:${k.id}`;
            // Duplicate declarations get a number, so every id in the tree is unique.
            for (let n = 2; gebruikt.has(sleutel); n++) sleutel = `${sleutel.replace(/#\d+$/, '')}#${n}`;
            gebruikt.add(sleutel);
            const resourceUri = vscode.Uri.from({ scheme: SCHEMA, path: `/${encodeURIComponent(sleutel)}` });
            const e: BoomElement = {
                knoop: k,
                ouder,
                sleutel,
                resourceUri,
                deelopgave: k.soort === 'opgave' && ouder?.knoop.soort === 'opgave',
                kinderen: [],
            };
            this.perUri.set(resourceUri.toString(), e);
            e.kinderen.push(...k.kinderen.map((c) => maak(c, e)));
            return e;
        };
        const wortels = knopen.map((k) => maak(k, undefined));
        this.wijzigingBadges.fire([...new Set([...oud, ...this.perUri.keys()])].map((u) => vscode.Uri.parse(u)));
        return wortels;
    }
}

/**
 * Opens a declaration and selects its name (`range` as the server sends it): in the editor that
 * already shows the file, else in the active editor group, unless that group shows a webview (the
 * preview), which stays in view: then in the first group.
 */
export async function toonDeclaratie(uri: string, range: Bereik): Promise<vscode.TextEditor> {
    const doc = await vscode.workspace.openTextDocument(vscode.Uri.parse(uri));
    const selectie = new vscode.Range(range.start.line, range.start.character, range.end.line, range.end.character);
    const zichtbaar = vscode.window.visibleTextEditors.find((e) => e.document === doc);
    const actief = vscode.window.tabGroups.activeTabGroup.activeTab?.input;
    const kolom = zichtbaar?.viewColumn ?? (actief instanceof vscode.TabInputWebview ? vscode.ViewColumn.One : undefined);
    return vscode.window.showTextDocument(doc, { selection: selectie, preview: true, viewColumn: kolom });
}

/** Registers the view, its badges and its commands; returns the tree data for the extension's API. */
export function registreerBoom(context: vscode.ExtensionContext, client: LanguageClient): PortfolioBoom {
    const boom = new PortfolioBoom(client);
    const view = vscode.window.createTreeView(BOOM_VIEW, { treeDataProvider: boom, showCollapseAll: true });
    context.subscriptions.push(
        boom,
        view,
        vscode.window.registerFileDecorationProvider(boom),
        vscode.commands.registerCommand(TOON_DECLARATIE, (uri: string, range: Bereik) => toonDeclaratie(uri, range)),
        vscode.commands.registerCommand(VERNIEUW_BOOM, () => boom.vernieuw()),
    );
    void vscode.commands.executeCommand('setContext', 'opgave.portfolio.actief', true);
    return boom;
}

/**
 * The preview panel: renders the portfolio report (README.md of the reports) and the page of the
 * opdracht under the cursor, with their Mermaid diagrams (mermaid is shipped with the extension,
 * nothing is loaded from the network). Strict CSP with a nonce.
 *
 * - Follows edits and files changed on disk (the reports are asked from the server again,
 *   debounced) and the cursor (re-rendered from the last answer; only a page that answer lacks
 *   is asked for): on an opdracht its page is shown on top; on an opgave or thema the portfolio
 *   page is shown with that opgave's rows or that thema's section highlighted and scrolled into
 *   view, and its node in the paraplu marked.
 * - Is restored after a window reload (webview serializer; the webview keeps page and scroll in
 *   its state).
 * - Clicking an opdracht link or a node of the paraplu, driehoek or DIN diagram opens its
 *   declaration in the source.
 */
import * as crypto from 'node:crypto';
import * as vscode from 'vscode';
import type { LanguageClient } from 'vscode-languageclient/node';
import { escapeHtml, getoondePagina, voorbeeldDocument, voorbeeldInhoud, type Keuze, type Rapporten } from './render.js';

const VERTRAGING_MS = 300;
/** Pause after a file changed on disk (see the file watcher in the constructor). */
const VERTRAGING_BESTAND_MS = 1000;
const VIEW_TYPE = 'opgave.preview';

/** What the webview keeps in its state (`vscode.setState`), handed to the serializer after a reload. */
export interface VoorbeeldStaat {
    readonly pagina?: string;
    readonly opdrachtPagina?: string;
    readonly focus?: string;
    readonly scroll?: number;
}

/** Messages of the webview script (client/media/preview.js). */
export interface VoorbeeldBericht {
    /** `open`: go to the declaration of `id` (a key of the answer's `bronnen`); `pagina`: show another report page; `klaar`: the page has loaded. */
    readonly type: string;
    readonly id?: string;
    readonly pagina?: string;
}

/** The single preview panel. */
export class PreviewPaneel {
    static huidig: PreviewPaneel | undefined;
    private readonly paneel: vscode.WebviewPanel;
    private readonly weg: vscode.Disposable[] = [];
    private timer: NodeJS.Timeout | undefined;
    private keuze: Keuze = { pagina: 'README.md' };
    private laatste?: Rapporten;
    /** Document the last answer was asked for. */
    private laatsteUri?: string;
    /** True when the reports must be asked again (an edit, another portfolio's file). */
    private verouderd = true;
    private laatsteInhoud?: string;
    /** The focus the webview shows (sent with the HTML or in a focus message). */
    private getoondeFocus?: string;
    /** The webview script of the current HTML has loaded (it can take a focus message). */
    private klaar = false;
    /** Scroll position to restore with the next render (after a reload). */
    private scroll?: number;
    /** False for the first render after a reload: it shows the saved page, not the cursor's. */
    private volgCursor: boolean;
    /** Resolves after each render (for tests). */
    gerenderd: Promise<void> = Promise.resolve();
    /** Number of report requests sent to the server (for tests: a cursor move sends at most one, for a page not yet received). */
    aanvragen = 0;

    /** Opens (or reveals) the preview. */
    static toon(context: vscode.ExtensionContext, client: LanguageClient): PreviewPaneel {
        if (PreviewPaneel.huidig) {
            PreviewPaneel.huidig.paneel.reveal(vscode.ViewColumn.Beside, true);
            PreviewPaneel.huidig.verouderd = true;
            PreviewPaneel.huidig.vernieuw();
            return PreviewPaneel.huidig;
        }
        const paneel = vscode.window.createWebviewPanel(
            VIEW_TYPE,
            'Opgave: voorbeeld',
            { viewColumn: vscode.ViewColumn.Beside, preserveFocus: true },
            PreviewPaneel.opties(context),
        );
        PreviewPaneel.huidig = new PreviewPaneel(context, client, paneel);
        return PreviewPaneel.huidig;
    }

    /**
     * Registers the serializer that brings the preview back after a window reload (activation
     * event `onWebviewPanel:opgave.preview`).
     */
    static registreer(context: vscode.ExtensionContext, client: LanguageClient): void {
        PreviewPaneel.serializer = {
            deserializeWebviewPanel: (paneel: vscode.WebviewPanel, staat: unknown) =>
                PreviewPaneel.herstel(context, client, paneel, staat).gerenderd,
        };
        context.subscriptions.push(vscode.window.registerWebviewPanelSerializer(VIEW_TYPE, PreviewPaneel.serializer));
    }

    /** The registered serializer (for tests: VS Code calls it only after a real window reload). */
    static serializer: vscode.WebviewPanelSerializer | undefined;

    /** Takes over a restored webview panel with its saved state (also used by tests). */
    static herstel(context: vscode.ExtensionContext, client: LanguageClient, paneel: vscode.WebviewPanel, staat: unknown): PreviewPaneel {
        paneel.webview.options = PreviewPaneel.opties(context);
        PreviewPaneel.huidig?.paneel.dispose();
        PreviewPaneel.huidig = new PreviewPaneel(context, client, paneel, leesStaat(staat));
        return PreviewPaneel.huidig;
    }

    private static opties(context: vscode.ExtensionContext): vscode.WebviewPanelOptions & vscode.WebviewOptions {
        return { enableScripts: true, localResourceRoots: [vscode.Uri.joinPath(context.extensionUri, 'dist', 'media')] };
    }

    private constructor(
        private readonly context: vscode.ExtensionContext,
        private readonly client: LanguageClient,
        paneel: vscode.WebviewPanel,
        staat?: VoorbeeldStaat,
    ) {
        this.paneel = paneel;
        this.volgCursor = staat === undefined;
        if (staat) {
            this.keuze = { pagina: staat.pagina ?? 'README.md', opdrachtPagina: staat.opdrachtPagina, focus: staat.focus };
            this.scroll = staat.scroll;
        }
        paneel.onDidDispose(() => this.sluit(), null, this.weg);
        vscode.workspace.onDidChangeTextDocument(
            (e) => {
                if (e.document.languageId === 'opgave' && e.contentChanges.length > 0) {
                    this.verouderd = true;
                    this.planVernieuwing();
                }
            },
            null,
            this.weg,
        );
        // Files changed outside the editor (a git pull, another program).
        const bewaker = vscode.workspace.createFileSystemWatcher('**/*.opgave');
        const opnieuw = (): void => {
            this.verouderd = true;
            // Later than after an edit: the language client tells the server about changed files
            // after a pause of its own, and the reports must be asked for after that.
            this.planVernieuwing(VERTRAGING_BESTAND_MS);
        };
        // A save of an open document changes nothing the server has not seen as an edit already.
        const openDocument = (uri: vscode.Uri): boolean => vscode.workspace.textDocuments.some((d) => d.uri.toString() === uri.toString());
        this.weg.push(
            bewaker,
            bewaker.onDidChange((uri) => {
                if (!openDocument(uri)) opnieuw();
            }),
            bewaker.onDidCreate(opnieuw),
            bewaker.onDidDelete(opnieuw),
        );
        vscode.window.onDidChangeActiveTextEditor(
            (editor) => {
                // Focusing the preview itself leaves no active editor: keep what is shown.
                if (editor?.document.languageId !== 'opgave') return;
                // Another file of the same portfolio is in the last answer; any other needs its own.
                const uri = editor.document.uri.toString();
                if (uri !== this.laatsteUri && !Object.values(this.laatste?.bronnen ?? {}).some((b) => b.uri === uri)) {
                    this.verouderd = true;
                }
                this.planVernieuwing();
            },
            null,
            this.weg,
        );
        vscode.window.onDidChangeTextEditorSelection(
            (e) => {
                if (e.textEditor === vscode.window.activeTextEditor && e.textEditor.document.languageId === 'opgave') {
                    this.planVernieuwing();
                }
            },
            null,
            this.weg,
        );
        paneel.webview.onDidReceiveMessage((m: VoorbeeldBericht) => this.ontvang(m), null, this.weg);
        this.vernieuw();
    }

    private sluit(): void {
        if (PreviewPaneel.huidig === this) PreviewPaneel.huidig = undefined;
        if (this.timer) clearTimeout(this.timer);
        for (const d of this.weg) {
            d.dispose();
        }
    }

    private planVernieuwing(ms = VERTRAGING_MS): void {
        if (this.timer) clearTimeout(this.timer);
        this.timer = setTimeout(() => this.vernieuw(), ms);
    }

    /** The HTML currently shown (for tests). */
    get huidigeHtml(): string {
        return this.paneel.webview.html;
    }

    /** What is shown: the opdracht page, the report page and the highlighted declaration (for tests). */
    get huidigeKeuze(): Keuze {
        return this.keuze;
    }

    /** The last answer of the server (for tests). */
    get rapporten(): Rapporten | undefined {
        return this.laatste;
    }

    /** Renders again: asks the server for the reports when they may have changed, else reuses the last answer. */
    vernieuw(): void {
        const vorige = this.gerenderd;
        this.gerenderd = vorige.then(() =>
            this.render().catch((e: unknown) => {
                this.toonHtml(`<p class="fout">${escapeHtml(`Het voorbeeld kon niet worden gemaakt: ${String(e)}`)}</p>`);
            }),
        );
    }

    private async render(): Promise<void> {
        const actief = vscode.window.activeTextEditor;
        const editor = actief?.document.languageId === 'opgave' ? actief : undefined;
        if (this.verouderd || !this.laatste) {
            this.verouderd = false;
            this.laatsteUri = editor?.document.uri.toString() ?? this.laatsteUri;
            this.laatste = await this.vraagRapporten(this.keuze);
        }
        let rapporten = this.laatste;
        if (editor && this.volgCursor) {
            this.keuze = keuzeBijCursor(rapporten, editor, this.keuze.pagina);
        }
        if (ontbrekendePaginas(rapporten, this.keuze).length > 0) {
            // A page the last answer left out (another opdracht, another report page): ask for it.
            this.laatste = rapporten = await this.vraagRapporten(this.keuze);
        }
        this.volgCursor = true;
        const inhoud = voorbeeldInhoud(rapporten, this.keuze);
        if (inhoud === this.laatsteInhoud && this.klaar && this.scroll === undefined) {
            // Only the highlight moved (another opgave of the same page): no new page, no mermaid run.
            if (this.keuze.focus !== this.getoondeFocus) {
                this.getoondeFocus = this.keuze.focus;
                await this.paneel.webview.postMessage({ type: 'focus', focus: this.keuze.focus ?? null });
            }
            return;
        }
        this.laatsteInhoud = inhoud;
        this.toonHtml(inhoud);
    }

    /**
     * Asks the server for the reports of the portfolio of `laatsteUri`, with only the pages `keuze`
     * shows (the server adds README.md), so a large portfolio's pages are not all sent again after
     * each edit.
     */
    private async vraagRapporten(keuze: Keuze): Promise<Rapporten> {
        this.aanvragen += 1;
        const paginas = [keuze.pagina, ...(keuze.opdrachtPagina !== undefined ? [keuze.opdrachtPagina] : [])];
        return this.client.sendRequest<Rapporten>('workspace/executeCommand', {
            command: 'opgave.server.rapporten',
            arguments: [this.laatsteUri ?? null, { paginas }],
        });
    }

    private toonHtml(inhoud: string): void {
        const webview = this.paneel.webview;
        const rapporten = this.laatste;
        this.klaar = false;
        this.getoondeFocus = this.keuze.focus;
        webview.html = voorbeeldDocument(inhoud, {
            nonce: crypto.randomBytes(16).toString('base64'),
            cspSource: webview.cspSource,
            media: (naam) => webview.asWebviewUri(vscode.Uri.joinPath(this.context.extensionUri, 'dist', 'media', naam)).toString(),
            staat: {
                pagina: rapporten ? getoondePagina(rapporten, this.keuze.pagina) : 'README.md',
                opdrachtPagina: this.keuze.opdrachtPagina,
                focus: this.keuze.focus,
                scroll: this.scroll,
            },
        });
        this.scroll = undefined;
    }

    /**
     * Handles a message of the webview: opens the declaration of a key of the last answer's
     * `bronnen` in the editor, or shows another report page. Public for tests (the extension host
     * cannot click inside the webview).
     * @returns the opened editor, if any
     */
    async ontvang(m: VoorbeeldBericht): Promise<vscode.TextEditor | undefined> {
        if (m.type === 'klaar') {
            this.klaar = true;
            return undefined;
        }
        const bron = m.type === 'open' && m.id ? this.laatste?.bronnen[m.id] : undefined;
        if (bron) {
            const uri = vscode.Uri.parse(bron.uri);
            const doc = await vscode.workspace.openTextDocument(uri);
            const pos = new vscode.Position(bron.line, bron.character ?? 0);
            const zichtbaar = vscode.window.visibleTextEditors.find((e) => e.document.uri.toString() === uri.toString());
            const kolom =
                zichtbaar?.viewColumn ?? (this.paneel.viewColumn === vscode.ViewColumn.One ? vscode.ViewColumn.Two : vscode.ViewColumn.One);
            return vscode.window.showTextDocument(doc, { viewColumn: kolom, selection: new vscode.Range(pos, pos) });
        }
        if (m.type === 'pagina' && m.pagina) {
            this.keuze = { ...this.keuze, pagina: m.pagina };
            this.vernieuw();
        }
        return undefined;
    }
}

/** The pages `keuze` shows that exist but are not in the answer (none from servers that send every report). */
export function ontbrekendePaginas(rapporten: Rapporten, keuze: Keuze): string[] {
    const alle = rapporten.alle;
    if (alle === undefined) return [];
    return [keuze.pagina, keuze.opdrachtPagina].filter(
        (p): p is string => p !== undefined && rapporten.bestanden[p] === undefined && alle.includes(p),
    );
}

/** Reads a saved webview state, ignoring anything of the wrong shape. */
function leesStaat(staat: unknown): VoorbeeldStaat {
    const s = typeof staat === 'object' && staat !== null ? (staat as Record<string, unknown>) : {};
    const tekst = (w: unknown): string | undefined => (typeof w === 'string' ? w : undefined);
    return {
        pagina: tekst(s.pagina),
        opdrachtPagina: tekst(s.opdrachtPagina),
        focus: tekst(s.focus),
        scroll: typeof s.scroll === 'number' && Number.isFinite(s.scroll) ? s.scroll : undefined,
    };
}

/**
 * What to show for the cursor of an editor: the innermost opdracht, opgave or thema declaration
 * around the cursor (else the nearest one above it, else the first of the file). An opdracht
 * shows its page on top of the current report page; an opgave or thema the portfolio page with
 * it highlighted. A file without such declarations shows the portfolio page.
 */
export function keuzeBijCursor(rapporten: Rapporten, editor: vscode.TextEditor, pagina: string): Keuze {
    const uri = editor.document.uri.toString();
    const regel = editor.selection.active.line;
    const paginas = rapporten.paginas;
    // Older servers send opdracht ids and pages only (no `paginas`).
    const soort = (sleutel: string): boolean =>
        sleutel.startsWith('opgave:') ||
        sleutel.startsWith('thema:') ||
        (paginas ? paginas[sleutel] !== undefined : !sleutel.includes('/'));
    const hier = Object.entries(rapporten.bronnen)
        .filter(([sleutel, b]) => b.uri === uri && soort(sleutel))
        .sort((a, b) => a[1].line - b[1].line);
    const omvat = hier.filter(([, b]) => b.line <= regel && regel <= (b.eind ?? b.line));
    let gekozen = omvat.sort((a, b) => (a[1].eind ?? a[1].line) - a[1].line - ((b[1].eind ?? b[1].line) - b[1].line))[0]?.[0];
    if (gekozen === undefined) {
        gekozen = hier[0]?.[0];
        for (const [sleutel, b] of hier) {
            if (b.line <= regel) gekozen = sleutel;
        }
    }
    if (gekozen === undefined) {
        return { pagina };
    }
    if (gekozen.startsWith('opgave:') || gekozen.startsWith('thema:')) {
        return { pagina: 'README.md', focus: gekozen };
    }
    return { pagina, opdrachtPagina: paginas?.[gekozen] ?? `opdrachten/${gekozen}.md`, focus: gekozen };
}

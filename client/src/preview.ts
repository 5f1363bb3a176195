/**
 * The preview panel: renders the portfolio report (README.md of the reports) and the page of the
 * opdracht in the active editor, with their Mermaid diagrams (mermaid is shipped with the
 * extension, nothing is loaded from the network). Follows edits, debounced. Strict CSP with a
 * nonce. Clicking an opdracht opens its source.
 */
import * as crypto from 'node:crypto';
import * as vscode from 'vscode';
import type { LanguageClient } from 'vscode-languageclient/node';
import { escapeHtml, renderMarkdown } from './render.js';

/** Answer of the server command `opgave.server.rapporten`. */
interface Rapporten {
    readonly root: string;
    readonly peildatum: string;
    readonly bestanden: Record<string, string>;
    readonly bronnen: Record<string, { uri: string; line: number }>;
    /** Opdracht id → report page; absent from servers older than this extension. */
    readonly paginas?: Record<string, string>;
}

const VERTRAGING_MS = 300;

/** The single preview panel. */
export class PreviewPaneel {
    static huidig: PreviewPaneel | undefined;
    private readonly paneel: vscode.WebviewPanel;
    private readonly weg: vscode.Disposable[] = [];
    private timer: NodeJS.Timeout | undefined;
    private pagina = 'README.md';
    private laatste?: Rapporten;
    /** Resolves after each render (for tests). */
    gerenderd: Promise<void> = Promise.resolve();

    /** Opens (or reveals) the preview. */
    static toon(context: vscode.ExtensionContext, client: LanguageClient): PreviewPaneel {
        if (PreviewPaneel.huidig) {
            PreviewPaneel.huidig.paneel.reveal(vscode.ViewColumn.Beside, true);
            PreviewPaneel.huidig.vernieuw();
            return PreviewPaneel.huidig;
        }
        const paneel = vscode.window.createWebviewPanel(
            'opgave.preview',
            'Opgave: voorbeeld',
            { viewColumn: vscode.ViewColumn.Beside, preserveFocus: true },
            {
                enableScripts: true,
                localResourceRoots: [vscode.Uri.joinPath(context.extensionUri, 'dist', 'media')],
            },
        );
        PreviewPaneel.huidig = new PreviewPaneel(context, client, paneel);
        return PreviewPaneel.huidig;
    }

    private constructor(
        private readonly context: vscode.ExtensionContext,
        private readonly client: LanguageClient,
        paneel: vscode.WebviewPanel,
    ) {
        this.paneel = paneel;
        paneel.onDidDispose(() => this.sluit(), null, this.weg);
        vscode.workspace.onDidChangeTextDocument(
            (e) => {
                if (e.document.languageId === 'opgave') this.planVernieuwing();
            },
            null,
            this.weg,
        );
        vscode.window.onDidChangeActiveTextEditor(() => this.planVernieuwing(), null, this.weg);
        paneel.webview.onDidReceiveMessage((m: { type: string; id?: string; pagina?: string }) => this.bericht(m), null, this.weg);
        this.vernieuw();
    }

    private sluit(): void {
        PreviewPaneel.huidig = undefined;
        if (this.timer) clearTimeout(this.timer);
        for (const d of this.weg) {
            d.dispose();
        }
    }

    private planVernieuwing(): void {
        if (this.timer) clearTimeout(this.timer);
        this.timer = setTimeout(() => this.vernieuw(), VERTRAGING_MS);
    }

    /** The HTML currently shown (for tests). */
    get huidigeHtml(): string {
        return this.paneel.webview.html;
    }

    /** Fetches the reports from the server (from the open buffers) and renders them. */
    vernieuw(): void {
        this.gerenderd = this.render().catch((e: unknown) => {
            this.paneel.webview.html = this.html(
                `<p class="fout">${escapeHtml(`Het voorbeeld kon niet worden gemaakt: ${String(e)}`)}</p>`,
            );
        });
    }

    private async render(): Promise<void> {
        const editor = vscode.window.activeTextEditor;
        const uri = editor?.document.languageId === 'opgave' ? editor.document.uri.toString() : undefined;
        const rapporten = await this.client.sendRequest<Rapporten>('workspace/executeCommand', {
            command: 'opgave.server.rapporten',
            arguments: uri ? [uri] : [],
        });
        this.laatste = rapporten;
        const opdracht = editor && uri ? this.opdrachtBijCursor(editor, rapporten) : undefined;
        const delen: string[] = [];
        const portfolio = rapporten.bestanden['README.md'];
        const paginaPad = opdracht ? (rapporten.paginas?.[opdracht] ?? `opdrachten/${opdracht}.md`) : undefined;
        const opdrachtPagina = paginaPad ? rapporten.bestanden[paginaPad] : undefined;
        const getoond = this.pagina !== 'README.md' && rapporten.bestanden[this.pagina] ? this.pagina : 'README.md';
        delen.push(`<nav><span class="peildatum">${escapeHtml(`Peildatum ${rapporten.peildatum}`)}</span></nav>`);
        if (opdrachtPagina) {
            delen.push(
                `<section class="opdracht" data-pagina="${escapeHtml(paginaPad ?? '')}">${renderMarkdown(opdrachtPagina)}</section><hr>`,
            );
        }
        const hoofd = rapporten.bestanden[getoond] ?? portfolio;
        delen.push(
            hoofd !== undefined
                ? `<section class="portfolio" data-pagina="${escapeHtml(getoond)}">${renderMarkdown(hoofd)}</section>`
                : '<p>Geen rapport.</p>',
        );
        this.paneel.webview.html = this.html(delen.join('\n'));
    }

    /** The opdracht under the cursor, else the first opdracht of the file. */
    private opdrachtBijCursor(editor: vscode.TextEditor, rapporten: Rapporten): string | undefined {
        const uri = editor.document.uri.toString();
        const regel = editor.selection.active.line;
        const hier = Object.entries(rapporten.bronnen)
            .filter(([id, b]) => b.uri === uri && !id.startsWith('opdrachten/'))
            .sort((a, b) => a[1].line - b[1].line);
        let gekozen = hier[0]?.[0];
        for (const [id, b] of hier) {
            if (b.line <= regel) gekozen = id;
        }
        return gekozen;
    }

    private async bericht(m: { type: string; id?: string; pagina?: string }): Promise<void> {
        const bron = m.type === 'open' && m.id ? this.laatste?.bronnen[m.id] : undefined;
        if (bron) {
            const doc = await vscode.workspace.openTextDocument(vscode.Uri.parse(bron.uri));
            const pos = new vscode.Position(bron.line, 0);
            await vscode.window.showTextDocument(doc, { viewColumn: vscode.ViewColumn.One, selection: new vscode.Range(pos, pos) });
        } else if (m.type === 'pagina' && m.pagina) {
            this.pagina = m.pagina;
            this.vernieuw();
        }
    }

    private html(inhoud: string): string {
        const webview = this.paneel.webview;
        const nonce = crypto.randomBytes(16).toString('base64');
        const media = (naam: string): string =>
            webview.asWebviewUri(vscode.Uri.joinPath(this.context.extensionUri, 'dist', 'media', naam)).toString();
        const csp = [
            "default-src 'none'",
            `img-src ${webview.cspSource} data:`,
            `style-src ${webview.cspSource} 'unsafe-inline'`,
            `font-src ${webview.cspSource}`,
            `script-src 'nonce-${nonce}'`,
        ].join('; ');
        return `<!DOCTYPE html>
<html lang="nl">
<head>
<meta charset="UTF-8">
<meta http-equiv="Content-Security-Policy" content="${csp}">
<meta name="viewport" content="width=device-width, initial-scale=1.0">
<link rel="stylesheet" href="${media('preview.css')}">
<title>Opgave: voorbeeld</title>
</head>
<body>
${inhoud}
<script nonce="${nonce}" src="${media('mermaid.min.js')}"></script>
<script nonce="${nonce}" src="${media('preview.js')}"></script>
</body>
</html>`;
    }
}

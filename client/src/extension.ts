/**
 * The VS Code extension of the .opgave language: starts the language server (dist/server.cjs),
 * and adds the commands generate reports, open preview, compare with a git ref (`vergelijk.ts`) and
 * explain the rule under the cursor, the portfolio tree in the Explorer and the rule links of the
 * findings.
 */
import * as vscode from 'vscode';
import { TransportKind, type LanguageClient, type LanguageClientOptions, type ServerOptions } from 'vscode-languageclient/node';
import { registreerBoom, type PortfolioBoom } from './boom.js';
import { OpgaveClient } from './client.js';
import { PreviewPaneel } from './preview.js';
import { regelLinkHandler, regelLinkMiddleware, toonRegel } from './regel.js';
import { registreerVergelijk } from './vergelijk.js';

let client: LanguageClient | undefined;

/** What the extension offers to tests and other extensions. */
export interface OpgaveApi {
    readonly client: LanguageClient;
    /** The open preview panel, if any. */
    preview(): PreviewPaneel | undefined;
    /** The data and badges of the portfolio tree view. */
    readonly portfolio: PortfolioBoom;
}

function instellingen(): { config?: string; peildatum?: string } {
    const c = vscode.workspace.getConfiguration('opgave');
    return { config: c.get<string>('config') || undefined, peildatum: c.get<string>('peildatum') || undefined };
}

/** Starts the client and registers the commands. */
export async function activate(context: vscode.ExtensionContext): Promise<OpgaveApi> {
    const module = vscode.Uri.joinPath(context.extensionUri, 'dist', 'server.cjs').fsPath;
    const serverOptions: ServerOptions = {
        run: { module, transport: TransportKind.ipc },
        debug: { module, transport: TransportKind.ipc, options: { execArgv: ['--nolazy', '--inspect=6009'] } },
    };
    const clientOptions: LanguageClientOptions = {
        documentSelector: [
            { scheme: 'file', language: 'opgave' },
            { scheme: 'untitled', language: 'opgave' },
        ],
        initializationOptions: instellingen(),
        synchronize: { configurationSection: 'opgave' },
        outputChannelName: 'Opgave',
        middleware: regelLinkMiddleware,
    };
    client = new OpgaveClient('opgave', 'Opgave', serverOptions, clientOptions);
    const c = client;
    context.subscriptions.push(
        vscode.window.registerUriHandler(regelLinkHandler(context, c)),
        vscode.commands.registerCommand('opgave.toonRegel', (id: unknown) => (typeof id === 'string' ? toonRegel(context, c, id) : false)),
    );
    await client.start();
    const portfolio = registreerBoom(context, c);

    context.subscriptions.push(
        vscode.commands.registerCommand('opgave.genereerRapporten', async () => {
            await vscode.workspace.saveAll(false);
            try {
                const r = await c.sendRequest<{ uitvoer?: string; code: number; samenvatting?: string }>('workspace/executeCommand', {
                    command: 'opgave.server.genereer',
                    arguments: [],
                });
                void vscode.window.showInformationMessage(r.samenvatting ?? `Rapporten geschreven naar ${r.uitvoer ?? 'de uitvoermap'}.`);
                return r;
            } catch (e) {
                void vscode.window.showErrorMessage(`Rapporten maken is mislukt: ${e instanceof Error ? e.message : String(e)}`);
                return undefined;
            }
        }),
        vscode.commands.registerCommand('opgave.openPreview', () => PreviewPaneel.toon(context, c)),
        vscode.commands.registerCommand('opgave.legRegelUit', () => legRegelUit(context, c)),
        vscode.commands.registerCommand('opgave.toonBevindingen', () => vscode.commands.executeCommand('workbench.actions.view.problems')),
    );
    PreviewPaneel.registreer(context, c);
    registreerVergelijk(context, c);
    return { client: c, preview: () => PreviewPaneel.huidig, portfolio };
}

/** Opens the documentation of the rule of the finding under the cursor. */
async function legRegelUit(context: vscode.ExtensionContext, c: LanguageClient): Promise<string | undefined> {
    const editor = vscode.window.activeTextEditor;
    if (!editor) {
        return undefined;
    }
    const pos = editor.selection.active;
    const bevindingen = vscode.languages.getDiagnostics(editor.document.uri).filter((d) => d.source === 'opgave' && d.range.contains(pos));
    const bevinding =
        bevindingen[0] ??
        vscode.languages.getDiagnostics(editor.document.uri).find((d) => d.source === 'opgave' && d.range.start.line === pos.line);
    if (!bevinding) {
        void vscode.window.showInformationMessage('Hier staat geen bevinding van opgave.');
        return undefined;
    }
    const code = bevinding.code;
    const id = String(typeof code === 'object' ? code.value : code);
    await toonRegel(context, c, id);
    return id;
}

/** Stops the language server. */
export async function deactivate(): Promise<void> {
    await client?.stop();
    client = undefined;
}

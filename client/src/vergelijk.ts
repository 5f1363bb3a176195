/**
 * The command "Opgave: Vergelijk met…": asks for a git ref (proposed: the upstream branch of the
 * workspace's repository, else `HEAD`), asks the server for the Markdown diff of that ref against
 * the working tree (`opgave.server.vergelijk`, the same diff as `opgave diff <ref>`) and opens it
 * in VS Code's Markdown preview.
 */
import * as vscode from 'vscode';
import type { LanguageClient } from 'vscode-languageclient/node';

/** Id of the command (package.json `contributes.commands`). */
export const VERGELIJK = 'opgave.vergelijk';
const SERVER_COMMANDO = 'opgave.server.vergelijk';

/** Answer of the server (server/src/vergelijk.ts `VergelijkAntwoord`). */
type Antwoord = { standaard?: string; markdown?: string; meldingen?: string[]; fout?: string };

/** Registers the command. */
export function registreerVergelijk(context: vscode.ExtensionContext, client: LanguageClient): void {
    context.subscriptions.push(vscode.commands.registerCommand(VERGELIJK, (basis?: unknown) => vergelijk(client, basis)));
}

async function vraagServer(client: LanguageClient, vraag: { basis?: string }): Promise<Antwoord | undefined> {
    try {
        return await client.sendRequest<Antwoord>('workspace/executeCommand', { command: SERVER_COMMANDO, arguments: [vraag] });
    } catch (e) {
        void vscode.window.showErrorMessage(`Vergelijken is mislukt: ${e instanceof Error ? e.message : String(e)}`);
        return undefined;
    }
}

/**
 * Runs the command. With a string argument (a keybinding's `args`) that ref is used without asking.
 * @returns the opened Markdown document, or undefined when cancelled or failed (the failure is shown)
 */
async function vergelijk(client: LanguageClient, argument: unknown): Promise<vscode.TextDocument | undefined> {
    let basis = typeof argument === 'string' && argument.trim() !== '' ? argument.trim() : undefined;
    if (basis === undefined) {
        const voorstel = await vraagServer(client, {});
        if (!voorstel) return undefined;
        if (voorstel.fout !== undefined) {
            void vscode.window.showErrorMessage(voorstel.fout);
            return undefined;
        }
        const invoer = await vscode.window.showInputBox({
            title: 'Opgave: Vergelijk met…',
            prompt: 'Vergelijk het portfolio met welke git-ref? (branch, tag of commit)',
            value: voorstel.standaard ?? 'HEAD',
            validateInput: (w) => (w.trim() === '' ? 'Geef een branch, tag of commit.' : undefined),
        });
        if (invoer === undefined || invoer.trim() === '') return undefined;
        basis = invoer.trim();
    }
    // The working tree is read from disk: unsaved changes count too, as with "Rapporten maken".
    await vscode.workspace.saveAll(false);
    const antwoord = await vscode.window.withProgress(
        { location: vscode.ProgressLocation.Window, title: `Vergelijken met ${basis}…` },
        () => vraagServer(client, { basis }),
    );
    if (!antwoord) return undefined;
    if (antwoord.fout !== undefined || antwoord.markdown === undefined) {
        void vscode.window.showErrorMessage(antwoord.fout ?? 'Vergelijken is mislukt: de server gaf geen verschil terug.');
        return undefined;
    }
    if (antwoord.meldingen && antwoord.meldingen.length > 0) {
        void vscode.window.showWarningMessage(antwoord.meldingen.join(' '));
    }
    const doc = await vscode.workspace.openTextDocument({ language: 'markdown', content: antwoord.markdown });
    // VS Code's built-in Markdown preview (also in code-server and VSCodium); without it, the text.
    // Not looked up in getCommands: that lists the preview's command only once its extension runs.
    try {
        await vscode.commands.executeCommand('markdown.showPreview', doc.uri);
    } catch {
        await vscode.window.showTextDocument(doc, { preview: true });
    }
    return doc;
}

/**
 * Rule pages: a finding's code links to the page of its rule (`docs/regels/<id>.md`, shipped with
 * the extension). The server's link is a `file:` URI, which VS Code opens as raw Markdown; the
 * client rewrites it to a URI of this extension (`<uriScheme>://opgave.opgave/regel/<id>`), which
 * the Problems panel, the hover and the error peek all hand to the extension's URI handler, and the
 * handler shows the rendered page (`markdown.showPreview`), as "Leg de regel uit" does.
 */
import * as fs from 'node:fs';
import * as vscode from 'vscode';
import type { LanguageClient, Middleware } from 'vscode-languageclient/node';

/** Extension id (`publisher.name` in package.json): the authority of the URIs its handler receives. */
const EXTENSIE_ID = 'opgave.opgave';
/** Path prefix of a rule link. */
const REGEL_PAD = '/regel/';
/** Rule ids are lower-case words with hyphens (`driehoek-onvolledig`). */
const REGEL_ID = /^[a-z0-9]+(?:-[a-z0-9]+)*$/;
/** The server's page link: …/docs/regels/<id>.md. */
const DOC_PAD = /\/docs\/regels\/([a-z0-9-]+)\.md$/;

/** The link a finding of rule `id` gets in VS Code. */
export function regelLink(id: string): vscode.Uri {
    return vscode.Uri.from({ scheme: vscode.env.uriScheme, authority: EXTENSIE_ID, path: `${REGEL_PAD}${id}` });
}

/** The rule id of a rule link made by {@link regelLink}, else undefined. */
export function regelVanLink(uri: vscode.Uri): string | undefined {
    if (uri.authority.toLowerCase() !== EXTENSIE_ID || !uri.path.startsWith(REGEL_PAD)) return undefined;
    const id = uri.path.slice(REGEL_PAD.length);
    return REGEL_ID.test(id) ? id : undefined;
}

/** Middleware that gives every finding whose code links to a rule page the extension's rule link. */
export const regelLinkMiddleware: Middleware = {
    handleDiagnostics(uri, diagnostics, next) {
        for (const d of diagnostics) {
            const code = d.code;
            if (typeof code === 'object' && code.target.scheme === 'file' && d.source === 'opgave') {
                const id = DOC_PAD.exec(code.target.path)?.[1];
                if (id !== undefined && REGEL_ID.test(id)) d.code = { value: code.value, target: regelLink(id) };
            }
        }
        next(uri, diagnostics);
    },
};

/**
 * Shows the rendered page of a rule (the Markdown preview of `docs/regels/<id>.md` in the extension
 * folder); without that page, the rule's summary from the server in a message.
 * @returns true when the page was opened
 */
export async function toonRegel(context: vscode.ExtensionContext, client: LanguageClient, id: string): Promise<boolean> {
    const pagina = vscode.Uri.joinPath(context.extensionUri, 'docs', 'regels', `${id}.md`);
    if (REGEL_ID.test(id) && fs.existsSync(pagina.fsPath)) {
        await vscode.commands.executeCommand('markdown.showPreview', pagina);
        return true;
    }
    let uitleg: { samenvatting: string; bron: string } | undefined;
    try {
        uitleg = await client.sendRequest<{ samenvatting: string; bron: string } | undefined>('workspace/executeCommand', {
            command: 'opgave.server.regelUitleg',
            arguments: [id],
        });
    } catch {
        uitleg = undefined;
    }
    void vscode.window.showInformationMessage(
        uitleg ? `${id}: ${uitleg.samenvatting} (inspiratiegids: ${uitleg.bron})` : `Onbekende regel: ${id}.`,
    );
    return false;
}

/** The URI handler of the extension: rule links open the rule's page. */
export function regelLinkHandler(context: vscode.ExtensionContext, client: LanguageClient): vscode.UriHandler {
    return {
        handleUri: async (uri) => {
            const id = regelVanLink(uri);
            if (id !== undefined) await toonRegel(context, client, id);
        },
    };
}

/**
 * The language client of the extension: vscode-languageclient's `LanguageClient`, with one change
 * for a window reload or close.
 */
import { LanguageClient, ResponseError, type CancellationToken, type MessageSignature } from 'vscode-languageclient/node';

/**
 * Language client that stays quiet about requests that fail only because the client is stopping.
 *
 * On a window reload VS Code asks for code actions, code lenses and the like while it deactivates
 * the extension. vscode-languageclient checks its state before it waits for its (long finished)
 * start; when `stop()` runs in that pause, the request fails with a plain `Error("Starting server
 * failed")`, which the client logs in the "Opgave" output and VS Code logs as "provider FAILED" in
 * the extension host log. A request made after the stop already gets a `ConnectionInactive` error,
 * which the library answers with the empty default; this client does the same for the ones in
 * flight. While the client runs, every failure is handled as before.
 */
export class OpgaveClient extends LanguageClient {
    override handleFailedRequest<T>(
        type: MessageSignature,
        token: CancellationToken | undefined,
        error: unknown,
        defaultValue: T,
        showNotification?: boolean,
        throwOnCancel?: boolean,
    ): T {
        if (!this.isRunning() && !(error instanceof ResponseError)) {
            return defaultValue;
        }
        return super.handleFailedRequest(type, token, error, defaultValue, showNotification, throwOnCancel);
    }
}

/**
 * Which documents a Langium build touched, for the incremental check (`PortfolioControle`): every
 * document that was changed, deleted or linked again since the last time the set was taken. A
 * document is linked again when a document it refers to changed, or when it has references that
 * did not resolve; its model elements then hold other targets and must be built again.
 */
import { DocumentState, type DocumentBuilder } from 'langium';

/** Collects the URIs (strings) of the documents built since the last {@link HerbouwVolger.neem}. */
export class HerbouwVolger {
    private uris = new Set<string>();

    /** Listens to `builder` for as long as the builder lives. */
    constructor(builder: DocumentBuilder) {
        builder.onUpdate((changed, deleted) => {
            for (const uri of [...changed, ...deleted]) {
                this.uris.add(uri.toString());
            }
        });
        builder.onDocumentPhase(DocumentState.Linked, (doc) => {
            this.uris.add(doc.uri.toString());
        });
    }

    /** The URIs collected so far; the next call starts from an empty set. */
    neem(): ReadonlySet<string> {
        const uris = this.uris;
        this.uris = new Set();
        return uris;
    }
}

/**
 * The global scope of the portfolio (the names other files declare), kept up to date per document.
 *
 * Langium's default global scope is rebuilt after every change: a map of every exported name of
 * the workspace (about 15,000 at 10,000 opdrachten) for every keystroke in the editor. This index
 * keeps, per reference type, the names by document and updates only the documents whose exports
 * were indexed again, so an edit costs in proportion to what it changed.
 *
 * Of several declarations with the same name (a `dubbele-naam` finding), a reference resolves to
 * the one in the file whose path sorts first, then the first in that file, whatever order the
 * files were loaded in: the command line and the editor resolve it the same way, and so does a
 * portfolio that was checked incrementally and one that was read afresh.
 */
import {
    DocumentState,
    EMPTY_STREAM,
    stream,
    URI,
    type AstNodeDescription,
    type IndexManager,
    type LangiumDocuments,
    type LangiumSharedCoreServices,
    type Scope,
    type Stream,
} from 'langium';

/** Orders two file paths the way the command line reads files (JavaScript string order of the path). */
function vergelijkPad(a: string, b: string): number {
    return a < b ? -1 : a > b ? 1 : 0;
}

/** The exported names of one reference type, per document and per name. */
class TypeIndex {
    /** Document URI → its descriptions of this type, in document order. */
    readonly perUri = new Map<string, readonly AstNodeDescription[]>();
    /** Name → descriptions, ordered by file path, then document order. */
    readonly perNaam = new Map<string, AstNodeDescription[]>();

    constructor(private readonly padVan: (uri: string) => string) {}

    /** Replaces the descriptions of `uri` (none: the document is gone). */
    zet(uri: string, beschrijvingen: readonly AstNodeDescription[]): void {
        for (const d of this.perUri.get(uri) ?? []) {
            const lijst = this.perNaam.get(d.name);
            if (lijst) {
                const overig = lijst.filter((x) => x.documentUri.toString() !== uri);
                if (overig.length > 0) {
                    this.perNaam.set(d.name, overig);
                } else {
                    this.perNaam.delete(d.name);
                }
            }
        }
        if (beschrijvingen.length === 0) {
            this.perUri.delete(uri);
            return;
        }
        this.perUri.set(uri, beschrijvingen);
        const pad = this.padVan(uri);
        for (const d of beschrijvingen) {
            const lijst = this.perNaam.get(d.name);
            if (!lijst) {
                this.perNaam.set(d.name, [d]);
                continue;
            }
            // After every description of a file whose path sorts before or equal to this one.
            let i = lijst.length;
            while (i > 0 && vergelijkPad(this.padVan(lijst[i - 1]!.documentUri.toString()), pad) > 0) {
                i--;
            }
            lijst.splice(i, 0, d);
        }
    }
}

/** A view of one {@link TypeIndex}, without the documents in `buiten`. */
class IndexScope implements Scope {
    constructor(
        private readonly index: TypeIndex,
        private readonly buiten: ReadonlySet<string>,
    ) {}

    private toegestaan(d: AstNodeDescription): boolean {
        return this.buiten.size === 0 || !this.buiten.has(d.documentUri.toString());
    }

    getElement(name: string): AstNodeDescription | undefined {
        return this.index.perNaam.get(name)?.find((d) => this.toegestaan(d));
    }

    getElements(name: string): Stream<AstNodeDescription> {
        const lijst = this.index.perNaam.get(name);
        return lijst ? stream(lijst).filter((d) => this.toegestaan(d)) : (EMPTY_STREAM as Stream<AstNodeDescription>);
    }

    getAllElements(): Stream<AstNodeDescription> {
        return stream(this.index.perNaam.values())
            .flatMap((lijst) => lijst)
            .filter((d) => this.toegestaan(d));
    }
}

/** The kept global index of one workspace (one per Langium shared services). */
export class GlobaleIndex {
    private readonly documenten: LangiumDocuments;
    private readonly index: IndexManager;
    private readonly perType = new Map<string, TypeIndex>();
    /** Documents whose exports were indexed again (or that were deleted) since the indexes last caught up. */
    private readonly teVerwerken = new Set<string>();
    private readonly paden = new Map<string, string>();

    constructor(shared: LangiumSharedCoreServices) {
        this.documenten = shared.workspace.LangiumDocuments;
        this.index = shared.workspace.IndexManager;
        const builder = shared.workspace.DocumentBuilder;
        builder.onDocumentPhase(DocumentState.IndexedContent, (doc) => {
            this.teVerwerken.add(doc.uri.toString());
        });
        builder.onUpdate((changed, deleted) => {
            for (const uri of deleted) {
                this.teVerwerken.add(uri.toString());
            }
            for (const uri of [...changed, ...deleted]) {
                this.paden.delete(uri.toString());
            }
        });
    }

    /**
     * The global scope for `referenceType`: every exported name of that type in the workspace,
     * without the documents in `zonder` (URIs as strings).
     */
    scope(referenceType: string, zonder: ReadonlySet<string> = new Set()): Scope {
        return new IndexScope(this.typeIndex(referenceType), zonder);
    }

    /** The path a URI's file is read under by the command line (for the order of duplicates). */
    private padVan(uri: string): string {
        let pad = this.paden.get(uri);
        if (pad === undefined) {
            const u = URI.parse(uri);
            pad = u.scheme === 'file' ? u.fsPath : uri;
            this.paden.set(uri, pad);
        }
        return pad;
    }

    /** The index of `referenceType`, brought up to date with the documents indexed since. */
    private typeIndex(referenceType: string): TypeIndex {
        this.verwerk();
        let index = this.perType.get(referenceType);
        if (!index) {
            index = new TypeIndex((uri) => this.padVan(uri));
            const perUri = new Map<string, AstNodeDescription[]>();
            for (const d of this.index.allElements(referenceType)) {
                const uri = d.documentUri.toString();
                const lijst = perUri.get(uri);
                if (lijst) {
                    lijst.push(d);
                } else {
                    perUri.set(uri, [d]);
                }
            }
            for (const [uri, lijst] of perUri) {
                index.zet(uri, lijst);
            }
            this.perType.set(referenceType, index);
        }
        return index;
    }

    /** Catches the indexes up with the documents whose exports changed (only those already indexed again). */
    private verwerk(): void {
        if (this.teVerwerken.size === 0) {
            return;
        }
        const klaar = [...this.teVerwerken].filter((uri) => {
            const doc = this.documenten.getDocument(URI.parse(uri));
            return !doc || doc.state >= DocumentState.IndexedContent;
        });
        if (klaar.length === 0) {
            return;
        }
        const uris = new Set(klaar);
        for (const [type, index] of this.perType) {
            const perUri = new Map<string, AstNodeDescription[]>(klaar.map((uri) => [uri, []]));
            for (const d of this.index.allElements(type, uris)) {
                perUri.get(d.documentUri.toString())?.push(d);
            }
            for (const [uri, lijst] of perUri) {
                index.zet(uri, lijst);
            }
        }
        for (const uri of klaar) {
            this.teVerwerken.delete(uri);
        }
    }
}

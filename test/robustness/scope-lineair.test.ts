/**
 * Linking stays linear in the size of one file: the scope of a container is built once per
 * reference type, not scanned per reference (language/src/linking/scope-provider.ts). Counted, not
 * timed: the number of type checks Langium's reflection makes while linking. With Langium's default
 * scope provider every reference re-filters all top-level declarations of its file, so four times
 * the file costs sixteen times the checks; here it costs about four times.
 */
import { strict as assert } from 'node:assert';
import { DocumentState, EmptyFileSystem, URI } from 'langium';
import { createOpgaveServices } from '../../language/src/opgave-module.js';

/** A file with `n` spelers and one opgave that names all of them. */
function bestand(n: number): string {
    const namen = Array.from({ length: n }, (_, i) => `speler-${i}`);
    const spelers = namen.map((s) => `speler ${s} "Speler ${s}" {\n    soort bedrijf\n}\n`).join('');
    return `${spelers}opgave samen "Samen" {\n    spelers ${namen.join(', ')}\n}\n`;
}

/** Links the file and returns how many type checks linking made, and how many references did not resolve. */
async function koppel(n: number): Promise<{ typeChecks: number; onopgelost: number }> {
    const { shared } = createOpgaveServices(EmptyFileSystem);
    const reflection = shared.AstReflection;
    const origineel = reflection.isSubtype.bind(reflection);
    let typeChecks = 0;
    const doc = shared.workspace.LangiumDocumentFactory.fromString(bestand(n), URI.file('/portfolio/groot.opgave'));
    shared.workspace.LangiumDocuments.addDocument(doc);
    // Count only during linking (after the scopes are computed).
    shared.workspace.DocumentBuilder.onBuildPhase(DocumentState.ComputedScopes, () => {
        reflection.isSubtype = (sub: string, sup: string) => {
            typeChecks++;
            return origineel(sub, sup);
        };
    });
    await shared.workspace.DocumentBuilder.build([doc], { validation: false });
    reflection.isSubtype = origineel;
    const onopgelost = doc.references.filter((r) => r.error !== undefined).length;
    return { typeChecks, onopgelost };
}

describe('koppelen: lineair in de grootte van een bestand', function () {
    this.timeout(60_000);

    it('vier keer zoveel spelers en verwijzingen kost hooguit ongeveer vier keer zoveel typecontroles', async () => {
        const klein = await koppel(500);
        const groot = await koppel(2000);
        assert.equal(klein.onopgelost, 0);
        assert.equal(groot.onopgelost, 0);
        assert.ok(klein.typeChecks > 0, 'telling werkt niet');
        const verhouding = groot.typeChecks / klein.typeChecks;
        assert.ok(verhouding < 6, `typecontroles ${klein.typeChecks} → ${groot.typeChecks} (× ${verhouding.toFixed(1)}): niet lineair`);
    });
});

/**
 * One direction, enforced (issue 10, item 1): language/ → reports/ → cli/ and server/, and client/
 * talks to the server only over LSP. The lint rule `import-x/no-restricted-paths` (eslint.config.mjs)
 * holds the zones and `import-x/no-cycle` forbids file cycles among values. These tests lint
 * snippets through ESLint's Node API at paths in each folder, so a zone cannot silently stop
 * covering a folder; and they walk the import graph with TypeScript, `import type` included, because
 * `import-x/no-cycle` skips type-only imports.
 */
import { strict as assert } from 'node:assert';
import * as fs from 'node:fs';
import * as path from 'node:path';
import { ESLint } from 'eslint';
import ts from 'typescript';
import { ROOT } from '../helpers/index.js';

const ZONE = 'import-x/no-restricted-paths';
const CYCLUS = 'import-x/no-cycle';

/** A file in each layer (the snippet is linted as if it were this file) and a module in it to import. */
const LAGEN = {
    language: { bestand: 'language/src/node-versie.ts', module: 'language/src/config.js' },
    reports: { bestand: 'reports/src/tekst.ts', module: 'reports/src/index.js' },
    cli: { bestand: 'cli/src/commander-nl.ts', module: 'cli/src/main.js' },
    server: { bestand: 'server/src/stdout-bewaking.ts', module: 'server/src/main.js' },
    client: { bestand: 'client/src/render.ts', module: 'client/src/extension.js' },
} as const;
type Laag = keyof typeof LAGEN;

/** What each layer may import; every other pair must fail. */
const MAG: Record<Laag, readonly Laag[]> = {
    language: [],
    reports: ['language'],
    cli: ['language', 'reports'],
    server: ['language', 'reports'],
    client: [],
};

/** File cycles through `import type` that are allowed: none. */
const BEKENDE_CYCLI: readonly (readonly string[])[] = [];

/** One ESLint per rule, so a zone test does not pay for the cycle search. */
const eslints = new Map<string, ESLint>();

/** The messages of `regel` for `tekst` linted as the file at `bestand` (relative to ROOT). */
async function meldingen(regel: string, bestand: string, tekst: string): Promise<string[]> {
    let eslint = eslints.get(regel);
    if (!eslint) {
        // The project's own eslint.config.mjs, running only `regel`: the import rules need no
        // types, and the project service would read the linted file from disk, not the snippet.
        eslint = new ESLint({
            cwd: ROOT,
            overrideConfig: { languageOptions: { parserOptions: { projectService: false } } },
            ruleFilter: ({ ruleId }) => ruleId === regel,
        });
        eslints.set(regel, eslint);
    }
    const resultaten = await eslint.lintText(tekst, { filePath: path.join(ROOT, bestand) });
    assert.equal(resultaten.length, 1);
    const resultaat = resultaten[0]!;
    // A parse error or an ignored file reports no rule at all: that must fail the test too.
    const anders = resultaat.messages.filter((m) => m.fatal || (m.ruleId === null && m.severity > 0));
    assert.deepEqual(anders, [], `${bestand}: ${anders.map((m) => m.message).join('; ')}`);
    return resultaat.messages.filter((m) => m.ruleId === regel).map((m) => m.message);
}

/** The relative import of `module` (relative to ROOT) from the file `bestand`. */
function relatief(bestand: string, module: string): string {
    const r = path.posix.relative(path.posix.dirname(bestand), module);
    return r.startsWith('.') ? r : `./${r}`;
}

describe('lagen: language → reports → cli/server, client alleen via LSP', () => {
    it('language/src die reports/src/index.js importeert faalt op de zone', async () => {
        const m = await meldingen(
            ZONE,
            'language/src/node-versie.ts',
            "import { genereerRapporten } from '../../reports/src/index.js';\nexport const g = genereerRapporten;\n",
        );
        assert.equal(m.length, 1, m.join('\n'));
        assert.match(m.join(''), /Unexpected path "\.\.\/\.\.\/reports\/src\/index\.js" imported in restricted zone/);
        assert.match(m.join(''), /language\/ is the core/);
    });

    for (const [van, { bestand }] of Object.entries(LAGEN) as [Laag, (typeof LAGEN)[Laag]][]) {
        for (const [naar, { module }] of Object.entries(LAGEN) as [Laag, (typeof LAGEN)[Laag]][]) {
            if (naar === van) {
                continue;
            }
            const mag = MAG[van].includes(naar);
            it(`${van} → ${naar}: ${mag ? 'mag' : 'faalt, ook met import type'}`, async () => {
                const bron = relatief(bestand, module);
                const waarde = await meldingen(ZONE, bestand, `import * as m from '${bron}';\nexport { m };\n`);
                const type = await meldingen(ZONE, bestand, `import type * as m from '${bron}';\nexport type M = typeof m;\n`);
                assert.equal(waarde.length, mag ? 0 : 1, waarde.join('\n'));
                assert.equal(type.length, mag ? 0 : 1, type.join('\n'));
            });
        }
    }

    it('een cyclus faalt: reports/src/paden.ts die de barrel reports/src/index.ts importeert', async () => {
        // index.ts → readme.ts → paden.ts: importing the barrel from paden.ts closes the circle.
        const m = await meldingen(CYCLUS, 'reports/src/paden.ts', "export { genereerRapporten } from './index.js';\n");
        assert.equal(m.length, 1, m.join('\n'));
        assert.match(m.join(''), /Dependency cycle/);
        assert.deepEqual(await meldingen(CYCLUS, 'reports/src/paden.ts', "export { GEGENEREERD_KOP } from './kop.js';\n"), []);
    });

    it('geen bestandscycli, ook niet via import type (behalve de bekende)', () => {
        const cycli = bestandsCycli(['language/src', 'reports/src', 'cli/src', 'server/src', 'client/src', 'test', 'bench']);
        assert.deepEqual(cycli, BEKENDE_CYCLI, `cycli:\n${cycli.map((c) => c.join(' ↔ ')).join('\n')}`);
    });
});

/**
 * The strongly connected groups of more than one file in the import graph of the TypeScript files
 * under `mappen` (relative to ROOT): every relative `import`, `import type`, `export … from` and
 * `import()`, resolved as tsc resolves it. Test fixtures are not code and are skipped.
 * @returns groups of paths relative to ROOT (with `/`), each sorted, sorted by their first path
 */
function bestandsCycli(mappen: readonly string[]): string[][] {
    const opties: ts.CompilerOptions = {
        module: ts.ModuleKind.NodeNext,
        moduleResolution: ts.ModuleResolutionKind.NodeNext,
        allowJs: false,
    };
    const bestanden = mappen.flatMap((map) =>
        (fs.readdirSync(path.join(ROOT, map), { recursive: true }) as string[])
            .filter((f) => /\.(m|c)?ts$/.test(f) && !f.endsWith('.d.ts'))
            .map((f) => path.join(ROOT, map, f))
            .filter((f) => !f.includes(`${path.sep}fixtures${path.sep}`)),
    );
    const graaf = new Map<string, string[]>();
    for (const bestand of bestanden) {
        const imports = ts.preProcessFile(fs.readFileSync(bestand, 'utf8'), true, true).importedFiles;
        graaf.set(
            bestand,
            imports
                .filter((i) => i.fileName.startsWith('.'))
                .map((i) => ts.resolveModuleName(i.fileName, bestand, opties, ts.sys).resolvedModule?.resolvedFileName)
                .filter((f): f is string => f !== undefined && !f.includes(`${path.sep}node_modules${path.sep}`))
                .map((f) => path.resolve(f)),
        );
    }
    // Tarjan's algorithm for strongly connected components.
    const index = new Map<string, number>();
    const laag = new Map<string, number>();
    const stapel: string[] = [];
    const opStapel = new Set<string>();
    const groepen: string[][] = [];
    const bezoek = (v: string): void => {
        index.set(v, index.size);
        laag.set(v, index.get(v)!);
        stapel.push(v);
        opStapel.add(v);
        for (const w of graaf.get(v) ?? []) {
            if (!index.has(w)) {
                bezoek(w);
                laag.set(v, Math.min(laag.get(v)!, laag.get(w)!));
            } else if (opStapel.has(w)) {
                laag.set(v, Math.min(laag.get(v)!, index.get(w)!));
            }
        }
        if (laag.get(v) === index.get(v)) {
            const groep: string[] = [];
            let w: string;
            do {
                w = stapel.pop()!;
                opStapel.delete(w);
                groep.push(w);
            } while (w !== v);
            if (groep.length > 1) {
                groepen.push(groep.map((f) => path.relative(ROOT, f).split(path.sep).join('/')).sort());
            }
        }
    };
    for (const v of graaf.keys()) {
        if (!index.has(v)) {
            bezoek(v);
        }
    }
    return groepen.sort((a, b) => (a[0]! < b[0]! ? -1 : 1));
}

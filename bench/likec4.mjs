// The peer of the benchmark (issue 11): LikeC4 (https://likec4.dev), an architecture-as-code
// tool on Langium like ours. This module
//   - converts a synthetic portfolio (bench/genereer.mjs) into an equivalent LikeC4 model: one
//     `.c4` file per `.opgave` file, at the same relative path, with the same elements, ids,
//     titles, nesting and cross-file references;
//   - installs the pinned `likec4` from the npm registry into a prefix outside the tracked files
//     (never into package.json);
//   - gives the command that validates a whole LikeC4 workspace.
//
// The mapping (every declaration of the portfolio becomes one LikeC4 element of the same kind
// name, with its id and title; every reference becomes a relationship from the element that
// makes it, of a relationship kind named after the keyword that makes it):
//   gemeente, persoon, thema, gebied, speler   top-level elements; their scalar properties
//                                              (functie, fte, soort, positie, schaal, ...) as metadata
//   thema … opgavemanager P                    thema -[opgavemanager]-> P
//   opgave                                     top-level element; texts, kenmerken, voorscheider as
//                                              metadata; -[thema]->, -[gebied]->, -[spelers]-> (one per speler)
//   opgave … deel-van O                        nested inside O (O.X); the nesting is the deel-van
//   opdracht X "…" voor O                      top-level element; X -[voor]-> O (an opgave or a nested deelopgave)
//   driehoek { rol P }, eigenaar P             X -[rol]-> P, X -[eigenaar]-> P
//   doelen { doel D "…" }                      doel elements nested inside the opdracht (X.D)
//   inspanningen { inspanning I "…" … }        inspanning elements nested inside the opdracht (X.I), with
//                                              -[draagt-bij-aan]-> X.D and -[opdracht]-> (the project opdracht)
//   historie { … afgestemd-met P, Q }          the lines as metadata; X -[afgestemd-met]-> P, Q
//   werkwijze, kaders, budget, periode, fasen, … metadata (fasen and historie one line each)
// Views: one scoped view per opgave file (the opgave, its deelopgave, the opdrachten for it) and an
// overview of the themas. The specification (element and relationship kinds) stands in
// organisatie/gemeente.c4, so there are exactly as many files as in the portfolio.
//
// The portfolio may carry deliberate mistakes (`--fouten`). The LikeC4 model is the portfolio as
// intended, so that `likec4 validate` passes: a reference to an id that is declared nowhere
// (`onbekende-verwijzing`) is left out, a second declaration of an id (`dubbele-naam`) gets the
// suffix `-dubbel-N`, a property without a value (`syntaxis`) is left out. The other mistakes are
// only wrong values in metadata, which LikeC4 does not judge. The counts are returned.
//
// The reader below understands exactly the regular layout genereer.mjs writes (one statement per
// line, `{` at the end of a line, `}` alone); it is not a parser of the opgave language.
//
// Usage: node bench/likec4.mjs <portfoliomap> --uit <map>          (convert)
//        node bench/likec4.mjs --installeer [--prefix <map>]        (install the pinned likec4)
import { spawnSync } from 'node:child_process';
import * as fs from 'node:fs';
import * as path from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';
import { parseArgs } from 'node:util';

/** The likec4 version the benchmark installs and was tested with. */
export const LIKEC4_VERSIE = '1.59.4';

const ROOT = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');

/** Default install prefix: under the repository's node_modules (ignored by git, wiped by npm ci). */
export const STANDAARD_PREFIX = path.join(ROOT, 'node_modules', '.cache', 'opgave-bench-likec4');

/** Keywords whose value is one reference, per declaration kind; the relationship kind has the keyword's name. */
const ENKELE_VERWIJZINGEN = new Set([
    'thema',
    'gebied',
    'opgavemanager',
    'eigenaar',
    'bestuurlijk-opdrachtgever',
    'ambtelijk-opdrachtgever',
    'sturingsprofessional',
]);
/** Keywords whose value is a comma-separated list of references. */
const LIJST_VERWIJZINGEN = new Set(['spelers']);
/** Blocks inside an opdracht whose lines are kept as one metadata value. */
const TEKSTBLOKKEN = new Set(['fasen', 'historie', 'voorscheider']);

const ELEMENTSOORTEN = ['gemeente', 'persoon', 'thema', 'gebied', 'speler', 'opgave', 'opdracht', 'doel', 'inspanning'];
const RELATIESOORTEN = [
    'opgavemanager',
    'thema',
    'gebied',
    'spelers',
    'voor',
    'bestuurlijk-opdrachtgever',
    'ambtelijk-opdrachtgever',
    'sturingsprofessional',
    'eigenaar',
    'draagt-bij-aan',
    'opdracht',
    'afgestemd-met',
];

/**
 * Reads one generated .opgave file into a tree: each statement is `{kop, kinderen?}`, where `kop`
 * is the line without indentation and without a trailing `{`; blocks have `kinderen`.
 */
function leesBlokken(tekst, bestand) {
    const wortel = { kop: '', kinderen: [] };
    const stapel = [wortel];
    for (const ruw of tekst.split('\n')) {
        const regel = ruw.trim();
        if (regel === '' || regel.startsWith('//')) {
            continue;
        }
        if (regel === '}') {
            if (stapel.length === 1) {
                throw new Error(`${bestand}: '}' zonder blok`);
            }
            stapel.pop();
        } else if (regel.endsWith('{')) {
            const knoop = { kop: regel.slice(0, -1).trim(), kinderen: [] };
            stapel.at(-1).kinderen.push(knoop);
            stapel.push(knoop);
        } else {
            stapel.at(-1).kinderen.push({ kop: regel });
        }
    }
    if (stapel.length !== 1) {
        throw new Error(`${bestand}: blok niet gesloten`);
    }
    return wortel.kinderen;
}

/** Splits `sleutel rest` at the first space. */
function splits(kop) {
    const i = kop.indexOf(' ');
    return i < 0 ? [kop, ''] : [kop.slice(0, i), kop.slice(i + 1)];
}

/** A declaration header: `soort id "titel"` with an optional `voor ref`. */
const KOP = /^([a-z]+) ([A-Za-z][\w-]*)(?: "([^"]*)")?(?: voor ([A-Za-z][\w-]*))?$/;

/** A LikeC4 string literal; single quotes unless the text holds one. */
function tekst(s) {
    if (!s.includes("'")) {
        return `'${s}'`;
    }
    if (!s.includes('"')) {
        return `"${s}"`;
    }
    return `'${s.replaceAll("'", '’')}'`;
}

/** A metadata value: the source text without the quotes around its strings. */
const waarde = (rest) => rest.replace(/"([^"]*)"/g, '$1').replace(/\s+/g, ' ');

/**
 * Converts the portfolio in `bronMap` (the .opgave files below it) into a LikeC4 workspace in
 * `doelMap` (created; existing .c4 files there are replaced).
 * @returns {{bestanden: number, elementen: number, relaties: number, weggelaten: number, hernoemd: number, weggelatenEigenschappen: number}}
 */
export function zetOmNaarLikec4(bronMap, doelMap) {
    const relatief = fs
        .readdirSync(bronMap, { recursive: true })
        .map(String)
        .filter((f) => f.endsWith('.opgave'))
        .sort();
    const bronnen = relatief.map((rel) => ({ rel, blokken: leesBlokken(fs.readFileSync(path.join(bronMap, rel), 'utf8'), rel) }));

    // Pass 1: every declaration gets its LikeC4 name and fully qualified name. Ids are global in
    // the portfolio; a second declaration of an id is renamed.
    const fqn = new Map();
    const tel = { bestanden: 0, elementen: 0, relaties: 0, weggelaten: 0, hernoemd: 0, weggelatenEigenschappen: 0 };
    const gezien = new Map();
    const uniek = (id) => {
        const n = (gezien.get(id) ?? 0) + 1;
        gezien.set(id, n);
        if (n > 1) {
            tel.hernoemd++;
            return `${id}-dubbel-${n}`;
        }
        return id;
    };
    for (const bron of bronnen) {
        for (const blok of bron.blokken) {
            const m = KOP.exec(blok.kop);
            if (!m || !ELEMENTSOORTEN.includes(m[1])) {
                throw new Error(`${bron.rel}: onverwachte declaratie '${blok.kop}'`);
            }
            blok.soort = m[1];
            blok.id = m[2];
            blok.titel = m[3] ?? m[2];
            blok.voor = m[4];
            blok.naam = uniek(m[2]);
            blok.eigenschappen = (blok.kinderen ?? []).map((k) => ({ k, sleutel: splits(k.kop)[0], rest: splits(k.kop)[1] }));
            blok.deelVan = blok.eigenschappen.find((e) => e.sleutel === 'deel-van')?.rest;
            blok.onderdelen = [];
        }
        // Nesting: a deelopgave inside the opgave it is part of (in the same file, as generated).
        const hier = new Map(bron.blokken.map((b) => [b.id, b]));
        bron.top = [];
        for (const blok of bron.blokken) {
            const ouder = blok.deelVan ? hier.get(blok.deelVan) : undefined;
            if (blok.deelVan && !ouder) {
                throw new Error(`${bron.rel}: deel-van ${blok.deelVan} staat niet in hetzelfde bestand`);
            }
            (ouder ? ouder.onderdelen : bron.top).push(blok);
        }
        const registreer = (blok, prefix) => {
            blok.fqn = prefix ? `${prefix}.${blok.naam}` : blok.naam;
            if (!fqn.has(blok.id)) {
                fqn.set(blok.id, blok.fqn);
            }
            for (const e of blok.eigenschappen) {
                if (e.sleutel === 'doelen' || e.sleutel === 'inspanningen') {
                    for (const regel of e.k.kinderen) {
                        const [, id] = /^(?:doel|inspanning) ([A-Za-z][\w-]*)/.exec(regel.kop) ?? [];
                        if (id && !fqn.has(id)) {
                            fqn.set(id, `${blok.fqn}.${id}`);
                        }
                    }
                }
            }
            for (const kind of blok.onderdelen) {
                registreer(kind, blok.fqn);
            }
        };
        for (const blok of bron.top) {
            registreer(blok, '');
        }
    }

    // Pass 2: write the files.
    const naar = (id) => fqn.get(id);
    const bestandVanGemeente = bronnen.find((b) => b.blokken.some((blok) => blok.soort === 'gemeente'))?.rel;
    fs.mkdirSync(doelMap, { recursive: true });
    for (const bron of bronnen) {
        const uit = [];
        if (bron.rel === bestandVanGemeente) {
            uit.push('specification {');
            for (const soort of ELEMENTSOORTEN) {
                uit.push(
                    soort === 'persoon'
                        ? '    element persoon {\n        style {\n            shape person\n        }\n    }'
                        : `    element ${soort}`,
                );
            }
            for (const soort of RELATIESOORTEN) {
                uit.push(`    relationship ${soort}`);
            }
            uit.push('}', '');
        }
        uit.push('model {');
        for (const blok of bron.top) {
            element(blok, '    ', uit, naar, tel);
        }
        uit.push('}', '');
        const views = [];
        if (bron.rel === bestandVanGemeente) {
            views.push(
                "    view themas {\n        title 'Thema’s en opgavemanagers'\n        include element.kind = thema, element.kind = gemeente\n        include element.kind = thema ->\n    }",
            );
        }
        for (const blok of bron.top.filter((b) => b.soort === 'opgave')) {
            views.push(
                `    view ${blok.naam} of ${blok.fqn} {\n        title ${tekst(blok.titel)}\n        include *\n        include -> ${blok.fqn}.*\n    }`,
            );
        }
        if (views.length > 0) {
            uit.push('views {', ...views, '}', '');
        }
        const doel = path.join(doelMap, bron.rel.replace(/\.opgave$/, '.c4'));
        fs.mkdirSync(path.dirname(doel), { recursive: true });
        fs.writeFileSync(doel, uit.join('\n'));
        tel.bestanden++;
    }
    return tel;
}

/**
 * An empty list of relationship lines that keeps each (kind, target) once.
 * @returns {{regels: string[], gedaan: Set<string>}}
 */
const relatielijst = () => ({ regels: [], gedaan: new Set() });

/** Writes one element (and what is nested in it) into `uit`. */
function element(blok, inspring, uit, naar, tel) {
    const binnen = `${inspring}    `;
    const metadata = [];
    const relaties = relatielijst();
    const kinderen = [];
    /** Adds `-[soort]-> fqn(id)` to `lijst` once; a reference to an undeclared id is left out. */
    const relatie = (soort, id, lijst = relaties) => {
        const doel = naar(id);
        if (!doel) {
            tel.weggelaten++;
        } else if (!lijst.gedaan.has(`${soort} ${doel}`)) {
            lijst.gedaan.add(`${soort} ${doel}`);
            lijst.regels.push(`-[${soort}]-> ${doel}`);
            tel.relaties++;
        }
    };
    if (blok.voor) {
        relatie('voor', blok.voor);
    }
    for (const { k, sleutel, rest } of blok.eigenschappen) {
        if (sleutel === 'deel-van') {
            continue; // the nesting
        }
        if (k.kinderen && sleutel === 'driehoek') {
            for (const regel of k.kinderen) {
                const [rol, persoon] = splits(regel.kop);
                relatie(rol, persoon);
            }
        } else if (k.kinderen && sleutel === 'doelen') {
            for (const regel of k.kinderen) {
                const [, id, titel] = /^doel ([\w-]+) "([^"]*)"$/.exec(regel.kop) ?? [];
                kinderen.push(`${binnen}doel ${id} ${tekst(titel)}`);
                tel.elementen++;
            }
        } else if (k.kinderen && sleutel === 'inspanningen') {
            for (const regel of k.kinderen) {
                const [, id, titel, verder] = /^inspanning ([\w-]+) "([^"]*)"(.*)$/.exec(regel.kop) ?? [];
                const eigen = relatielijst();
                for (const [, soort, doel] of verder.matchAll(/(draagt-bij-aan|opdracht) ([\w-]+)/g)) {
                    relatie(soort, doel, eigen);
                }
                tel.elementen++;
                kinderen.push(
                    eigen.regels.length === 0
                        ? `${binnen}inspanning ${id} ${tekst(titel)}`
                        : `${binnen}inspanning ${id} ${tekst(titel)} {\n${eigen.regels.map((r) => `${binnen}    ${r}`).join('\n')}\n${binnen}}`,
                );
            }
        } else if (k.kinderen && TEKSTBLOKKEN.has(sleutel)) {
            metadata.push([sleutel, k.kinderen.map((r) => waarde(r.kop)).join('; ')]);
            for (const regel of k.kinderen) {
                const m = /afgestemd-met (.*)$/.exec(regel.kop);
                for (const persoon of m ? m[1].split(/,\s*/) : []) {
                    relatie('afgestemd-met', persoon);
                }
            }
        } else if (k.kinderen) {
            throw new Error(`onverwacht blok '${sleutel}' in ${blok.id}`);
        } else if (ENKELE_VERWIJZINGEN.has(sleutel)) {
            relatie(sleutel, rest);
        } else if (LIJST_VERWIJZINGEN.has(sleutel)) {
            for (const id of rest.split(/,\s*/)) {
                relatie(sleutel, id);
            }
        } else if (rest === '') {
            tel.weggelatenEigenschappen++;
        } else {
            metadata.push([sleutel, waarde(rest)]);
        }
    }
    tel.elementen++;
    uit.push(`${inspring}${blok.soort} ${blok.naam} ${tekst(blok.titel)} {`);
    if (metadata.length > 0) {
        uit.push(`${binnen}metadata {`);
        for (const [sleutel, w] of metadata) {
            uit.push(`${binnen}    ${sleutel} ${tekst(w)}`);
        }
        uit.push(`${binnen}}`);
    }
    for (const r of relaties.regels) {
        uit.push(`${binnen}${r}`);
    }
    uit.push(...kinderen);
    for (const kind of blok.onderdelen) {
        element(kind, binnen, uit, naar, tel);
    }
    uit.push(`${inspring}}`);
}

/** The likec4 package.json in `prefix`, or undefined when it is not installed there. */
function geinstalleerd(prefix) {
    const pakket = path.join(prefix, 'node_modules', 'likec4', 'package.json');
    return fs.existsSync(pakket) ? JSON.parse(fs.readFileSync(pakket, 'utf8')) : undefined;
}

/**
 * Makes sure `likec4@LIKEC4_VERSIE` is installed in `prefix` (`npm install --prefix`, from the
 * registry npm is configured with; install scripts are not run, validate does not need them).
 * @returns {{entry: string, versie: string}} the CLI's entry module (run it with node) and the version
 */
export function installeerLikec4(prefix, { log = (s) => process.stderr.write(s) } = {}) {
    if (geinstalleerd(prefix)?.version !== LIKEC4_VERSIE) {
        log(`likec4@${LIKEC4_VERSIE} installeren in ${prefix} …\n`);
        fs.mkdirSync(prefix, { recursive: true });
        const npm = spawnSync(
            'npm',
            [
                'install',
                '--prefix',
                prefix,
                `likec4@${LIKEC4_VERSIE}`,
                '--no-audit',
                '--no-fund',
                '--ignore-scripts',
                '--loglevel',
                'error',
            ],
            { stdio: ['ignore', 2, 2], shell: process.platform === 'win32' }, // npm's output to stderr, away from the table
        );
        if (npm.error || npm.status !== 0) {
            throw new Error(
                `npm install likec4@${LIKEC4_VERSIE} --prefix ${prefix} is mislukt (${npm.error?.message ?? `exitcode ${npm.status}`})`,
            );
        }
    }
    const pakket = geinstalleerd(prefix);
    if (pakket?.version !== LIKEC4_VERSIE) {
        throw new Error(`likec4 in ${prefix} heeft versie ${pakket?.version ?? 'geen'}, verwacht ${LIKEC4_VERSIE}`);
    }
    const bin = typeof pakket.bin === 'string' ? pakket.bin : pakket.bin.likec4;
    return { entry: path.join(prefix, 'node_modules', 'likec4', bin), versie: pakket.version };
}

/**
 * The arguments after `node <entry>` that validate the whole LikeC4 workspace in `map`: syntax,
 * references and LikeC4's semantic checks over every file; `--no-layout` skips laying out every
 * view with Graphviz (a drift check against saved manual layouts, which this model has none of,
 * and rendering work that `opgave check` does not do either); `--json` gives a result to verify.
 */
export const validateArgs = (map) => ['validate', '--no-layout', '--json', map];

if (import.meta.url === pathToFileURL(process.argv[1] ?? '').href) {
    const { values, positionals } = parseArgs({
        allowPositionals: true,
        options: {
            uit: { type: 'string' },
            installeer: { type: 'boolean', default: false },
            prefix: { type: 'string', default: STANDAARD_PREFIX },
        },
    });
    if (values.installeer) {
        const { entry, versie } = installeerLikec4(path.resolve(values.prefix));
        process.stdout.write(`likec4 ${versie}: node ${entry}\n`);
    } else if (positionals.length === 1 && values.uit) {
        const tel = zetOmNaarLikec4(path.resolve(positionals[0]), path.resolve(values.uit));
        process.stdout.write(`${JSON.stringify(tel)}\n`);
    } else {
        process.stderr.write('gebruik: node bench/likec4.mjs <portfoliomap> --uit <map> | --installeer [--prefix <map>]\n');
        process.exit(2);
    }
}

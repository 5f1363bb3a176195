// Synthetic portfolio generator for the benchmark (issue 5). Seeded and deterministic: the same
// options always give byte-identical files.
//
// Shape, the way a programme office lays out its files:
//   organisatie/gemeente.opgave       gemeente, themas (with their opgavemanagers), gebieden
//   organisatie/spelers.opgave        spelers
//   organisatie/personen-NNN.opgave   persons, 500 per file
//   opgaven/og-NNNNN.opgave           one hoofdopgave with one deelopgave and ~10 opdrachten
// so 10,000 opdrachten land in about 1,000 files. All five werkwijzen occur, with phases,
// decision documents, historie, a DIN for every programma (whose inspanningen point at the
// projects of the same opgave), lessons for closed opdrachten. Without mistakes (`fouten 0`) the
// portfolio checks clean; with `fouten p` a share p of the opdrachten carries one typical mistake
// (unknown reference, missing driehoek role, missing kaders, invalid date, phase order,
// duplicate name, overdue review, syntax error, inspanning without doel, ...).
//
// Usage: node bench/genereer.mjs --opdrachten 1000 [--seed 1] [--fouten 0.05] --uit <map>
import * as fs from 'node:fs';
import * as path from 'node:path';
import { pathToFileURL } from 'node:url';
import { parseArgs } from 'node:util';

/** The peildatum written into opgave.config.json; every generated date is relative to it. */
export const PEILDATUM = '2026-06-30';
const PEILJAAR = 2026;

/** Mulberry32: small, fast, seeded PRNG. */
export function maakRandom(seed) {
    let a = seed >>> 0;
    const r = () => {
        a = (a + 0x6d2b79f5) >>> 0;
        let t = a;
        t = Math.imul(t ^ (t >>> 15), t | 1);
        t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
        return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
    };
    r.int = (n) => Math.floor(r() * n);
    r.kies = (lijst) => lijst[Math.floor(r() * lijst.length)];
    return r;
}

const pad = (n, w) => String(n).padStart(w, '0');

/** Adds days to an ISO date (UTC). */
function plusDagen(iso, dagen) {
    const d = new Date(`${iso}T00:00:00Z`);
    d.setUTCDate(d.getUTCDate() + dagen);
    return d.toISOString().slice(0, 10);
}

const WOORDEN = [
    'wonen',
    'energie',
    'zorg',
    'jeugd',
    'mobiliteit',
    'groen',
    'water',
    'economie',
    'centrum',
    'cultuur',
    'sport',
    'armoede',
    'veiligheid',
    'onderwijs',
    'klimaat',
    'erfgoed',
];
const FOUTSOORTEN = [
    'onbekende-verwijzing',
    'driehoek-onvolledig',
    'kaders-ontbreken',
    'ongeldige-datum',
    'fase-volgorde',
    'dubbele-naam',
    'herijking-verlopen',
    'syntaxis',
    'inspanning-zonder-doel',
    'middelen-ontbreken',
    'werkwijze-historie-strijdig',
    'rolzuiverheid',
];

/**
 * Generates a portfolio.
 * @param {{opdrachten: number, seed?: number, fouten?: number}} opties
 * @returns {{bestanden: Map<string, string>, fouten: Record<string, number>}} relative path → text, and the mistakes made per kind
 */
export function genereerPortfolio({ opdrachten, seed = 1, fouten = 0 }) {
    const r = maakRandom(seed);
    const bestanden = new Map();
    const gemaakt = {};
    const aantalOpgaven = Math.max(1, Math.round(opdrachten / 10));
    const aantalThemas = Math.max(2, Math.round(opdrachten / 200));
    const aantalGebieden = Math.max(3, Math.min(40, Math.round(opdrachten / 50)));
    const aantalSpelers = Math.max(6, Math.round(opdrachten / 20));

    // Person pools: every person sits in at most three driehoeken (below persoon-overbelast).
    /** @type {Record<string, string[]>} */
    const pools = { wh: [], mt: [], pm: [], pgm: [], pr: [], lm: [] };
    const functieVan = {
        wh: 'wethouder',
        mt: 'mt-lid',
        pm: 'projectmanager',
        pgm: 'programmamanager',
        pr: 'procesregisseur',
        lm: 'lijnmanager',
    };
    const tellers = { wh: 0, mt: 0, pm: 0, pgm: 0, pr: 0, lm: 0 };
    const persoon = (pool) => {
        const i = Math.floor(tellers[pool]++ / 3);
        const id = `${pool}-${pad(i + 1, 5)}`;
        if (pools[pool].length <= i) {
            pools[pool].push(id);
        }
        return id;
    };

    // --- gemeente, themas, gebieden
    let org = `// Gegenereerd portfolio (seed ${seed}, ${opdrachten} opdrachten): organisatie.\n\n`;
    org += 'gemeente synthese "Gemeente Synthese" {\n    besturingsmodel model-2\n}\n\n';
    for (let t = 1; t <= aantalThemas; t++) {
        org += `persoon om-${pad(t, 4)} "Opgavemanager ${t}" {\n    functie opgavemanager\n    fte 1.0\n}\n`;
        org += `thema th-${pad(t, 4)} "Thema ${WOORDEN[t % WOORDEN.length]} ${t}" {\n    soort ${r.kies(['transitie', 'transformatie', 'overig'])}\n    opgavemanager om-${pad(t, 4)}\n}\n\n`;
    }
    for (let g = 1; g <= aantalGebieden; g++) {
        org += `gebied gb-${pad(g, 3)} "Gebied ${g}" {\n    schaal ${r.kies(['wijk', 'kern', 'stadsdeel', 'stad'])}\n}\n`;
    }
    bestanden.set('organisatie/gemeente.opgave', org);

    let spelers = '// Spelers rond de opgaven.\n\n';
    for (let s = 1; s <= aantalSpelers; s++) {
        spelers += `speler sp-${pad(s, 5)} "Speler ${s}" {\n    soort ${r.kies(['inwoners', 'bedrijf', 'instelling', 'overheid', 'maatschappelijke-organisatie', 'netwerk'])}\n    positie ${r.kies(['positief', 'neutraal', 'kritisch', 'onbekend'])}\n}\n`;
    }
    bestanden.set('organisatie/spelers.opgave', spelers);

    // --- opgaven with their opdrachten
    let od = 0;
    for (let o = 1; o <= aantalOpgaven; o++) {
        const og = `og-${pad(o, 5)}`;
        const deel = `${og}-a`;
        const thema = `th-${pad(1 + r.int(aantalThemas), 4)}`;
        const woord = r.kies(WOORDEN);
        const spelersLijst = [...new Set([1 + r.int(aantalSpelers), 1 + r.int(aantalSpelers), 1 + r.int(aantalSpelers)])]
            .map((s) => `sp-${pad(s, 5)}`)
            .join(', ');
        // Score 1.5: both a project and a programma fit this opgave (werkwijze-past-niet-bij-voorscheider).
        let tekst = `// Opgave ${o}: ${woord}.\n\n`;
        tekst += `opgave ${og} "Opgave ${woord} ${o}" {\n    thema ${thema}\n    gebied gb-${pad(1 + r.int(aantalGebieden), 3)}\n`;
        tekst += '    kenmerken idee, gezamenlijke-inspanning, verschillende-meningen\n';
        tekst += `    bedoeling "Samen met de stad werken aan ${woord}."\n`;
        tekst += `    huidige-situatie "De aanpak van ${woord} is versnipperd over afdelingen."\n`;
        tekst += `    gewenste-situatie "Eén gezamenlijke aanpak van ${woord} met partners in de stad."\n`;
        tekst += `    spelers ${spelersLijst}\n`;
        tekst += '    voorscheider {\n        idee onbekend\n        netwerk deels\n        besluitvorming gericht\n    }\n}\n\n';
        tekst += `opgave ${deel} "Deelopgave ${woord} ${o}" {\n    deel-van ${og}\n`;
        tekst += `    huidige-situatie "Onderdeel ${o}a staat nog aan het begin."\n    gewenste-situatie "Onderdeel ${o}a is gerealiseerd."\n`;
        tekst += `    spelers ${spelersLijst}\n}\n\n`;

        const aantal = o === aantalOpgaven ? opdrachten - od : Math.min(10, opdrachten - od);
        const ids = [];
        for (let k = 0; k < aantal; k++) {
            ids.push(`od-${pad(od + k + 1, 6)}`);
        }
        // Werkwijzen in the file: the first is a programma when there is room, then a mix.
        const werkwijzen = ids.map((_, k) => {
            if (aantal >= 4 && k === 0) {
                return 'programma';
            }
            const x = r();
            return x < 0.5 ? 'project' : x < 0.7 ? 'bestuursproces' : x < 0.87 ? 'routine' : 'improvisatie';
        });
        const projecten = ids.filter((_, k) => werkwijzen[k] === 'project');
        for (let k = 0; k < aantal; k++) {
            const fout = r() < fouten ? FOUTSOORTEN[r.int(FOUTSOORTEN.length)] : undefined;
            if (fout) {
                gemaakt[fout] = (gemaakt[fout] ?? 0) + 1;
            }
            tekst += opdracht({
                r,
                id: ids[k],
                werkwijze: werkwijzen[k],
                opgave: k % 3 === 2 ? deel : og,
                persoon,
                projecten,
                fout,
                nr: od + k + 1,
            });
        }
        od += aantal;
        bestanden.set(`opgaven/${og}.opgave`, tekst);
    }

    // --- persons, 500 per file
    const allen = [];
    for (const [pool, ids] of Object.entries(pools)) {
        for (const id of ids) {
            allen.push(
                `persoon ${id} "${functieVan[pool]} ${id.slice(pool.length + 1)}" {\n    functie ${functieVan[pool]}\n${pool === 'wh' || pool === 'mt' ? '' : `    fte ${(0.4 + r.int(7) / 10).toFixed(1)}\n`}}\n`,
            );
        }
    }
    for (let i = 0; i * 500 < allen.length; i++) {
        bestanden.set(
            `organisatie/personen-${pad(i + 1, 3)}.opgave`,
            `// Personen, deel ${i + 1}.\n\n${allen.slice(i * 500, (i + 1) * 500).join('')}`,
        );
    }
    return { bestanden, fouten: gemaakt };
}

/** One opdracht of the given werkwijze, with an optional deliberate mistake. */
function opdracht({ r, id, werkwijze, opgave, persoon, projecten, fout, nr }) {
    const start = plusDagen(PEILDATUM, -(200 + r.int(900)));
    const verkenning = plusDagen(start, -(60 + r.int(200)));
    const eind = plusDagen(PEILDATUM, 200 + r.int(900));
    const herijkt = fout === 'herijking-verlopen' ? plusDagen(PEILDATUM, -500) : plusDagen(PEILDATUM, -r.int(300));
    const regels = [];
    const add = (s) => regels.push(`    ${s}`);
    add(`werkwijze ${werkwijze}`);

    let bo, ao;
    if (werkwijze === 'routine') {
        ao = persoon('lm');
        add(`eigenaar ${fout === 'onbekende-verwijzing' ? `${ao}x` : ao}`);
    } else {
        bo = persoon('wh');
        ao = persoon('mt');
        const spPool = werkwijze === 'project' ? 'pm' : werkwijze === 'programma' ? 'pgm' : 'pr';
        const sp = fout === 'rolzuiverheid' ? ao : persoon(spPool);
        add('driehoek {');
        add(`    bestuurlijk-opdrachtgever ${fout === 'onbekende-verwijzing' ? `${bo}x` : bo}`);
        add(`    ambtelijk-opdrachtgever ${ao}`);
        if (fout !== 'driehoek-onvolledig') {
            add(`    sturingsprofessional ${sp}`);
        }
        add('}');
        add(`rolverdeling "De opgavemanager bewaakt de samenhang, ${ao} stuurt de uitvoering."`);
    }
    if (fout !== 'kaders-ontbreken') {
        add(`kaders "Kader ${nr}", "Beleidsnota ${WOORDEN[nr % WOORDEN.length]}"`);
        add('criteria "Binnen budget", "Partners zijn tevreden"');
    }
    if (werkwijze === 'project') {
        add(`kwaliteit "Resultaat ${nr} opgeleverd volgens het projectplan"`);
    }
    if (werkwijze !== 'routine' && fout !== 'middelen-ontbreken') {
        add(`budget ${1 + r.int(90)}_${pad(r.int(1000), 3)}_000`);
        add(`capaciteit ${(0.5 + r.int(30) / 10).toFixed(1)}`);
    }
    const periodeEind = werkwijze === 'project' || werkwijze === 'improvisatie' || r() < 0.5 ? ` tot ${eind}` : '';
    add(`periode ${fout === 'ongeldige-datum' ? '2025-02-30' : start}${periodeEind}`);
    add(`vastgesteld ${start}`);
    add(`herijkt ${herijkt}`);
    add('status lopend');
    if (werkwijze === 'bestuursproces') {
        add(`volgende-stap "Besluit over de aanpak van opdracht ${nr}"`);
    }
    if (werkwijze === 'project') {
        const d1 = plusDagen(start, 30 + r.int(60));
        const d2 = plusDagen(d1, 30 + r.int(60));
        add('fasen {');
        if (fout === 'fase-volgorde') {
            add(`    definitie   afgerond ${d2} besluit go document projectplan "Projectplan ${nr}"`);
            add(`    initiatief  afgerond ${d1} besluit go document startdocument "Startdocument ${nr}"`);
        } else {
            add(`    initiatief  afgerond ${d1} besluit go document startdocument "Startdocument ${nr}"`);
            add(`    definitie   afgerond ${d2} besluit go document projectplan "Projectplan ${nr}"`);
        }
        add('    uitvoering  actief');
        add('    nazorg');
        add('}');
    }
    if (werkwijze === 'programma') {
        const d1 = plusDagen(start, 30 + r.int(60));
        const d2 = plusDagen(d1, 30 + r.int(60));
        add('fasen {');
        add(`    verkenning afgerond ${d1} besluit go`);
        add(`    opbouw     afgerond ${d2} besluit go document programmaplan "Programmaplan ${nr}"`);
        add(`    uitvoering actief document jaarplan ${PEILJAAR} "Jaarplan ${PEILJAAR}"`);
        add('    afbouw');
        add('}');
        const doelen = 2 + r.int(3);
        add('doelen {');
        for (let d = 1; d <= doelen; d++) {
            add(`    doel ${id}-d${d} "Doel ${d} van opdracht ${nr}"`);
        }
        add('}');
        add('inspanningen {');
        for (let i = 1; i <= doelen + 1; i++) {
            const doel = fout === 'inspanning-zonder-doel' && i === 1 ? '' : ` draagt-bij-aan ${id}-d${((i - 1) % doelen) + 1}`;
            const project = projecten[i - 1] ? ` opdracht ${projecten[i - 1]}` : '';
            add(`    inspanning ${id}-i${i} "Inspanning ${i}"${doel}${project}`);
        }
        add('}');
    }
    if (werkwijze !== 'improvisatie') {
        add('historie {');
        if (werkwijze === 'bestuursproces') {
            add(`    ${start} bestuursproces "Verkenning met partners"`);
        } else {
            add(`    ${verkenning} bestuursproces "Verkenning met partners"`);
            const laatste = fout === 'werkwijze-historie-strijdig' ? (werkwijze === 'project' ? 'programma' : 'project') : werkwijze;
            add(`    ${start} ${laatste} "Besluit over de werkwijze" afgestemd-met ${bo ? `${bo}, ${ao}` : ao}`);
        }
        add('}');
    }
    if (fout === 'syntaxis') {
        add('budget');
    }
    const naam = fout === 'dubbele-naam' ? 'od-000001' : id;
    return `opdracht ${naam} "Opdracht ${nr}" voor ${opgave} {\n${regels.join('\n')}\n}\n\n`;
}

/**
 * Writes a generated portfolio into `map` (created; must be empty or not exist), with an
 * opgave.config.json that fixes the peildatum.
 * @returns number of .opgave files written
 */
export function schrijfPortfolio(map, opties) {
    const { bestanden } = genereerPortfolio(opties);
    fs.mkdirSync(map, { recursive: true });
    fs.writeFileSync(path.join(map, 'opgave.config.json'), `${JSON.stringify({ peildatum: PEILDATUM }, null, 2)}\n`);
    for (const [rel, tekst] of bestanden) {
        const doel = path.join(map, rel);
        fs.mkdirSync(path.dirname(doel), { recursive: true });
        fs.writeFileSync(doel, tekst);
    }
    return bestanden.size;
}

if (import.meta.url === pathToFileURL(process.argv[1] ?? '').href) {
    const { values: argumenten } = parseArgs({
        options: {
            opdrachten: { type: 'string', default: '100' },
            seed: { type: 'string', default: '1' },
            fouten: { type: 'string', default: '0' },
            uit: { type: 'string' },
        },
    });
    const uit = argumenten.uit;
    if (!uit) {
        process.stderr.write('gebruik: node bench/genereer.mjs --opdrachten N [--seed S] [--fouten P] --uit <map>\n');
        process.exit(2);
    }
    const opdrachten = Number(argumenten.opdrachten);
    const n = schrijfPortfolio(uit, { opdrachten, seed: Number(argumenten.seed), fouten: Number(argumenten.fouten) });
    process.stdout.write(`${n} bestanden met ${opdrachten} opdrachten in ${uit}\n`);
}

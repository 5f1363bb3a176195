import { strict as assert } from 'node:assert';
import * as fs from 'node:fs';
import * as path from 'node:path';
import { FUNCTIES } from '../../language/src/model/waarden.js';
import { laadProject } from '../../language/src/project.js';
import { cli } from '../helpers/cli.js';
import { kopieerVoorbeeld, vervang } from '../helpers/git.js';
import { ROOT } from '../helpers/index.js';
import { tijdelijkeMap } from '../helpers/tijdelijk.js';

/**
 * The publication profile `--publiek` (issue 15 item 4) as a user runs it: `opgave generate
 * --publiek` and `opgave site --publiek` on every example, and then every output byte searched for
 * the names of the example's personen.
 *
 * Which names are searched for: every persoon's id and title, read from the example's own model
 * (language/src/project.ts), except those that are no name and may therefore stand in public text:
 * a functie word (`persoon burgemeester`, a title "Wethouder" — the public output shows functies),
 * an id that is also the id of another declaration (an opdracht or speler keeps its id), a term
 * shorter than four characters, and a term of the shape of a pseudonym (`wethouder-1`). The search
 * ignores letter case and also looks for the HTML-escaped form.
 */

/** The examples with a portfolio (folders of examples/ with .opgave files). */
const VOORBEELDEN = fs
    .readdirSync(path.join(ROOT, 'examples'))
    .filter((n) => fs.readdirSync(path.join(ROOT, 'examples', n)).some((f) => f.endsWith('.opgave')))
    .sort();

/** Every file under `map`, relative with `/`. */
function bestanden(map: string, rel = ''): string[] {
    return fs.readdirSync(path.join(map, rel), { withFileTypes: true }).flatMap((e) => {
        const r = rel ? `${rel}/${e.name}` : e.name;
        return e.isDirectory() ? bestanden(map, r) : [r];
    });
}

const escapeHtml = (t: string): string => t.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;').replace(/"/g, '&quot;');

/** The specific names of the personen of the portfolio in `map` (see the comment at the top). */
async function namenVan(map: string): Promise<string[]> {
    const { resultaat } = await laadProject([map]);
    const p = resultaat.portfolio;
    const functies = new Set<string>(FUNCTIES);
    const anderen = new Set(
        [
            p.gemeenten,
            p.spelers,
            p.gebieden,
            p.themas,
            p.opgaven,
            p.opdrachten,
            p.opdrachten.flatMap((o) => [...o.doelen, ...o.inspanningen]),
        ]
            .flat()
            .map((x) => x.id.toLowerCase()),
    );
    const namen = new Set<string>();
    for (const persoon of p.personen) {
        for (const [term, isId] of [
            [persoon.id, true],
            [persoon.titel, false],
        ] as const) {
            const t = term?.toLowerCase().replace(/\s+/g, ' ').trim();
            if (!t || t.length < 4 || functies.has(t) || (isId && anderen.has(t)) || /^[a-z-]+-\d+$/.test(t)) continue;
            namen.add(t);
        }
    }
    return [...namen].sort();
}

/** Where a name of `namen` occurs in a file under `map`: `file: name` per hit. */
function vindplaatsen(map: string, namen: readonly string[]): string[] {
    const uit: string[] = [];
    for (const rel of bestanden(map)) {
        const tekst = fs.readFileSync(path.join(map, rel)).toString('utf8');
        // A calendar folds its lines at 75 bytes (RFC 5545): unfolded, a name split over two lines is whole again.
        const inhoud = (rel.endsWith('.ics') ? tekst.replace(/\r\n[ \t]/g, '') : tekst).toLowerCase().replace(/\s+/g, ' ');
        for (const naam of namen) {
            if (inhoud.includes(naam) || inhoud.includes(escapeHtml(naam))) uit.push(`${rel}: ${naam}`);
        }
    }
    return uit;
}

describe('opgave generate en site --publiek', function () {
    this.timeout(300_000);

    it('heeft voorbeelden om te publiceren', () => {
        assert.ok(VOORBEELDEN.length >= 3, VOORBEELDEN.join(', '));
    });

    for (const voorbeeld of VOORBEELDEN) {
        describe(`voorbeeld ${voorbeeld}`, () => {
            let map: string;
            let namen: string[];
            let rapporten: string;
            let site: string;

            before(async () => {
                map = tijdelijkeMap(`publiek-${voorbeeld}`);
                kopieerVoorbeeld(voorbeeld, map);
                namen = await namenVan(map);
                rapporten = path.join(map, 'publiek', 'rapporten');
                site = path.join(map, 'publiek', 'site');
                const g = cli(['generate', map, '--publiek', '-o', rapporten, '--no-color']);
                assert.equal(g.code, 0, g.stderr);
                const s = cli(['site', map, '--publiek', '-o', site, '--no-color']);
                assert.equal(s.code, 0, s.stderr);
            });

            it('heeft personen met een naam om naar te zoeken', () => {
                assert.ok(namen.length >= 5, namen.join(', '));
            });

            it('laat geen id of titel van een persoon achter in enig bestand van de rapporten of de site (ook media/zoekindex.js)', () => {
                assert.ok(bestanden(site).includes('media/zoekindex.js'));
                assert.deepEqual(vindplaatsen(rapporten, namen), []);
                assert.deepEqual(vindplaatsen(site, namen), []);
            });

            it('schrijft geen personen.md of personen.html en linkt er niet naar; geen fte van personen', () => {
                assert.ok(!bestanden(rapporten).includes('personen.md'));
                assert.ok(!bestanden(site).includes('personen.html'));
                for (const [map, rel] of [...bestanden(rapporten).map((r) => [rapporten, r]), ...bestanden(site).map((r) => [site, r])]) {
                    const inhoud = fs.readFileSync(path.join(map!, rel!), 'utf8');
                    assert.doesNotMatch(inhoud, /personen\.(md|html)/, rel);
                }
                const json = JSON.parse(fs.readFileSync(path.join(rapporten, 'portfolio.json'), 'utf8')) as {
                    personen: { id: string; titel?: string; fte?: number; functies: string[] }[];
                };
                for (const persoon of json.personen) {
                    assert.equal(persoon.fte, undefined, persoon.id);
                    assert.equal(persoon.titel, persoon.functies.length > 0 ? persoon.functies.join(', ') : 'persoon');
                }
            });
        });
    }

    it('gewoon generate laat de namen wel staan, met personen.md (dus de zoektocht hierboven kan iets vinden)', async () => {
        const map = tijdelijkeMap('publiek-gewoon');
        kopieerVoorbeeld('gooise-meren', map);
        const namen = await namenVan(map);
        const uit = path.join(map, 'docs', 'portfolio');
        const r = cli(['generate', map, '--no-color']);
        assert.equal(r.code, 0, r.stderr);
        assert.ok(fs.existsSync(path.join(uit, 'personen.md')));
        const gevonden = new Set(vindplaatsen(uit, namen).map((v) => v.slice(v.indexOf(': ') + 2)));
        assert.deepEqual(
            namen.filter((n) => !gevonden.has(n)),
            [],
        );
        const s = cli(['site', map, '--no-color']);
        assert.equal(s.code, 0, s.stderr);
        assert.ok(fs.existsSync(path.join(map, 'docs', 'site', 'personen.html')));
    });

    it('toont een persoon in de driehoek met functie en rol', () => {
        const map = tijdelijkeMap('publiek-rol');
        kopieerVoorbeeld('gooise-meren', map);
        const uit = path.join(map, 'publiek');
        assert.equal(cli(['generate', map, '--publiek', '-o', uit]).code, 0);
        const pagina = fs.readFileSync(path.join(uit, 'opdrachten', 'project-eikenlaan.md'), 'utf8');
        assert.match(pagina, /^- Bestuurlijk opdrachtgever: wethouder \(`wethouder-\d+`\)$/m);
        assert.match(pagina, /^- Sturingsprofessional: projectmanager \(`projectmanager-\d+`\)$/m);
        assert.match(pagina, /"Bestuurlijk opdrachtgever<br\/>wethouder"/);
    });

    it('vervangt de titel van een persoon in een bedoeling door [naam] en meldt bestand:regel op stderr', () => {
        const map = tijdelijkeMap('publiek-bedoeling');
        kopieerVoorbeeld('gooise-meren', map);
        vervang(
            map,
            'leefomgeving.opgave',
            'bedoeling "De Vesting Muiden blijft',
            'bedoeling "Volgens Directeur Ruimte en om-leefomgeving blijft De Vesting Muiden',
        );
        const regel =
            fs
                .readFileSync(path.join(map, 'leefomgeving.opgave'), 'utf8')
                .split('\n')
                .findIndex((l) => l.includes('Volgens Directeur')) + 1;
        assert.ok(regel > 0);
        for (const opdracht of ['generate', 'site']) {
            const uit = path.join(map, 'publiek', opdracht);
            const r = cli([opdracht, map, '--publiek', '-o', uit, '--no-color']);
            assert.equal(r.code, 0, r.stderr);
            assert.ok(
                r.stderr
                    .split('\n')
                    .includes(
                        `let op: leefomgeving.opgave:${regel}: 2 namen van personen in vrije tekst (bedoeling) vervangen door [naam]`,
                    ),
                r.stderr,
            );
            const json = JSON.parse(fs.readFileSync(path.join(uit, 'portfolio.json'), 'utf8')) as {
                opgaven: { id: string; bedoeling?: string }[];
            };
            assert.equal(
                json.opgaven.find((o) => o.id === 'vesting-muiden')?.bedoeling?.startsWith('Volgens [naam] en [naam] blijft'),
                true,
            );
        }
        assert.match(
            fs.readFileSync(path.join(map, 'publiek', 'site', 'opgaven', 'vesting-muiden.html'), 'utf8'),
            /Volgens \[naam\] en \[naam\] blijft/,
        );
        // No source links: the .opgave files hold the names the public profile leaves out.
        for (const pagina of ['opgaven/vesting-muiden.html', 'opdrachten/programma-vesting.html', 'index.html']) {
            assert.doesNotMatch(fs.readFileSync(path.join(map, 'publiek', 'site', pagina), 'utf8'), /href="[^"]*\.opgave(#|")/, pagina);
        }
        // Without --publiek nothing is replaced and nothing is said.
        const gewoon = cli(['generate', map, '-o', path.join(map, 'gewoon'), '--no-color']);
        assert.doesNotMatch(gewoon.stderr, /\[naam\]/);
    });

    it('vervangt een naam in de reden van een gedateerde @negeer ook in de besluitenkalender', () => {
        const map = tijdelijkeMap('publiek-kalender');
        kopieerVoorbeeld('gooise-meren', map);
        vervang(
            map,
            'vesting-muiden.opgave',
            'opdracht programma-vesting ',
            '// @negeer lessen-ontbreken tot 2027-01-31 de lessen volgen na het gesprek met Directeur Ruimte\nopdracht programma-vesting ',
        );
        const uit = path.join(map, 'publiek', 'rapporten');
        const r = cli(['generate', map, '--publiek', '-o', uit, '--no-color']);
        assert.equal(r.code, 0, r.stderr);
        const ics = fs.readFileSync(path.join(uit, 'besluiten.ics'), 'utf8').replace(/\r\n[ \t]/g, '');
        assert.match(ics, /^DESCRIPTION:.*Reden: de lessen volgen na het gesprek met \[naam\]/m);
        assert.doesNotMatch(ics, /directeur ruimte/i);
        assert.match(r.stderr, /let op: vesting-muiden\.opgave:\d+: naam van een persoon in vrije tekst \(reden van/);
    });

    it('vervangt een onbekende naam in een persoonsrol, ook in de bevinding die hem noemt', () => {
        const map = tijdelijkeMap('publiek-onbekend');
        kopieerVoorbeeld('gooise-meren', map);
        vervang(map, 'eikenlaan-muiderberg.opgave', 'sturingsprofessional pm-openbare-ruimte', 'sturingsprofessional jan-jansen');
        const uit = path.join(map, 'publiek');
        const r = cli(['generate', map, '--publiek', '-o', uit, '--no-color']);
        assert.equal(r.code, 0, r.stderr);
        assert.deepEqual(vindplaatsen(uit, ['jan-jansen']), []);
        assert.match(fs.readFileSync(path.join(uit, 'bevindingen.md'), 'utf8'), /Er is geen persoon ‘\\\[naam\\\]’/);
        const gewoon = path.join(map, 'gewoon');
        cli(['generate', map, '-o', gewoon]);
        assert.notDeepEqual(vindplaatsen(gewoon, ['jan-jansen']), []);
    });

    it('laat met publiek.verberg ["lessen"] de lessen weg', () => {
        const map = tijdelijkeMap('publiek-verberg');
        kopieerVoorbeeld('winterswijk', map);
        const les = 'Ervaringsdeskundigen vinden drempels';
        const metLessen = path.join(map, 'met');
        assert.equal(cli(['generate', map, '--publiek', '-o', metLessen]).code, 0);
        assert.match(fs.readFileSync(path.join(metLessen, 'opdrachten', 'procesregie-drempelvrij.md'), 'utf8'), /^## Lessen$/m);
        const config = JSON.parse(fs.readFileSync(path.join(map, 'opgave.config.json'), 'utf8')) as Record<string, unknown>;
        fs.writeFileSync(path.join(map, 'opgave.config.json'), JSON.stringify({ ...config, publiek: { verberg: ['lessen'] } }));
        for (const opdracht of ['generate', 'site']) {
            const uit = path.join(map, 'zonder', opdracht);
            const r = cli([opdracht, map, '--publiek', '-o', uit, '--no-color']);
            assert.equal(r.code, 0, r.stderr);
            for (const rel of bestanden(uit)) {
                const inhoud = fs.readFileSync(path.join(uit, rel), 'utf8');
                assert.ok(!inhoud.includes(les), `${rel} noemt een les`);
                assert.doesNotMatch(inhoud, /<h2[^>]*>Lessen<\/h2>|^## Lessen$/m, rel);
            }
        }
        // Without --publiek the configuration changes nothing.
        const gewoon = path.join(map, 'gewoon');
        assert.equal(cli(['generate', map, '-o', gewoon]).code, 0);
        assert.match(fs.readFileSync(path.join(gewoon, 'opdrachten', 'procesregie-drempelvrij.md'), 'utf8'), new RegExp(les));
    });

    for (const [publiek, melding] of [
        [{ verberg: ['namen'] }, /opgave\.config\.json: publiek\.verberg\.0: kies uit ‘bedoeling’ of .*‘lessen’/],
        [{ verbergen: ['lessen'] }, /opgave\.config\.json: onbekende sleutel ‘verbergen’ in publiek\. Bedoel je ‘verberg’\?/],
        [{ verberg: 'lessen' }, /opgave\.config\.json: publiek\.verberg: verwacht/],
    ] as const) {
        it(`weigert config publiek ${JSON.stringify(publiek)} met exitcode 2 en een Nederlandse melding`, () => {
            const map = tijdelijkeMap('publiek-config');
            kopieerVoorbeeld('winterswijk', map);
            fs.writeFileSync(path.join(map, 'opgave.config.json'), JSON.stringify({ peildatum: '2026-11-29', publiek }));
            for (const opdracht of ['generate', 'site']) {
                const r = cli([opdracht, map, '--publiek', '-o', path.join(map, 'uit'), '--no-color']);
                assert.equal(r.code, 2, r.stderr);
                assert.match(r.stderr, melding);
                assert.ok(!fs.existsSync(path.join(map, 'uit')), 'niets geschreven');
            }
        });
    }
});

import { strict as assert } from 'node:assert';
import { spawnSync } from 'node:child_process';
import * as fs from 'node:fs';
import * as path from 'node:path';
import ICAL from 'ical.js';
import { isEigenBegin } from '../../reports/src/kop.js';
import { cli } from '../helpers/cli.js';
import { kopieerVoorbeeld } from '../helpers/git.js';
import { bundel, ROOT } from '../helpers/index.js';
import { tijdelijkeMap } from '../helpers/tijdelijk.js';

/**
 * The decision calendar `besluiten.ics` (issue "Readers outside git", item 3), as a reader's
 * calendar program sees it: the CLI writes it, and ical.js — a different iCalendar library than
 * the ical-generator that writes it — parses it.
 */

/** A running project with a planned phase, a periode end, a herijking and a dated suppression. */
const MARKT = `// @negeer kaders-ontbreken tot 2024-06-30 de kaders komen uit de centrumvisie van dit voorjaar
opdracht project-markt "Herinrichting Markt; fase 2, met bomen" voor centrum {
    werkwijze project
    driehoek {
        bestuurlijk-opdrachtgever weth-economie
        ambtelijk-opdrachtgever or-werkend
        sturingsprofessional pm-centrum
    }
    budget 400_000
    capaciteit 0.8
    periode 2024-01-01 tot 2025-12-31
    vastgesteld 2023-12-01
    herijkt 2024-02-15
    status lopend

    fasen {
        initiatief afgerond 2024-01-15 besluit go document startdocument "Startdocument Markt"
        definitie  gepland 2024-09-01
        uitvoering gepland 2025-03-01
        nazorg
    }
}
`;

interface Gebeurtenis {
    uid: string;
    start: string;
    isDatum: boolean;
    titel: string;
    omschrijving: string;
    soort: string;
}

/** The events of an iCalendar text, parsed by ical.js. */
function lees(tekst: string): { prodid: string; gebeurtenissen: Gebeurtenis[] } {
    const kalender = new ICAL.Component(ICAL.parse(tekst) as unknown[]);
    const gebeurtenissen = kalender.getAllSubcomponents('vevent').map((v) => {
        const e = new ICAL.Event(v);
        return {
            uid: e.uid,
            start: e.startDate.toString(),
            isDatum: e.startDate.isDate,
            titel: e.summary,
            omschrijving: e.description,
            soort: String(v.getFirstPropertyValue('categories')),
        };
    });
    return { prodid: String(kalender.getFirstPropertyValue('prodid')), gebeurtenissen };
}

describe('besluiten.ics', function () {
    this.timeout(120_000);
    let map: string;
    let ics: string;

    before(() => {
        map = tijdelijkeMap('besluiten');
        kopieerVoorbeeld('winterswijk', map);
        fs.writeFileSync(path.join(map, 'markt.opgave'), MARKT);
        fs.writeFileSync(path.join(map, 'opgave.config.json'), JSON.stringify({ peildatum: '2024-03-31', herijkingTermijnMaanden: 6 }));
        const r = cli(['generate', map, '--no-color']);
        assert.equal(r.code, 0, r.stderr);
        ics = fs.readFileSync(path.join(map, 'docs', 'portfolio', 'besluiten.ics'), 'utf8');
    });

    it('zet een fasebesluit, een herijking, het einde van de periode en het einde van een @negeer in de kalender', () => {
        const { prodid, gebeurtenissen } = lees(ics);
        assert.equal(prodid, '-//opgave//besluiten//NL');
        const markt = gebeurtenissen.filter((g) => g.uid.includes('project-markt'));
        assert.deepEqual(
            markt.map((g) => [g.uid, g.start, g.soort]),
            [
                ['herijking.project-markt@opgave', '2024-08-15', 'herijking'],
                ['fase.project-markt.definitie@opgave', '2024-09-01', 'fase'],
                ['fase.project-markt.uitvoering@opgave', '2025-03-01', 'fase'],
                ['periode-eind.project-markt@opgave', '2025-12-31', 'periode-eind'],
                ['negeer-eind.project-markt.kaders-ontbreken@opgave', '2024-06-30', 'negeer-eind'],
            ].sort((a, b) => (a[1]! < b[1]! ? -1 : 1)),
        );
        assert.ok(
            markt.every((g) => g.isDatum),
            'elke gebeurtenis duurt de hele dag',
        );
        const definitie = markt.find((g) => g.soort === 'fase' && g.start === '2024-09-01')!;
        assert.equal(definitie.titel, 'Fasebesluit definitie: project Herinrichting Markt; fase 2, met bomen');
        assert.match(definitie.omschrijving, /go\/no-go/);
        assert.match(definitie.omschrijving, /Beslisdocument: projectplan\./);
        assert.match(definitie.omschrijving, /Bron: markt\.opgave:18$/);
        const herijking = markt.find((g) => g.soort === 'herijking')!;
        assert.match(herijking.omschrijving, /2024-02-15 voor het laatst herijkt; na 6 maanden/);
        const negeer = markt.find((g) => g.soort === 'negeer-eind')!;
        assert.match(negeer.omschrijving, /Reden: de kaders komen uit de centrumvisie van dit voorjaar/);
        assert.match(negeer.omschrijving, /Bron: markt\.opgave:1$/);
    });

    it('laat afgesloten opdrachten en afgeronde fasen uit de kalender', () => {
        const { gebeurtenissen } = lees(ics);
        // project-centrum is gestopt (its periode ends 2026-12-31), duurzaamheid-lijn is a running routine.
        assert.ok(!gebeurtenissen.some((g) => g.uid.includes('project-centrum')), ics);
        assert.ok(!gebeurtenissen.some((g) => g.uid === 'fase.project-markt.initiatief@opgave'));
        assert.ok(gebeurtenissen.some((g) => g.uid === 'herijking.duurzaamheid-lijn@opgave' && g.start === '2024-07-01'));
    });

    it('schrijft elke keer dezelfde bytes, ook in een andere tijdzone, met CRLF en regels van hoogstens 75 bytes', () => {
        for (const tz of ['Pacific/Kiritimati', 'America/Los_Angeles']) {
            const r = spawnSync(process.execPath, [bundel('cli.cjs'), 'generate', map, '--check', '--no-color'], {
                cwd: ROOT,
                encoding: 'utf8',
                env: { ...process.env, TZ: tz, NO_COLOR: '1' },
            });
            assert.equal(r.status, 0, `${tz}: ${r.stderr}`);
        }
        assert.ok(ics.endsWith('END:VCALENDAR\r\n'));
        const regels = ics.slice(0, -2).split('\r\n');
        assert.ok(
            regels.every((r) => !r.includes('\n') && Buffer.byteLength(r) <= 75),
            'elke regel eindigt op CRLF en is hoogstens 75 bytes',
        );
        assert.equal(new Set(lees(ics).gebeurtenissen.map((g) => g.uid)).size, lees(ics).gebeurtenissen.length);
        assert.match(ics, /^DTSTAMP:20240331T000000Z\r$/m);
    });

    it('herkent de eigen kalender, en overschrijft geen kalender van de gebruiker (exitcode 2)', () => {
        assert.ok(isEigenBegin('besluiten.ics', ics.slice(0, 4096)));
        assert.ok(!isEigenBegin('besluiten.ics', 'BEGIN:VCALENDAR\r\nVERSION:2.0\r\nPRODID:-//Gemeente//Agenda//NL\r\nBEGIN:VEVENT\r\n'));
        const eigen = tijdelijkeMap('besluiten-eigen');
        kopieerVoorbeeld('winterswijk', eigen);
        const pad = path.join(eigen, 'docs', 'portfolio', 'besluiten.ics');
        fs.mkdirSync(path.dirname(pad), { recursive: true });
        const agenda = 'BEGIN:VCALENDAR\r\nVERSION:2.0\r\nPRODID:-//Gemeente//Agenda//NL\r\nEND:VCALENDAR\r\n';
        fs.writeFileSync(pad, agenda);
        const r = cli(['generate', eigen, '--no-color']);
        assert.equal(r.code, 2, r.stderr);
        assert.match(r.stderr, /besluiten\.ics/);
        assert.equal(fs.readFileSync(pad, 'utf8'), agenda);
    });

    it('staat bij elk voorbeeld in de rapporten en in de site, en is te lezen', () => {
        for (const voorbeeld of fs.readdirSync(path.join(ROOT, 'examples'))) {
            const pad = path.join(ROOT, 'examples', voorbeeld, 'docs', 'portfolio', 'besluiten.ics');
            // Only the examples with committed reports (fouten has none: it shows mistakes in the editor).
            if (!fs.existsSync(path.join(ROOT, 'examples', voorbeeld, 'docs', 'portfolio', 'README.md'))) continue;
            assert.ok(fs.existsSync(pad), `${voorbeeld}: geen besluiten.ics`);
            const { gebeurtenissen } = lees(fs.readFileSync(pad, 'utf8'));
            assert.ok(gebeurtenissen.every((g) => g.isDatum && /^\d{4}-\d{2}-\d{2}$/.test(g.start)));
        }
        const site = cli(['site', map, '--no-color']);
        assert.equal(site.code, 0, site.stderr);
        assert.equal(fs.readFileSync(path.join(map, 'docs', 'site', 'besluiten.ics'), 'utf8'), ics);
    });
});

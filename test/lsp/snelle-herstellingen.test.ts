/**
 * Pins every quick fix the server offers: for each finding of a portfolio built to reach every
 * branch of the seven fixable rules (and of the examples/fouten portfolio), the code actions'
 * titles, order, preference and text edits, compared with `snelle-herstellingen.verwacht.json`.
 * Findings of rules without a fix must get no action at all. Update the expectation (after
 * reviewing the change) with `OPGAVE_GOLDEN=bijwerken npx mocha …`.
 */
import * as assert from 'node:assert/strict';
import * as fs from 'node:fs';
import * as path from 'node:path';
import type { CodeAction } from 'vscode-languageserver';
import { ROOT } from '../helpers/index.js';
import { kopieer, LspClient } from '../helpers/lsp-client.js';
import { tijdelijkeMap } from '../helpers/tijdelijk.js';

const BASIS = `gemeente velden "Gemeente Velden" {
    besturingsmodel basismodel
}

persoon weth-wonen "Wethouder Wonen" {
    functie wethouder
}
persoon burg "Burgemeester" {
    functie burgemeester
}
persoon om-wonen "Opgavemanager Wonen" {
    functie opgavemanager
}
persoon dt-een "DT-lid" {
    functie dt-lid
}
persoon pm-west "Projectmanager West" {
    functie projectmanager
}
persoon pgm-een "Programmamanager Een" {
    functie programmamanager
}
persoon pgm-twee "Programmamanager Twee" {
    functie programmamanager
}
persoon pgm-drie "Programmamanager Drie" {
    functie programmamanager
}
persoon pgm-vier "Programmamanager Vier" {
    functie programmamanager
}
persoon lm-een "Lijnmanager" {
    functie lijnmanager
}

speler corporatie "Woningcorporatie Velden" {
    soort instelling
}

thema wonen "Wonen" {
    soort transformatie
    opgavemanager om-wonen
}

opgave woningbouw "Meer betaalbare woningen" {
    thema wonen
    huidige-situatie "Starters vinden geen betaalbare woning."
    spelers corporatie
}

opgave verduurzaming "Verduurzaming" {
    thema wonen
    spelers corporatie
}

opgave leefbaarheid "Leefbaarheid" {
    thema wonen
    huidige-situatie "Weinig ontmoeting."
    gewenste-situatie "Een wijk waar mensen elkaar kennen."
    spelers corporatie
}
`;

const OPDRACHTEN = `// No driehoek, no historie, no dates, no kaders.
opdracht o-kaal "Kaal" voor woningbouw {
    werkwijze project
    kwaliteit "Goed"
    budget 1_000
    capaciteit 1.0
    periode 2026-01-01 tot 2027-01-01
    status lopend
}

// A programma missing two roles; an old herijkt date; a historie that starts with the programma;
// an afgeronde opbouw without programmaplan and an afgeronde uitvoering without jaarplan.
opdracht o-programma "Programma" voor verduurzaming {
    werkwijze programma
    driehoek {
        ambtelijk-opdrachtgever om-wonen
    }
    kaders "Kader"
    budget 1_000
    capaciteit 1.0
    periode 2024-01-01 tot 2030-01-01
    vastgesteld 2024-01-01
    herijkt 2024-06-01
    status lopend
    fasen {
        verkenning afgerond 2024-02-01 besluit go
        opbouw afgerond 2024-05-01 besluit go
        uitvoering afgerond 2025-03-01 besluit go
        afbouw actief
    }
    doelen {
        doel d-een "Een"
    }
    inspanningen {
        inspanning i-een draagt-bij-aan d-een
    }
    historie {
        2024-01-01 programma "Start" afgestemd-met om-wonen
    }
}

    // Indented declaration, a bestuursproces missing its sturingsprofessional (no procesregisseur).
    opdracht o-proces "Proces" voor leefbaarheid {
        werkwijze bestuursproces
        driehoek {
            bestuurlijk-opdrachtgever weth-wonen
            ambtelijk-opdrachtgever dt-een
        }
        kaders "Kader"
        budget 1_000
        capaciteit 1.0
        vastgesteld 2026-06-01
        status lopend
        volgende-stap "Raad"
    }

// A routine (no driehoek needed) without historie: a new historie with the eigenaar.
opdracht o-routine "Routine" voor leefbaarheid {
    werkwijze routine
    eigenaar lm-een
    criteria "Norm"
    vastgesteld 2026-06-01
    status lopend
}

// Routines with a driehoek (routine-met-driehoek): with an eigenaar the driehoek is removed; without
// one it becomes the eigenaar when its ambtelijk opdrachtgever fits (dt-een), else there is no fix.
opdracht o-routine-eigenaar "Routine met eigenaar" voor leefbaarheid {
    werkwijze routine
    driehoek {
        bestuurlijk-opdrachtgever weth-wonen
        ambtelijk-opdrachtgever dt-een
    }
    eigenaar lm-een
    criteria "Norm"
    vastgesteld 2026-06-01
    status lopend
}

opdracht o-routine-dt "Routine zonder eigenaar" voor leefbaarheid {
    werkwijze routine
    driehoek {
        bestuurlijk-opdrachtgever weth-wonen
        ambtelijk-opdrachtgever dt-een
    }
    criteria "Norm"
    vastgesteld 2026-06-01
    status lopend
}

opdracht o-routine-om "Routine zonder passende eigenaar" voor leefbaarheid {
    werkwijze routine
    driehoek { ambtelijk-opdrachtgever om-wonen }
    criteria "Norm"
    vastgesteld 2026-06-01
    status lopend
}

// A project with one line inside an otherwise empty-looking driehoek, closing brace on its line.
opdracht o-project "Project" voor leefbaarheid {
    werkwijze project
    driehoek { bestuurlijk-opdrachtgever burg }
    kaders "Kader"
    kwaliteit "Goed"
    budget 1_000
    capaciteit 1.0
    periode 2026-01-01 tot 2027-01-01
    vastgesteld 2026-01-01
    status lopend
    fasen {
        initiatief afgerond 2026-03-01 besluit go document projectplan "Verkeerd document"
        definitie actief
        uitvoering
        nazorg
    }
    historie {
        2025-06-01 bestuursproces "Verkenning"
        2026-01-01 project "Start" afgestemd-met burg
    }
}
`;

/** One finding with the actions offered for it, file paths relative to the portfolio. */
interface Gepind {
    readonly bestand: string;
    readonly code: string;
    readonly regel: number;
    readonly kolom: number;
    readonly acties: readonly { title: string; kind?: string; isPreferred?: boolean; changes: Record<string, unknown> }[];
}

async function alleActies(root: string): Promise<Gepind[]> {
    const client = await LspClient.start(root);
    try {
        await client.wacht(() => client.diagnosen.size > 0 && [...client.diagnosen.values()].some((l) => l.length > 0));
        await client.rustig();
        const relatief = (uri: string): string => path.relative(root, new URL(uri).pathname.replace(/^\/([A-Za-z]:)/, '$1'));
        const uit: Gepind[] = [];
        for (const uri of [...client.diagnosen.keys()].sort()) {
            const tekst = fs.readFileSync(new URL(uri), 'utf8');
            await client.open(uri, tekst, 1);
            for (const d of client.diagnosen.get(uri) ?? []) {
                const acties = await client.vraag<CodeAction[]>('textDocument/codeAction', {
                    textDocument: { uri },
                    range: d.range,
                    context: { diagnostics: [d] },
                });
                uit.push({
                    bestand: relatief(uri),
                    code: String(d.code),
                    regel: d.range.start.line,
                    kolom: d.range.start.character,
                    acties: acties.map((a) => ({
                        title: a.title,
                        kind: a.kind,
                        isPreferred: a.isPreferred,
                        changes: Object.fromEntries(Object.entries(a.edit?.changes ?? {}).map(([u, e]) => [relatief(u), e])),
                    })),
                });
            }
            await client.connection.sendNotification('textDocument/didClose', { textDocument: { uri } });
        }
        return uit;
    } finally {
        await client.stop();
    }
}

describe('LSP: every quick fix, pinned (titles, order, edits)', function () {
    this.timeout(60000);
    const VERWACHT = path.join(ROOT, 'test', 'lsp', 'snelle-herstellingen.verwacht.json');

    it('offers exactly the pinned actions for every finding', async () => {
        const takken = path.join(tijdelijkeMap('lsp'), 'takken');
        fs.mkdirSync(takken, { recursive: true });
        fs.writeFileSync(path.join(takken, 'basis.opgave'), BASIS);
        fs.writeFileSync(path.join(takken, 'opdrachten.opgave'), OPDRACHTEN);
        fs.writeFileSync(path.join(takken, 'opgave.config.json'), '{ "peildatum": "2026-11-29" }\n');
        const fouten = kopieer(path.join(ROOT, 'examples', 'fouten'));
        const p = path.join(fouten, 'leefomgeving.opgave');
        fs.writeFileSync(p, fs.readFileSync(p, 'utf8').replace(/\n\s*gewenste-situatie "Negen[^\n]*/, ''));
        const gezien = { takken: await alleActies(takken), fouten: await alleActies(fouten) };
        const tekst = `${JSON.stringify(gezien, null, 2)}\n`;
        if (process.env.OPGAVE_GOLDEN === 'bijwerken') {
            fs.writeFileSync(VERWACHT, tekst);
        }
        assert.deepEqual(gezien, JSON.parse(fs.readFileSync(VERWACHT, 'utf8')));
        // Every fixable rule is reached with at least one action in the branch portfolio.
        const metActie = new Set(gezien.takken.filter((g) => g.acties.length > 0).map((g) => g.code));
        assert.ok(metActie.size >= 6, [...metActie].join(', '));
    });
});

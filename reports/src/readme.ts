/**
 * The portfolio overview `README.md` (uitvoer.md "Reports"): totals, the lean- versus
 * opgavenbegroting split (guide H3), the opgaven per prioriteit when the portfolio uses
 * priorities (version 2), a table per thema, and the paraplu diagram.
 */
import { themaVan } from '../../language/src/model/navigatie.js';
import type { CheckResultaat } from '../../language/src/check/checker.js';
import type { Opdracht, Opgave, Prioriteit, Thema } from '../../language/src/model/types.js';
import { PRIORITEITEN, STATUSSEN, WERKWIJZEN } from '../../language/src/model/waarden.js';
import { kop } from './kop.js';
import type { RapportOpties } from './opties.js';
import { opdrachtPad } from './paden.js';
import { bevindingenVan } from './opdracht/pagina.js';
import { paraplu } from './paraplu.js';
import { cel, euro, fte, inline, opId } from './tekst.js';

function som(waarden: readonly (number | undefined)[]): number {
    return waarden.reduce<number>((s, w) => s + (w ?? 0), 0);
}

/** Rank of a priority for sorting: hoog first, no priority last. */
function rang(p: Prioriteit | undefined): number {
    return p === undefined ? PRIORITEITEN.length : PRIORITEITEN.indexOf(p);
}

/** Sort order of top-level opgaven: by priority when the portfolio uses priorities, then by id. */
function volgorde(metPrioriteit: boolean): (a: Opgave, b: Opgave) => number {
    return metPrioriteit ? (a, b) => rang(a.prioriteit) - rang(b.prioriteit) || opId(a, b) : opId;
}

/** The opdrachten of an opgave and of all deelopgaven below it (each once, also with a `deel-van` cycle). */
function opdrachtenOnder(opgave: Opgave): Opdracht[] {
    const gezien = new Set<Opgave>();
    const uit: Opdracht[] = [];
    const bezoek = (o: Opgave): void => {
        if (!gezien.has(o)) {
            gezien.add(o);
            uit.push(...o.opdrachten);
            o.deelopgaven.forEach(bezoek);
        }
    };
    bezoek(opgave);
    return uit;
}

/**
 * "Opgaven per prioriteit" (version 2; guide H3, Prioriteitstelling): a summary per priority and
 * per priority the opgaven that are not deelopgaven, with the opdrachten, budget (euro) and
 * capaciteit (FTE) of each including its deelopgaven. Deelopgaven follow their opgave. Empty when
 * no opgave has a priority.
 */
function prioriteitSectie(opgaven: readonly Opgave[]): string[] {
    if (!opgaven.some((o) => o.prioriteit !== undefined)) {
        return [];
    }
    const hoofd = opgaven.filter((o) => o.deelVanNaam === undefined);
    const groepen = [...PRIORITEITEN, undefined]
        .map((prioriteit) => ({ prioriteit, leden: hoofd.filter((o) => o.prioriteit === prioriteit).sort(opId) }))
        .filter((g) => g.leden.length > 0);
    const label = (p: Prioriteit | undefined): string => p ?? '*zonder prioriteit*';
    const uit = [
        '## Opgaven per prioriteit',
        '',
        'Welke opgaven voorgaan (inspiratiegids H3, Prioriteitstelling). Een deelopgave telt mee bij de opgave waar ze deel van is.',
        '',
        '| Prioriteit | Opgaven | Opdrachten | Budget | Capaciteit (fte) |',
        '|---|---:|---:|---:|---:|',
    ];
    for (const { prioriteit, leden } of groepen) {
        const l = leden.flatMap(opdrachtenOnder);
        uit.push(
            `| ${label(prioriteit)} | ${leden.length} | ${l.length} | ${euro(som(l.map((o) => o.budget)))} | ${fte(som(l.map((o) => o.capaciteit)))} |`,
        );
    }
    uit.push('');
    for (const { prioriteit, leden } of groepen) {
        uit.push(`### Prioriteit: ${label(prioriteit)}`, '');
        uit.push('| Opgave | Thema | Deelopgaven | Opdrachten | Budget | Capaciteit (fte) |', '|---|---|---:|---:|---:|---:|');
        for (const o of leden) {
            const l = opdrachtenOnder(o);
            uit.push(
                `| ${cel(o.titel ?? o.id)} (\`${o.id}\`) | ${cel(o.thema ? (o.thema.titel ?? o.thema.id) : '—')} | ${o.deelopgaven.length} | ${l.length} | ${euro(som(l.map((x) => x.budget)))} | ${fte(som(l.map((x) => x.capaciteit)))} |`,
            );
        }
        uit.push('');
    }
    return uit;
}

/** All opgaven of a thema including deelopgaven below them, depth-first, sorted by id. */
function opgavenOnder(opgaven: readonly Opgave[], sorteer: (a: Opgave, b: Opgave) => number = opId): { opgave: Opgave; diepte: number }[] {
    const uit: { opgave: Opgave; diepte: number }[] = [];
    const gezien = new Set<Opgave>();
    const bezoek = (o: Opgave, diepte: number): void => {
        if (gezien.has(o)) {
            return;
        }
        gezien.add(o);
        uit.push({ opgave: o, diepte });
        [...o.deelopgaven].sort(opId).forEach((d) => bezoek(d, diepte + 1));
    };
    [...opgaven].sort(sorteer).forEach((o) => bezoek(o, 0));
    return uit;
}

function driehoekTekst(o: Opdracht): string {
    if (o.werkwijze === 'routine') {
        return o.eigenaar ? `eigenaar: ${o.eigenaar.naam}` : '—';
    }
    const d = o.driehoek;
    if (!d) {
        return '—';
    }
    const namen = (l: readonly { naam: string }[]): string => (l.length > 0 ? l.map((b) => b.naam).join(', ') : '?');
    return `BO: ${namen(d.bestuurlijkOpdrachtgevers)} · AO: ${namen(d.ambtelijkOpdrachtgevers)} · SP: ${namen(d.sturingsprofessionals)}`;
}

function periode(o: Opdracht): string {
    if (!o.periode) {
        return '—';
    }
    return o.periode.eind ? `${o.periode.start.tekst} – ${o.periode.eind.tekst}` : `vanaf ${o.periode.start.tekst}`;
}

function laatsteHerijking(o: Opdracht): string {
    return (
        [o.vastgesteld?.tekst, o.herijkt?.tekst]
            .filter((t): t is string => !!t)
            .sort()
            .at(-1) ?? '—'
    );
}

/**
 * The table of one thema: a row per opdracht under its opgave. When the portfolio uses priorities,
 * the opgaven come in the order hoog, middel, laag, none, and the opgave cell names the priority.
 */
function themaTabel(resultaat: CheckResultaat, opgaven: readonly Opgave[], metPrioriteit: boolean): string[] {
    const regels = [
        '| Opgave | Opdracht | Werkwijze | Fase | Status | Driehoek | Budget | Capaciteit (fte) | Periode | Laatste herijking | Bevindingen |',
        '|---|---|---|---|---|---|---:|---:|---|---|---:|',
    ];
    for (const { opgave, diepte } of opgavenOnder(opgaven, volgorde(metPrioriteit))) {
        const prioriteit = metPrioriteit && opgave.prioriteit ? ` · prioriteit ${opgave.prioriteit}` : '';
        const naam = `${'↳ '.repeat(diepte)}${cel(opgave.titel ?? opgave.id)} (\`${opgave.id}\`)${prioriteit}`;
        const opdrachten = [...opgave.opdrachten].sort(opId);
        if (opdrachten.length === 0) {
            regels.push(`| ${naam} | *geen opdracht* | | | | | | | | | |`);
        }
        for (const o of opdrachten) {
            regels.push(
                `| ${naam} | [${cel(o.titel ?? o.id)}](${opdrachtPad(resultaat.portfolio, o.id)}) (\`${o.id}\`) | ${cel(o.werkwijze)} | ${cel(o.huidigeFase?.naam)} | ${cel(o.status)} | ${cel(driehoekTekst(o))} | ${euro(o.budget)} | ${fte(o.capaciteit)} | ${periode(o)} | ${laatsteHerijking(o)} | ${bevindingenVan(resultaat, o).length} |`,
            );
        }
    }
    return regels;
}

/**
 * Renders the portfolio README.
 * @returns Markdown with LF line endings, ending in a newline
 */
export function portfolioReadme(resultaat: CheckResultaat, opties: RapportOpties): string {
    const p = resultaat.portfolio;
    const gemeente = p.gemeenten[0];
    const uit: string[] = [kop(opties), ''];
    uit.push(`# Portfolio ${inline(gemeente?.titel ?? gemeente?.id ?? '')}`.trimEnd(), '');
    uit.push(
        `Zie ook: [bevindingen](bevindingen.md)${opties.publiek ? '' : ' · [personen](personen.md)'} · [spelers](spelers.md) · [opdrachten.csv](opdrachten.csv) · [portfolio.json](portfolio.json) · [besluitenkalender](besluiten.ics)`,
        '',
    );
    uit.push(
        `Peildatum: **${opties.peildatum}** · Besturingsmodel: **${p.besturingsmodel}** · Bevindingen: **${resultaat.bevindingen.length}** (${resultaat.onderdrukt.length} genegeerd met reden)`,
        '',
    );

    // Totals.
    const deelopgaven = p.opgaven.filter((o) => o.deelVan).length;
    uit.push('## Totalen', '');
    uit.push('| | Aantal |', '|---|---:|');
    uit.push(`| Thema's | ${p.themas.length} |`);
    uit.push(`| Opgaven | ${p.opgaven.length - deelopgaven} |`);
    uit.push(`| Deelopgaven | ${deelopgaven} |`);
    uit.push(`| Opdrachten | ${p.opdrachten.length} |`);
    uit.push(`| Personen | ${p.personen.length} |`);
    uit.push(`| Spelers | ${p.spelers.length} |`, '');

    uit.push('### Opdrachten per werkwijze en status', '');
    uit.push(
        `| Werkwijze | ${STATUSSEN.join(' | ')} | zonder status | Totaal |`,
        `|---|${STATUSSEN.map(() => '---:').join('|')}|---:|---:|`,
    );
    for (const w of [...WERKWIJZEN, undefined]) {
        const van = p.opdrachten.filter((o) => o.werkwijze === w);
        if (van.length === 0 && w === undefined) {
            continue;
        }
        const perStatus = STATUSSEN.map((s) => van.filter((o) => o.status === s).length);
        uit.push(`| ${w ?? '*zonder werkwijze*'} | ${perStatus.join(' | ')} | ${van.filter((o) => !o.status).length} | ${van.length} |`);
    }
    uit.push('');

    uit.push('### Budget en capaciteit per thema', '');
    uit.push('| Thema | Opdrachten | Budget | Capaciteit (fte) |', '|---|---:|---:|---:|');
    const perThema = new Map<Thema | undefined, Opdracht[]>();
    for (const o of p.opdrachten) {
        const t = themaVan(o.opgave);
        perThema.set(t, [...(perThema.get(t) ?? []), o]);
    }
    for (const t of [...p.themas].sort(opId)) {
        const l = perThema.get(t) ?? [];
        uit.push(
            `| ${cel(t.titel ?? t.id)} | ${l.length} | ${euro(som(l.map((o) => o.budget)))} | ${fte(som(l.map((o) => o.capaciteit)))} |`,
        );
    }
    const zonder = perThema.get(undefined) ?? [];
    if (zonder.length > 0) {
        uit.push(
            `| *zonder thema* | ${zonder.length} | ${euro(som(zonder.map((o) => o.budget)))} | ${fte(som(zonder.map((o) => o.capaciteit)))} |`,
        );
    }
    uit.push('');

    const routine = p.opdrachten.filter((o) => o.werkwijze === 'routine');
    const opgaveWerk = p.opdrachten.filter((o) => o.werkwijze !== 'routine');
    const extra = p.opdrachten.filter((o) => o.extraBudget?.bedrag !== undefined);
    uit.push('### Lean- en opgavenbegroting', '');
    uit.push('Routinewerk hoort in de lijn (leanbegroting); tijdelijk werk aan opgaven in de opgavenbegroting (inspiratiegids H3).', '');
    uit.push('| Deel | Opdrachten | Budget | Capaciteit (fte) |', '|---|---:|---:|---:|');
    uit.push(
        `| Leanbegroting (routine) | ${routine.length} | ${euro(som(routine.map((o) => o.budget)))} | ${fte(som(routine.map((o) => o.capaciteit)))} |`,
    );
    uit.push(
        `| Opgavenbegroting (overige werkwijzen) | ${opgaveWerk.length} | ${euro(som(opgaveWerk.map((o) => o.budget)))} | ${fte(som(opgaveWerk.map((o) => o.capaciteit)))} |`,
    );
    if (extra.length > 0) {
        uit.push(`| Extra budget buiten de begroting | ${extra.length} | ${euro(som(extra.map((o) => o.extraBudget?.bedrag)))} | — |`);
    }
    uit.push('');

    const metPrioriteit = p.opgaven.some((o) => o.prioriteit !== undefined);
    uit.push(...prioriteitSectie(p.opgaven));

    uit.push(
        '## Paraplu',
        '',
        'Thema → opgave → deelopgave → opdracht, gekleurd naar werkwijze.',
        '',
        '```mermaid',
        ...paraplu(p),
        '```',
        '',
    );

    for (const t of [...p.themas].sort(opId)) {
        uit.push(`## Thema: ${inline(t.titel ?? t.id)} (\`${t.id}\`)`, '');
        uit.push(
            `Soort: ${t.soort ?? '—'} · Opgavemanager: ${t.opgavemanager ? inline(t.opgavemanager.titel ?? t.opgavemanager.id) : t.opgavemanagerNaam ? inline(t.opgavemanagerNaam) : '—'}`,
            '',
        );
        uit.push(
            ...themaTabel(
                resultaat,
                t.opgaven.filter((o) => !o.deelVan || o.deelVan.thema !== t),
                metPrioriteit,
            ),
            '',
        );
    }
    const losse = p.opgaven.filter((o) => !o.thema && !o.deelVan);
    if (losse.length > 0) {
        uit.push('## Opgaven zonder thema', '', ...themaTabel(resultaat, losse, metPrioriteit), '');
    }
    const zonderOpgave = p.opdrachten.filter((o) => !o.opgave);
    if (zonderOpgave.length > 0) {
        uit.push('## Opdrachten zonder (bekende) opgave', '');
        uit.push(
            ...[...zonderOpgave]
                .sort(opId)
                .map((o) => `- [${cel(o.titel ?? o.id)}](${opdrachtPad(resultaat.portfolio, o.id)}) (\`${o.id}\`)`),
            '',
        );
    }
    return `${uit
        .join('\n')
        .replace(/\n{3,}/g, '\n\n')
        .trimEnd()}\n`;
}

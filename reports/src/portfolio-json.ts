/**
 * `portfolio.json` and its published JSON Schema `portfolio.schema.json` (uitvoer.md "Reports").
 * The zod schema below is the one definition of the exported shape: the JSON Schema is generated
 * from it with `z.toJSONSchema`, the TypeScript type of the data written is inferred from it, and
 * tests parse every generated `portfolio.json` with it (test/reports/rapporten.test.ts).
 * References between elements are written as identifiers; sources as file (relative to the
 * portfolio root) and 1-based line.
 *
 * Suppressions (taal.md "Configuration"): `onderdrukt` holds the findings a `// @negeer` silenced,
 * with the reason and, for `// @negeer <id> tot <datum> <reden>`, the end date `tot` (ISO; the
 * suppression holds through it). `verlopenNegeer` holds the dated suppressions whose end date lies
 * before the peildatum: they silenced nothing, so their findings are in `bevindingen` again; each
 * names the rule, end date, reason, the declaration below it and where the comment stands.
 */
import { z } from 'zod';
import type { CheckResultaat, Bevinding } from '../../language/src/check/checker.js';
import type { Afstemming, Bron, Datum, Opdracht, Opgave, Rolbezetting } from '../../language/src/model/types.js';
import {
    BESLUITEN,
    BESTURINGSMODELLEN,
    FASE_TOESTANDEN,
    PRIORITEITEN,
    PROCESSEN,
    STATUSSEN,
    WERKWIJZEN,
} from '../../language/src/model/waarden.js';
import { ERNSTEN } from '../../language/src/rules/regel.js';
import type { RapportOpties } from './opties.js';
import { kopZin } from './kop.js';
import { bronBestand, opId } from './tekst.js';

const id = z.string().min(1).describe('Identifier of the declaration');
const datum = z.string().describe('ISO date YYYY-MM-DD as written');
const bron = z
    .object({ bestand: z.string().describe('File relative to the portfolio root, / separators'), regel: z.number().int().min(1) })
    .strict();
const persoonRef = z.object({ naam: id, bekend: z.boolean().describe('False when the name does not resolve to a persoon') }).strict();
/** A name after `afgestemd-met`: a persoon or (version 2) a speler. */
const afstemmingRef = z
    .object({
        naam: id,
        bekend: z.boolean().describe('False when the name resolves to neither a persoon nor a speler'),
        soort: z.enum(['persoon', 'speler']).optional().describe('What the name resolves to; absent when unknown'),
    })
    .strict();
const ernst = z.enum(ERNSTEN);
const werkwijze = z.enum(WERKWIJZEN);

const bevindingSchema = z
    .object({
        ruleId: z.string(),
        severity: ernst,
        message: z.string(),
        file: z.string(),
        line: z.number().int().min(1),
        column: z.number().int().min(1),
        endLine: z.number().int().min(1),
        endColumn: z.number().int().min(1),
    })
    .strict();

/** The zod schema of `portfolio.json`. */
export const portfolioSchema = z
    .object({
        $comment: z.string().describe('Says the file is generated and from what'),
        peildatum: datum,
        besturingsmodel: z.enum(BESTURINGSMODELLEN),
        gemeenten: z.array(z.object({ id, titel: z.string().optional(), besturingsmodel: z.string().optional(), bron }).strict()),
        personen: z.array(
            z.object({ id, titel: z.string().optional(), functies: z.array(z.string()), fte: z.number().optional(), bron }).strict(),
        ),
        spelers: z.array(
            z.object({ id, titel: z.string().optional(), soort: z.string().optional(), positie: z.string().optional(), bron }).strict(),
        ),
        gebieden: z.array(
            z.object({ id, titel: z.string().optional(), schaal: z.string().optional(), gebiedsmanager: id.optional(), bron }).strict(),
        ),
        themas: z.array(
            z
                .object({
                    id,
                    titel: z.string().optional(),
                    soort: z.string().optional(),
                    opgavemanager: persoonRef.optional(),
                    opgaven: z.array(id),
                    bron,
                })
                .strict(),
        ),
        opgaven: z.array(
            z
                .object({
                    id,
                    titel: z.string().optional(),
                    thema: id.optional(),
                    deelVan: id.optional(),
                    deelopgaven: z.array(id),
                    gebieden: z.array(id),
                    kenmerken: z.array(z.string()),
                    bedoeling: z.string().optional(),
                    huidigeSituatie: z.string().optional(),
                    gewensteSituatie: z.string().optional(),
                    spelers: z.array(id),
                    prioriteit: z.enum(PRIORITEITEN).optional().describe('Version 2: hoog, middel or laag (H3 Prioriteitstelling)'),
                    voorscheider: z
                        .object({
                            idee: z.string().optional(),
                            netwerk: z.string().optional(),
                            besluitvorming: z.string().optional(),
                            van: id.describe('The opgave whose voorscheider applies (itself or up deel-van)'),
                            score: z.number(),
                            proces: z.enum(PROCESSEN),
                        })
                        .strict()
                        .optional(),
                    opdrachten: z.array(id),
                    bron,
                })
                .strict(),
        ),
        opdrachten: z.array(
            z
                .object({
                    id,
                    titel: z.string().optional(),
                    opgave: z.string().optional().describe('Name after voor (may be unresolved)'),
                    werkwijze: werkwijze.optional(),
                    status: z.enum(STATUSSEN).optional(),
                    huidigeFase: z.string().optional(),
                    driehoek: z
                        .object({
                            bestuurlijkOpdrachtgevers: z.array(persoonRef),
                            ambtelijkOpdrachtgevers: z.array(persoonRef),
                            sturingsprofessionals: z.array(persoonRef),
                            eindverantwoordelijk: z.array(persoonRef),
                        })
                        .strict()
                        .optional(),
                    eigenaar: persoonRef.optional(),
                    rolverdeling: z.string().optional(),
                    kaders: z.array(z.string()),
                    criteria: z.array(z.string()),
                    kwaliteit: z.string().optional(),
                    budget: z.number().optional().describe('Euro'),
                    capaciteit: z.number().optional().describe('FTE'),
                    extraBudget: z.object({ bedrag: z.number().optional(), raadsbesluit: z.string().optional() }).strict().optional(),
                    periode: z.object({ start: datum, eind: datum.optional() }).strict().optional(),
                    vastgesteld: datum.optional(),
                    herijkt: datum.optional(),
                    volgendeStap: z.string().optional(),
                    fasen: z.array(
                        z
                            .object({
                                naam: z.string(),
                                toestand: z.enum(FASE_TOESTANDEN),
                                datum: datum.optional(),
                                besluit: z.enum(BESLUITEN).optional(),
                                documenten: z.array(
                                    z.object({ soort: z.string(), jaar: z.number().int().optional(), titel: z.string() }).strict(),
                                ),
                            })
                            .strict(),
                    ),
                    doelen: z.array(z.object({ id, titel: z.string().optional(), inspanningen: z.array(id) }).strict()),
                    inspanningen: z.array(
                        z.object({ id, titel: z.string().optional(), draagtBijAan: z.array(id), opdracht: id.optional() }).strict(),
                    ),
                    historie: z.array(
                        z
                            .object({
                                datum,
                                werkwijze: werkwijze.optional(),
                                reden: z.string().optional(),
                                afgestemdMet: z.array(afstemmingRef),
                            })
                            .strict(),
                    ),
                    overdracht: z.object({ aan: id.optional(), omschrijving: z.string().optional() }).strict().optional(),
                    decharge: datum.optional(),
                    lessen: z.array(z.object({ datum, tekst: z.string() }).strict()),
                    bron,
                })
                .strict(),
        ),
        bevindingen: z.array(bevindingSchema),
        onderdrukt: z.array(
            z
                .object({
                    bevinding: bevindingSchema,
                    reden: z.string(),
                    tot: datum.optional().describe('End date of a `// @negeer <id> tot <datum> <reden>`: it holds through this date'),
                })
                .strict(),
        ),
        verlopenNegeer: z
            .array(
                z
                    .object({
                        ruleId: z.string(),
                        tot: datum,
                        reden: z.string(),
                        declaratie: id,
                        file: z.string(),
                        line: z.number().int().min(1),
                    })
                    .strict(),
            )
            .describe('Dated `// @negeer` comments whose end date lies before the peildatum: they silence nothing any more'),
    })
    .strict()
    .describe('The resolved portfolio of an opgave workspace, as written by `opgave generate`');

/** The exported shape of `portfolio.json`. */
export type PortfolioJson = z.infer<typeof portfolioSchema>;

/** The JSON Schema (draft 2020-12) of `portfolio.json`, generated from the zod schema. */
export function portfolioJsonSchema(): string {
    const schema = {
        ...z.toJSONSchema(portfolioSchema, { target: 'draft-2020-12' }),
        $id: 'portfolio.schema.json',
        title: 'opgave portfolio.json',
    };
    return `${JSON.stringify(schema, null, 2)}\n`;
}

const tekstVan = (d: Datum | undefined): string | undefined => d?.tekst;
const ref = (r: Rolbezetting): { naam: string; bekend: boolean } => ({ naam: r.naam, bekend: r.persoon !== undefined });
const afstemmingVan = (a: Afstemming): z.infer<typeof afstemmingRef> => ({
    naam: a.naam,
    bekend: a.persoon !== undefined || a.speler !== undefined,
    soort: a.persoon ? 'persoon' : a.speler ? 'speler' : undefined,
});

/** A finding in the shape of `opgave check --format json`, the file relative to the portfolio root. */
export function bevindingJson(b: Bevinding, root: string): z.infer<typeof bevindingSchema> {
    return {
        ruleId: b.ruleId,
        severity: b.severity,
        message: b.message,
        file: bronBestand(b.uri, root),
        line: b.range.start.line + 1,
        column: b.range.start.character + 1,
        endLine: b.range.end.line + 1,
        endColumn: b.range.end.character + 1,
    };
}

function opgaveJson(o: Opgave, maakBron: (b: Bron) => z.infer<typeof bron>): PortfolioJson['opgaven'][number] {
    const v = o.effectieveVoorscheider;
    return {
        id: o.id,
        titel: o.titel,
        thema: o.thema?.id,
        deelVan: o.deelVan?.id,
        deelopgaven: o.deelopgaven.map((d) => d.id).sort(),
        gebieden: o.gebieden.map((g) => g.id),
        kenmerken: [...o.kenmerken],
        bedoeling: o.bedoeling,
        huidigeSituatie: o.huidigeSituatie,
        gewensteSituatie: o.gewensteSituatie,
        spelers: o.spelers.map((s) => s.id),
        prioriteit: o.prioriteit,
        voorscheider: v
            ? {
                  idee: v.voorscheider.idee,
                  netwerk: v.voorscheider.netwerk,
                  besluitvorming: v.voorscheider.besluitvorming,
                  van: v.van.id,
                  score: v.score,
                  proces: v.proces,
              }
            : undefined,
        opdrachten: o.opdrachten.map((d) => d.id).sort(),
        bron: maakBron(o.bron),
    };
}

function opdrachtJson(o: Opdracht, maakBron: (b: Bron) => z.infer<typeof bron>): PortfolioJson['opdrachten'][number] {
    const d = o.driehoek;
    return {
        id: o.id,
        titel: o.titel,
        opgave: o.opgave?.id ?? o.opgaveNaam,
        werkwijze: o.werkwijze,
        status: o.status,
        huidigeFase: o.huidigeFase?.naam,
        driehoek: d
            ? {
                  bestuurlijkOpdrachtgevers: d.bestuurlijkOpdrachtgevers.map(ref),
                  ambtelijkOpdrachtgevers: d.ambtelijkOpdrachtgevers.map(ref),
                  sturingsprofessionals: d.sturingsprofessionals.map(ref),
                  eindverantwoordelijk: d.eindverantwoordelijk.map(ref),
              }
            : undefined,
        eigenaar: o.eigenaar ? ref(o.eigenaar) : undefined,
        rolverdeling: o.rolverdeling,
        kaders: [...o.kaders],
        criteria: [...o.criteria],
        kwaliteit: o.kwaliteit,
        budget: o.budget,
        capaciteit: o.capaciteit,
        extraBudget: o.extraBudget ? { bedrag: o.extraBudget.bedrag, raadsbesluit: o.extraBudget.raadsbesluit } : undefined,
        periode: o.periode ? { start: o.periode.start.tekst, eind: tekstVan(o.periode.eind) } : undefined,
        vastgesteld: tekstVan(o.vastgesteld),
        herijkt: tekstVan(o.herijkt),
        volgendeStap: o.volgendeStap,
        fasen: o.fasen.map((f) => ({
            naam: f.naam,
            toestand: f.toestand,
            datum: tekstVan(f.datum),
            besluit: f.besluit,
            documenten: f.documenten.map((doc) => ({ soort: doc.soort, jaar: doc.jaar, titel: doc.titel })),
        })),
        doelen: o.doelen.map((doel) => ({ id: doel.id, titel: doel.titel, inspanningen: doel.inspanningen.map((i) => i.id) })),
        inspanningen: o.inspanningen.map((i) => ({
            id: i.id,
            titel: i.titel,
            draagtBijAan: i.draagtBijAan.map((doel) => doel.id),
            opdracht: i.opdracht?.id,
        })),
        historie: o.historie.map((h) => ({
            datum: h.datum.tekst,
            werkwijze: h.werkwijze,
            reden: h.reden,
            afgestemdMet: h.afgestemdMet.map(afstemmingVan),
        })),
        overdracht: o.overdracht ? { aan: o.overdracht.aan?.id, omschrijving: o.overdracht.omschrijving } : undefined,
        decharge: tekstVan(o.decharge),
        lessen: o.lessen.map((l) => ({ datum: l.datum.tekst, tekst: l.tekst })),
        bron: maakBron(o.bron),
    };
}

/**
 * The whole resolved model as JSON, ending in a newline. Its shape is {@link PortfolioJson} (the
 * type inferred from `portfolioSchema`); the schema is not run here: at 10,000 opdrachten
 * `portfolioSchema.parse` took about a second of `generate`. The tests parse the generated files
 * of the examples and the golden portfolio with it and check that it changes nothing.
 */
export function portfolioJson(resultaat: CheckResultaat, opties: RapportOpties): string {
    const p = resultaat.portfolio;
    const maakBron = (b: Bron): z.infer<typeof bron> => ({ bestand: bronBestand(b.uri, opties.root), regel: b.range.start.line + 1 });
    const gesorteerd = <T extends { id: string }>(l: readonly T[]): T[] => [...l].sort(opId);
    const data: PortfolioJson = {
        $comment: kopZin(opties.peildatum), // first key: the signature kop.ts recognises
        peildatum: opties.peildatum,
        besturingsmodel: p.besturingsmodel,
        gemeenten: gesorteerd(p.gemeenten).map((g) => ({
            id: g.id,
            titel: g.titel,
            besturingsmodel: g.besturingsmodel,
            bron: maakBron(g.bron),
        })),
        personen: gesorteerd(p.personen).map((x) => ({
            id: x.id,
            titel: x.titel,
            functies: [...x.functies],
            fte: x.fte,
            bron: maakBron(x.bron),
        })),
        spelers: gesorteerd(p.spelers).map((s) => ({
            id: s.id,
            titel: s.titel,
            soort: s.soort,
            positie: s.positie,
            bron: maakBron(s.bron),
        })),
        gebieden: gesorteerd(p.gebieden).map((g) => ({
            id: g.id,
            titel: g.titel,
            schaal: g.schaal,
            gebiedsmanager: g.gebiedsmanager?.id,
            bron: maakBron(g.bron),
        })),
        themas: gesorteerd(p.themas).map((t) => ({
            id: t.id,
            titel: t.titel,
            soort: t.soort,
            opgavemanager: t.opgavemanagerNaam ? { naam: t.opgavemanagerNaam, bekend: t.opgavemanager !== undefined } : undefined,
            opgaven: t.opgaven.map((o) => o.id).sort(),
            bron: maakBron(t.bron),
        })),
        opgaven: gesorteerd(p.opgaven).map((o) => opgaveJson(o, maakBron)),
        opdrachten: gesorteerd(p.opdrachten).map((o) => opdrachtJson(o, maakBron)),
        bevindingen: resultaat.bevindingen.map((b) => bevindingJson(b, opties.root)),
        onderdrukt: resultaat.onderdrukt.map((o) => ({ bevinding: bevindingJson(o.bevinding, opties.root), reden: o.reden, tot: o.tot })),
        verlopenNegeer: resultaat.verlopen.map((o) => ({
            ruleId: o.regel,
            tot: o.tot ?? '',
            reden: o.reden,
            declaratie: o.declaratie,
            file: bronBestand(o.uri, opties.root),
            line: o.commentaar.start.line + 1,
        })),
    };
    return `${JSON.stringify(data, null, 2)}\n`;
}

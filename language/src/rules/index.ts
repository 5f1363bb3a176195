/**
 * The rule list: every rule module of ../shared/spec/regels.md, per family, in the order of
 * regels.md. A family is a folder `rules/<familie>/` with one file per rule named after its id
 * (plus `gedeeld.ts` for helpers several of its rules share). Everything that needs the rules
 * reads this list: the checker (registration), config validation, `opgave rules`, SARIF rule
 * metadata, the reports, the editor's quick fixes and the documentation tests.
 */
import syntaxis from './integriteit/syntaxis.js';
import onbekendeVerwijzing from './integriteit/onbekende-verwijzing.js';
import dubbeleNaam from './integriteit/dubbele-naam.js';
import cyclischeDeelopgave from './integriteit/cyclische-deelopgave.js';
import ongeldigeDatum from './integriteit/ongeldige-datum.js';
import functiePastNiet from './integriteit/functie-past-niet.js';
import negeerZonderReden from './integriteit/negeer-zonder-reden.js';
import negeerVerlopen from './integriteit/negeer-verlopen.js';
import opdrachtZonderOpgave from './opdracht/opdracht-zonder-opgave.js';
import werkwijzeOntbreekt from './opdracht/werkwijze-ontbreekt.js';
import situatieOnbeschreven from './opdracht/situatie-onbeschreven.js';
import kadersOntbreken from './opdracht/kaders-ontbreken.js';
import middelenOntbreken from './opdracht/middelen-ontbreken.js';
import herijkingVerlopen from './opdracht/herijking-verlopen.js';
import driehoekOnvolledig from './driehoek/driehoek-onvolledig.js';
import rolzuiverheid from './driehoek/rolzuiverheid.js';
import sturingsprofessionalPastNietBijWerkwijze from './driehoek/sturingsprofessional-past-niet-bij-werkwijze.js';
import eindverantwoordelijkeOntbreekt from './driehoek/eindverantwoordelijke-ontbreekt.js';
import ambtelijkOpdrachtgeverLijnmanager from './driehoek/ambtelijk-opdrachtgever-lijnmanager.js';
import raadsbesluitOntbreekt from './driehoek/raadsbesluit-ontbreekt.js';
import routineZonderEigenaar from './driehoek/routine-zonder-eigenaar.js';
import themaZonderOpgavemanager from './opgavemanager/thema-zonder-opgavemanager.js';
import opgavemanagerFunctie from './opgavemanager/opgavemanager-functie.js';
import opgavemanagerAlsSturingsprofessional from './opgavemanager/opgavemanager-als-sturingsprofessional.js';
import ambtelijkOpdrachtgeverModel from './opgavemanager/ambtelijk-opdrachtgever-model.js';
import rolverdelingOntbreekt from './opgavemanager/rolverdeling-ontbreekt.js';
import bestuursprocesEerst from './werkwijze/bestuursproces-eerst.js';
import werkwijzePastNietBijVoorscheider from './werkwijze/werkwijze-past-niet-bij-voorscheider.js';
import werkwijzeHistorieStrijdig from './werkwijze/werkwijze-historie-strijdig.js';
import werkwijzeWisselOnderbouwd from './werkwijze/werkwijze-wissel-onderbouwd.js';
import faseOnbekend from './werkwijze/fase-onbekend.js';
import faseVolgorde from './werkwijze/fase-volgorde.js';
import goBesluitOntbreekt from './werkwijze/go-besluit-ontbreekt.js';
import beslisdocumentOntbreekt from './werkwijze/beslisdocument-ontbreekt.js';
import jaarplanOntbreekt from './werkwijze/jaarplan-ontbreekt.js';
import dinOnvolledig from './werkwijze/din-onvolledig.js';
import doelZonderInspanning from './werkwijze/doel-zonder-inspanning.js';
import inspanningZonderDoel from './werkwijze/inspanning-zonder-doel.js';
import projectBeheersaspecten from './werkwijze/project-beheersaspecten.js';
import improvisatieOnbegrensd from './werkwijze/improvisatie-onbegrensd.js';
import volgendeStapOntbreekt from './werkwijze/volgende-stap-ontbreekt.js';
import opgaveZonderSpelers from './portfolio/opgave-zonder-spelers.js';
import opgaveZonderThema from './portfolio/opgave-zonder-thema.js';
import opgaveZonderOpdracht from './portfolio/opgave-zonder-opdracht.js';
import persoonOverbelast from './portfolio/persoon-overbelast.js';
import prioriteitOntbreekt from './portfolio/prioriteit-ontbreekt.js';
import overdrachtOntbreekt from './afronding/overdracht-ontbreekt.js';
import dechargeOntbreekt from './afronding/decharge-ontbreekt.js';
import lessenOntbreken from './afronding/lessen-ontbreken.js';
import statusStrijdig from './afronding/status-strijdig.js';
import opgavemanagerInLijn from './opgavemanager/opgavemanager-in-lijn.js';
import gebiedsmanagerFunctie from './opgavemanager/gebiedsmanager-functie.js';
import overdrachtNietAanLijn from './afronding/overdracht-niet-aan-lijn.js';
import teVeelOpgavemanagers from './opgavemanager/te-veel-opgavemanagers.js';
import lerenTijdensWerk from './afronding/leren-tijdens-werk.js';
import voorscheiderOntbreekt from './werkwijze/voorscheider-ontbreekt.js';
import routineMetDriehoek from './driehoek/routine-met-driehoek.js';
import { familie, type Regel } from './regel.js';

/** All rules, in the order of regels.md. */
export const REGELS = [
    // Integrity (regels.md "Integrity"): the portfolio can be read as one whole — syntax,
    // references, unique names, no deel-van cycles, real dates, people whose functie fits the slot.
    ...familie('integriteit', [
        syntaxis,
        onbekendeVerwijzing,
        dubbeleNaam,
        cyclischeDeelopgave,
        ongeldigeDatum,
        functiePastNiet,
        negeerZonderReden,
        negeerVerlopen,
    ]),
    // Opdracht (regels.md "Opdracht"; guide H2 "Randvoorwaarden voor het opgavegericht werken aan
    // een opdracht"): an opdracht serves an opgave, has a werkwijze, frames, means, and is reviewed.
    ...familie('opdracht', [
        opdrachtZonderOpgave,
        werkwijzeOntbreekt,
        situatieOnbeschreven,
        kadersOntbreken,
        middelenOntbreken,
        herijkingVerlopen,
    ]),
    // Sturingsdriehoek (regels.md "Sturingsdriehoek"; guide H4 "De sturingsdriehoek", B1): each
    // temporary opdracht has a bestuurlijk opdrachtgever, an ambtelijk opdrachtgever and a
    // sturingsprofessional, three different people whose functies fit.
    ...familie('driehoek', [
        driehoekOnvolledig,
        rolzuiverheid,
        sturingsprofessionalPastNietBijWerkwijze,
        eindverantwoordelijkeOntbreekt,
        ambtelijkOpdrachtgeverLijnmanager,
        raadsbesluitOntbreekt,
        routineZonderEigenaar,
    ]),
    // Opgavemanager and thema (regels.md "Opgavemanager and thema"; guide H4 "De opgavemanager",
    // "Varianten in de sturingsdriehoek").
    ...familie('opgavemanager', [
        themaZonderOpgavemanager,
        opgavemanagerFunctie,
        opgavemanagerAlsSturingsprofessional,
        ambtelijkOpdrachtgeverModel,
        rolverdelingOntbreekt,
    ]),
    // Werkwijze (regels.md "Werkwijze"; guide H5 "Werkwijze kiezen en wisselen", B2 "De kern van de
    // vijf werkwijzen", "Voorscheider"): the werkwijze fits the opgave, its history is consistent,
    // its phases follow each other with go decisions and documents, a programma has a DIN.
    ...familie('werkwijze', [
        bestuursprocesEerst,
        werkwijzePastNietBijVoorscheider,
        werkwijzeHistorieStrijdig,
        werkwijzeWisselOnderbouwd,
        faseOnbekend,
        faseVolgorde,
        goBesluitOntbreekt,
        beslisdocumentOntbreekt,
        jaarplanOntbreekt,
        dinOnvolledig,
        doelZonderInspanning,
        inspanningZonderDoel,
        projectBeheersaspecten,
        improvisatieOnbegrensd,
        volgendeStapOntbreekt,
    ]),
    // Spelers and portfolio (regels.md "Spelers and portfolio"; guide H2, H3, H5).
    ...familie('portfolio', [opgaveZonderSpelers, opgaveZonderThema, opgaveZonderOpdracht, persoonOverbelast]),
    // Afronding, baten and leren (regels.md "Afronding, baten, leren"; guide H3 "Batenmanagement",
    // H6 "Opgavegericht leren", B2).
    ...familie('afronding', [overdrachtOntbreekt, dechargeOntbreekt, lessenOntbreken, statusStrijdig]),
    // Version 2 additions (regels.md "Version 2 additions"), in the order of that table, one
    // line per rule; each rule keeps the family whose folder it lives in.
    ...familie('werkwijze', [voorscheiderOntbreekt]),
    ...familie('opgavemanager', [opgavemanagerInLijn]),
    ...familie('opgavemanager', [teVeelOpgavemanagers]),
    ...familie('opgavemanager', [gebiedsmanagerFunctie]),
    ...familie('driehoek', [routineMetDriehoek]),
    ...familie('afronding', [overdrachtNietAanLijn]),
    ...familie('afronding', [lerenTijdensWerk]),
    ...familie('portfolio', [prioriteitOntbreekt]),
] as const satisfies readonly Regel[];

/** A rule id: the exact union of the ids of {@link REGELS}. */
export type RegelId = (typeof REGELS)[number]['id'];

/** A rule family: the folder names under `rules/`. */
export type Familie = (typeof REGELS)[number]['familie'];

/** All rule ids, in list order. */
export const REGEL_IDS: readonly RegelId[] = REGELS.map((d) => d.id);

const PER_ID: ReadonlyMap<string, Regel<RegelId, Familie>> = new Map(REGELS.map((d) => [d.id, d]));

/** The rule with this id, or undefined when there is none. */
export function regel(id: string): Regel<RegelId, Familie> | undefined {
    return PER_ID.get(id);
}

/** True when `id` is the id of a rule. */
export function isRegelId(id: string): id is RegelId {
    return PER_ID.has(id);
}

/** Relative link to the rule's documentation page, from the repository root. */
export function regelDocPad(id: string): string {
    return `docs/regels/${id}.md`;
}

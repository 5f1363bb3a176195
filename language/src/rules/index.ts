/**
 * Registers every check under its rule id. `CONTROLES` is typed as a complete record over the rule
 * table, so a rule without a check (or a check without a rule) does not compile.
 */
import type { Controle } from './context.js';
import type { RegelId } from './tabel.js';
import * as afronding from './afronding.js';
import * as driehoek from './driehoek.js';
import * as integriteit from './integriteit.js';
import * as opdracht from './opdracht.js';
import * as opgavemanager from './opgavemanager.js';
import * as portfolio from './portfolio.js';
import * as werkwijze from './werkwijze.js';

/** Rule id → its check. */
export const CONTROLES: Readonly<Record<RegelId, Controle>> = {
    syntaxis: integriteit.syntaxis,
    'onbekende-verwijzing': integriteit.onbekendeVerwijzing,
    'dubbele-naam': integriteit.dubbeleNaam,
    'cyclische-deelopgave': integriteit.cyclischeDeelopgave,
    'ongeldige-datum': integriteit.ongeldigeDatum,
    'functie-past-niet': integriteit.functiePastNiet,
    'negeer-zonder-reden': integriteit.negeerZonderReden,

    'opdracht-zonder-opgave': opdracht.opdrachtZonderOpgave,
    'werkwijze-ontbreekt': opdracht.werkwijzeOntbreekt,
    'situatie-onbeschreven': opdracht.situatieOnbeschreven,
    'kaders-ontbreken': opdracht.kadersOntbreken,
    'middelen-ontbreken': opdracht.middelenOntbreken,
    'herijking-verlopen': opdracht.herijkingVerlopen,

    'driehoek-onvolledig': driehoek.driehoekOnvolledig,
    rolzuiverheid: driehoek.rolzuiverheid,
    'sturingsprofessional-past-niet-bij-werkwijze': driehoek.sturingsprofessionalPastNietBijWerkwijze,
    'eindverantwoordelijke-ontbreekt': driehoek.eindverantwoordelijkeOntbreekt,
    'ambtelijk-opdrachtgever-lijnmanager': driehoek.ambtelijkOpdrachtgeverLijnmanager,
    'raadsbesluit-ontbreekt': driehoek.raadsbesluitOntbreekt,
    'routine-zonder-eigenaar': driehoek.routineZonderEigenaar,

    'thema-zonder-opgavemanager': opgavemanager.themaZonderOpgavemanager,
    'opgavemanager-functie': opgavemanager.opgavemanagerFunctie,
    'opgavemanager-als-sturingsprofessional': opgavemanager.opgavemanagerAlsSturingsprofessional,
    'ambtelijk-opdrachtgever-model': opgavemanager.ambtelijkOpdrachtgeverModel,
    'rolverdeling-ontbreekt': opgavemanager.rolverdelingOntbreekt,

    'bestuursproces-eerst': werkwijze.bestuursprocesEerst,
    'werkwijze-past-niet-bij-voorscheider': werkwijze.werkwijzePastNietBijVoorscheider,
    'werkwijze-historie-strijdig': werkwijze.werkwijzeHistorieStrijdig,
    'werkwijze-wissel-onderbouwd': werkwijze.werkwijzeWisselOnderbouwd,
    'fase-onbekend': werkwijze.faseOnbekend,
    'fase-volgorde': werkwijze.faseVolgorde,
    'go-besluit-ontbreekt': werkwijze.goBesluitOntbreekt,
    'beslisdocument-ontbreekt': werkwijze.beslisdocumentOntbreekt,
    'jaarplan-ontbreekt': werkwijze.jaarplanOntbreekt,
    'din-onvolledig': werkwijze.dinOnvolledig,
    'doel-zonder-inspanning': werkwijze.doelZonderInspanning,
    'inspanning-zonder-doel': werkwijze.inspanningZonderDoel,
    'project-beheersaspecten': werkwijze.projectBeheersaspecten,
    'improvisatie-onbegrensd': werkwijze.improvisatieOnbegrensd,
    'volgende-stap-ontbreekt': werkwijze.volgendeStapOntbreekt,

    'opgave-zonder-spelers': portfolio.opgaveZonderSpelers,
    'opgave-zonder-thema': portfolio.opgaveZonderThema,
    'opgave-zonder-opdracht': portfolio.opgaveZonderOpdracht,
    'persoon-overbelast': portfolio.persoonOverbelast,

    'overdracht-ontbreekt': afronding.overdrachtOntbreekt,
    'decharge-ontbreekt': afronding.dechargeOntbreekt,
    'lessen-ontbreken': afronding.lessenOntbreken,
    'status-strijdig': afronding.statusStrijdig,
};

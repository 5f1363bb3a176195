/**
 * Short explanations of the language's concepts for hovers, in our own Dutch words, each with the
 * section of the inspiratiegids it comes from (H = hoofdstuk, B = bijlage).
 */

/** One concept: explanation and guide section. */
export interface Begrip {
    readonly uitleg: string;
    readonly bron: string;
}

const b = (uitleg: string, bron: string): Begrip => ({ uitleg, bron });

/** Explanations per keyword. */
export const BEGRIPPEN: Readonly<Record<string, Begrip>> = {
    gemeente: b('De gemeente waarvan dit portfolio is, met de manier waarop zij opgaven bestuurt.', 'H4, Varianten in de sturingsdriehoek'),
    besturingsmodel: b(
        'Hoe opgavemanager en ambtelijk opdrachtgever zich tot elkaar verhouden: basismodel, model 1, 2 of 3.',
        'H4, Varianten in de sturingsdriehoek',
    ),
    persoon: b('Iemand die een rol kan vervullen, zoals opdrachtgever, opgavemanager of sturingsprofessional.', 'H4; B3, Sleutelfiguren'),
    functie: b('De functies die iemand heeft; die bepalen welke rollen diegene kan vervullen.', 'B1, Sturingsdriehoek; B3, Sleutelfiguren'),
    fte: b('Hoeveel tijd deze persoon beschikbaar heeft voor opdrachten, in fte.', 'H3'),
    speler: b(
        'Een partij in het netwerk rond een opgave: inwoners, bedrijven, instellingen, andere overheden.',
        'H2, Impliciete gemeenschappelijke opdracht',
    ),
    positie: b('Hoe een speler tegenover de opgave staat.', 'H2, Impliciete gemeenschappelijke opdracht'),
    gebied: b('Een gebied waar een opgave over gaat, van wijk tot regio.', 'H4'),
    gebiedsmanager: b('De persoon die de samenhang in een gebied bewaakt.', 'H4; B3, Sleutelfiguren'),
    thema: b('Een cluster van samenhangende opgaven met één opgavemanager die het overzicht houdt.', 'H4, De opgavemanager'),
    opgavemanager: b('Bewaakt de samenhang tussen de opgaven van een thema en stuurt het portfolio daarvan bij.', 'H4, De opgavemanager'),
    opgave: b(
        'Een maatschappelijke uitdaging waar de gemeente niet alleen over gaat: er is een idee of probleem, meerdere partijen moeten samen iets doen en er zijn uiteenlopende meningen.',
        'H2, Wat is een opgave?',
    ),
    'deel-van': b('Maakt dit een deelopgave van een grotere opgave.', 'H2, Wat is een opgave?'),
    kenmerken: b('Welke kenmerken van een opgave hier spelen.', 'H2, Kenmerken van een opgave'),
    bedoeling: b('Waar het uiteindelijk om gaat: het doel achter de opgave, voorbij de regels en systemen.', 'H2'),
    'huidige-situatie': b(
        'Hoe het nu is. Samen met de gewenste situatie geeft dit de afstand die de opdracht moet overbruggen.',
        'H2, Randvoorwaarde 1: huidige en gewenste situatie',
    ),
    'gewenste-situatie': b(
        'Hoe het moet worden. Zonder dit eindbeeld valt niet te zien wat de opdracht moet opleveren.',
        'H2, Randvoorwaarde 1: huidige en gewenste situatie',
    ),
    spelers: b('De partijen die bij deze opgave betrokken zijn of moeten worden.', 'H2, Impliciete gemeenschappelijke opdracht'),
    prioriteit: b(
        'Hoe zwaar deze opgave weegt tegenover de andere: hoog, middel of laag. Raad en college kiezen de prioriteiten; het overzicht groepeert de opgaven erop.',
        'H3, Prioriteitstelling',
    ),
    hoog: b('Prioriteit: deze opgave gaat voor als tijd, geld en mensen schaars zijn.', 'H3, Prioriteitstelling'),
    middel: b('Prioriteit: deze opgave krijgt aandacht, maar wijkt voor opgaven met prioriteit hoog.', 'H3, Prioriteitstelling'),
    laag: b('Prioriteit: deze opgave wacht als er voor de andere opgaven te weinig ruimte is.', 'H3, Prioriteitstelling'),
    voorscheider: b(
        'Drie vragen (is het idee helder, is het netwerk voorspelbaar, is de besluitvorming gericht?) die aangeven of je zoekt of maakt. Veel onzekerheid wijst op een zoekproces, weinig op een maakproces.',
        'B2, Voorscheider',
    ),
    idee: b('Voorscheider: hoe helder is het idee of de oplossing al?', 'B2, Voorscheider'),
    netwerk: b('Voorscheider: hoe voorspelbaar gedragen de betrokken partijen zich?', 'B2, Voorscheider'),
    besluitvorming: b('Voorscheider: hoe gericht en eenduidig wordt er besloten?', 'B2, Voorscheider'),
    opdracht: b(
        'De schriftelijke afspraak die mensen en geld vastlegt om aan een opgave te werken; het middel, niet het doel.',
        'H2, De opdracht als middel',
    ),
    voor: b('De opgave waar deze opdracht aan bijdraagt.', 'H2, De opdracht als middel'),
    werkwijze: b(
        'Hoe aan de opdracht gewerkt wordt: routine, project, programma, bestuursproces of improvisatie. De keuze hangt af van hoeveel er al vaststaat.',
        'H5, Werkwijze kiezen; B2',
    ),
    routine: b(
        'Werk dat bekend en herhaalbaar is en in de lijn thuishoort, met een eigenaar in plaats van een sturingsdriehoek.',
        'B2, Routine',
    ),
    project: b(
        'Een vooraf bepaald resultaat maken binnen tijd, geld en kwaliteit, in de fasen initiatief, definitie, uitvoering en nazorg.',
        'B2, Project',
    ),
    programma: b(
        'Samenhangende inspanningen richten op doelen die nog in beweging zijn, met een netwerk van doelen en inspanningen.',
        'B2, Programma',
    ),
    bestuursproces: b(
        'Met partners zoeken naar wat er moet gebeuren, stap voor stap, voordat er iets gemaakt wordt.',
        'H5, Zicht op doorlopen bestuursproces; B2',
    ),
    improvisatie: b('Snel handelen in een onvoorziene situatie, begrensd door tijd en middelen.', 'B2, Improvisatie'),
    driehoek: b(
        'De sturingsdriehoek: bestuurlijk opdrachtgever, ambtelijk opdrachtgever en sturingsprofessional, elk met een eigen rol.',
        'H4, De sturingsdriehoek; B1',
    ),
    'bestuurlijk-opdrachtgever': b(
        'De wethouder (of burgemeester) die politiek verantwoordelijk is en de opdracht geeft.',
        'H4, De sturingsdriehoek; B1',
    ),
    'ambtelijk-opdrachtgever': b(
        'De ambtenaar die namens de organisatie de opdracht geeft en de middelen vrijmaakt.',
        'H4, De sturingsdriehoek; B1',
    ),
    sturingsprofessional: b(
        'Wie de opdracht uitvoert en stuurt: projectmanager, programmamanager of procesregisseur, passend bij de werkwijze.',
        'B3, Sleutelfiguren; B1',
    ),
    eindverantwoordelijk: b('Bij meerdere opdrachtgevers: wie van hen de knoop doorhakt.', 'B1, Sturingsdriehoek'),
    eigenaar: b('De lijnmanager die een routine in beheer heeft.', 'B2, Routine'),
    rolverdeling: b(
        'Hoe opgavemanager en ambtelijk opdrachtgever hun taken verdelen (nodig in model 2 en 3).',
        'H4, Varianten in de sturingsdriehoek',
    ),
    kaders: b('De grenzen waarbinnen gewerkt wordt, zoals beleid, wetten en visies.', 'H2, Randvoorwaarde 2: kaders en criteria'),
    criteria: b('Waaraan het resultaat moet voldoen.', 'H2, Randvoorwaarde 2: kaders en criteria'),
    kwaliteit: b('De kwaliteitsnorm van het resultaat van een project.', 'B2, Project'),
    budget: b('Het geld voor deze opdracht, in euro.', 'H2, Randvoorwaarden'),
    capaciteit: b('De menskracht voor deze opdracht, in fte.', 'H2, Randvoorwaarden'),
    'extra-budget': b('Geld buiten de programmabegroting; daar hoort een besluit van de raad bij.', 'B1, Rol van de raad'),
    raadsbesluit: b('Het raadsbesluit waar het extra budget op berust.', 'B1, Rol van de raad'),
    periode: b('Begin en (voor project en improvisatie) einde van de opdracht.', 'B2'),
    vastgesteld: b('De datum waarop de opdracht is verleend.', 'H2, De opdracht als middel'),
    herijkt: b('De laatste keer dat de opdracht opnieuw is bekeken en zo nodig bijgesteld.', 'H2, Opdracht regelmatig bijstellen!'),
    status: b('Waar de opdracht staat: voorbereiding, lopend, gepauzeerd, afgerond of gestopt.', 'B2'),
    'volgende-stap': b('Bij een bestuursproces: de eerstvolgende stap waar naartoe gewerkt wordt.', 'H5; B2, Bestuursproces'),
    fasen: b('De fasen van de werkwijze; elke overgang vraagt een besluit en een beslisdocument.', 'B2, De kern van de vijf werkwijzen'),
    besluit: b('Het besluit aan het eind van een fase: go (door) of no-go (stoppen).', 'B2, Besluitvorming per faseovergang'),
    document: b('Het beslisdocument waarmee een fase wordt afgesloten.', 'B2, De kern van de vijf werkwijzen'),
    doelen: b('De doelen van een programma, samen met de inspanningen het doelen-inspanningennetwerk.', 'B2, Programma'),
    doel: b('Een doel van het programma; er hoort minstens één inspanning aan bij te dragen.', 'B2, Programma'),
    inspanningen: b('Wat het programma doet om de doelen te bereiken.', 'B2, Programma'),
    inspanning: b('Een activiteit van het programma die aan één of meer doelen bijdraagt.', 'B2, Programma'),
    'draagt-bij-aan': b('De doelen waaraan deze inspanning bijdraagt.', 'B2, Programma'),
    historie: b('Welke werkwijzen de opdracht achtereenvolgens had en waarom er gewisseld is.', 'H5, Werkwijze kiezen en wisselen'),
    'afgestemd-met': b(
        'Met wie de keuze of wissel van werkwijze is afgestemd: personen en spelers door elkaar. Bij een wissel hoort er minstens één opdrachtgever bij.',
        'H5, Werkwijze kiezen en wisselen; H2, Randvoorwaarde 3',
    ),
    overdracht: b('Aan wie in de lijn het resultaat wordt overgedragen, zodat de baten ook echt binnenkomen.', 'H3, Batenmanagement'),
    decharge: b('Het moment waarop de tijdelijke organisatie formeel is ontheven van haar opdracht.', 'B2, De kern van de vijf werkwijzen'),
    lessen: b('Wat er geleerd is, zodat volgende opdrachten daar profijt van hebben.', 'H6, Opgavegericht leren'),
    les: b('Eén les, met de datum waarop hij is vastgelegd.', 'H6, Opgavegericht leren'),
    initiatief: b('Projectfase: verkennen of het project zinvol is; sluit af met een startdocument.', 'B2, Project'),
    definitie: b('Projectfase: vastleggen wat het resultaat precies moet zijn; sluit af met een projectplan.', 'B2, Project'),
    uitvoering: b(
        'Fase waarin het werk gebeurt: bij een project sluit die af met een uitvoeringsplan, bij een programma hoort er elk jaar een jaarplan bij.',
        'B2, De kern van de vijf werkwijzen',
    ),
    nazorg: b('Projectfase: het resultaat overdragen en evalueren; sluit af met een overdrachts- of evaluatierapport.', 'B2, Project'),
    verkenning: b('Programmafase: verkennen welke doelen en inspanningen bij elkaar horen.', 'B2, Programma'),
    opbouw: b('Programmafase: het programma inrichten; sluit af met een programmaplan.', 'B2, Programma'),
    afbouw: b('Programmafase: het programma afronden en het werk overdragen aan de lijn.', 'B2, Programma'),
    go: b('Besluit om door te gaan naar de volgende fase.', 'B2, Besluitvorming per faseovergang'),
    'no-go': b('Besluit om niet door te gaan; de volgende fase begint niet.', 'B2, Besluitvorming per faseovergang'),
    gepland: b('De fase is nog niet begonnen; de datum is de geplande start.', 'B2'),
    actief: b('De fase loopt nu.', 'B2'),
    afgerond: b('De fase is afgesloten op deze datum (of: de opdracht is afgerond).', 'B2'),
    wethouder: b('Functie: bestuurder die bestuurlijk opdrachtgever kan zijn.', 'B1, Sturingsdriehoek'),
    'dt-lid': b('Functie: lid van de directie, kan ambtelijk opdrachtgever zijn.', 'B1, Sturingsdriehoek'),
    'mt-lid': b('Functie: lid van het managementteam, kan ambtelijk opdrachtgever zijn.', 'B1, Sturingsdriehoek'),
    lijnmanager: b(
        'Functie: leidinggevende in de lijn; eigenaar van routines, maar als enige ambtelijk opdrachtgever zwak in een matrix.',
        'H3, De grenzen van de matrixorganisatie',
    ),
    projectmanager: b('Sleutelfiguur: de sturingsprofessional die bij een project past.', 'B3, Sleutelfiguren'),
    programmamanager: b('Sleutelfiguur: de sturingsprofessional die bij een programma past.', 'B3, Sleutelfiguren'),
    procesregisseur: b('Sleutelfiguur: de sturingsprofessional die bij een bestuursproces past.', 'B3, Sleutelfiguren'),
};

/** Dutch Markdown text for a concept hover. */
export function begripTekst(woord: string): string | undefined {
    const begrip = BEGRIPPEN[woord];
    return begrip ? `**${woord}**: ${begrip.uitleg}\n\n_Inspiratiegids: ${begrip.bron}_` : undefined;
}

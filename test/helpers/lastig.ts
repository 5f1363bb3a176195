/**
 * A small portfolio whose titles and texts hold everything that could break Markdown or Mermaid:
 * quotes, brackets, #, ;, |, backticks, HTML, emoji and diacritics.
 */
export const LASTIGE_TITEL = 'Plan "Noord" [fase 2] #1; a|b `x` <script>alert(1)</script> & {c} 🚲 café ë';

export const LASTIG_PORTFOLIO = `gemeente g "Gemeente \\"Ëindhoven\\" 🚲" {
    besturingsmodel basismodel
}
persoon weth "Wethouder (Wonen) & \\"Zorg\\" #1" {
    functie wethouder
}
persoon om "Opgavemanager; <b>vet</b>" {
    functie opgavemanager
    fte 0.8
}
persoon pm "Programmamanager [tijdelijk] 😀" {
    functie programmamanager
    fte 0.5
}
speler bewoners "Bewoners | Noord \`code\`" {
    soort inwoners
    positie kritisch
}
thema t "Thema ${'${'}x} --> y" {
    soort transitie
    opgavemanager om
}
opgave o "${LASTIGE_TITEL.replace(/"/g, '\\"')}" {
    thema t
    prioriteit hoog
    huidige-situatie "Nu: \\"slecht\\"; <i>echt</i>"
    gewenste-situatie "Straks: goed #2"
    spelers bewoners
    voorscheider {
        idee onbekend
        netwerk deels
        besluitvorming ongericht
    }
}
opdracht p "${LASTIGE_TITEL.replace(/"/g, '\\"')}" voor o {
    werkwijze programma
    driehoek {
        bestuurlijk-opdrachtgever weth
        ambtelijk-opdrachtgever om
        sturingsprofessional pm
    }
    kaders "Kader \\"A\\"; B", "=SOM(A1)"
    budget 1_000_000
    capaciteit 2.5
    periode 2025-01-01
    vastgesteld 2025-01-01
    herijkt 2026-06-01
    status lopend
    fasen {
        verkenning afgerond 2025-03-01 besluit go
        opbouw afgerond 2025-09-01 besluit go document programmaplan "Plan \\"B\\" [v2]; #3"
        uitvoering actief document jaarplan 2026 "Jaarplan <2026> & verder"
        afbouw
    }
    doelen {
        doel d1 "Doel \\"één\\" [x] #; 🎯"
    }
    inspanningen {
        inspanning i1 "Inspanning (a) --> b; <br/>" draagt-bij-aan d1
    }
    historie {
        2024-01-01 bestuursproces "Verkenning: \\"wat\\" & hoe?"
        2025-01-01 programma "Besluit; |pipe|" afgestemd-met weth, om, bewoners
    }
    lessen {
        les 2026-05-01 "Les \\"twee\\" [a|b] <i>schuin</i> & \`code\` 📚"
    }
}
`;

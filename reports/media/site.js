// Script of the static portfolio site (opgave site): draws the Mermaid diagrams with the copy of
// mermaid in this folder and runs the search box over the site's index (zoekindex.js) with
// MiniSearch. Loaded from the page's own folder only; the Content-Security-Policy allows nothing
// else. When done, <body data-mermaid="klaar"> (or "fout: …") tells the browser tests.
(function () {
    'use strict';
    const body = document.body;
    const basis = body.getAttribute('data-basis') || '';

    function zoeken() {
        const veld = document.getElementById('zoekveld');
        const lijst = document.getElementById('zoekresultaten');
        const formulier = document.getElementById('zoekformulier');
        if (!veld || !lijst || !formulier || typeof MiniSearch === 'undefined' || typeof OPGAVE_ZOEKINDEX === 'undefined') return;
        const index = new MiniSearch({
            idField: 'sleutel',
            fields: ['id', 'titel', 'personen', 'soort'],
            storeFields: ['id', 'titel', 'soort', 'url'],
            searchOptions: { prefix: true, fuzzy: 0.2, boost: { titel: 2, id: 2 } },
        });
        index.addAll(OPGAVE_ZOEKINDEX);
        formulier.addEventListener('submit', (e) => {
            e.preventDefault();
            const eerste = lijst.querySelector('a');
            if (eerste) window.location.href = eerste.getAttribute('href');
        });
        veld.addEventListener('input', () => {
            const vraag = veld.value.trim();
            lijst.textContent = '';
            if (vraag.length === 0) return;
            const gevonden = index.search(vraag).slice(0, 20);
            if (gevonden.length === 0) {
                const li = document.createElement('li');
                li.textContent = 'Niets gevonden.';
                lijst.appendChild(li);
                return;
            }
            for (const r of gevonden) {
                const li = document.createElement('li');
                const a = document.createElement('a');
                a.href = basis + r.url;
                a.textContent = r.titel;
                const soort = document.createElement('span');
                soort.className = 'soort';
                soort.textContent = ` ${r.soort} · ${r.id}`;
                li.append(a, soort);
                lijst.appendChild(li);
            }
        });
    }

    function diagrammen() {
        if (typeof mermaid === 'undefined' || !document.querySelector('pre.mermaid')) {
            body.setAttribute('data-mermaid', 'klaar');
            return;
        }
        mermaid.initialize({ startOnLoad: false, securityLevel: 'strict', theme: 'default', gantt: { useMaxWidth: false } });
        mermaid.run({ querySelector: 'pre.mermaid' }).then(
            () => body.setAttribute('data-mermaid', 'klaar'),
            (e) => body.setAttribute('data-mermaid', 'fout: ' + String(e)),
        );
    }

    zoeken();
    diagrammen();
})();

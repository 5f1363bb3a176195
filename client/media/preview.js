// Script of the preview webview: draws the Mermaid diagrams with the bundled mermaid, lays the
// phase timeline out for a narrow panel, links diagram nodes and report links back to the source
// (messages to the extension), highlights the opgave or thema under the editor's cursor and keeps
// page, focus and scroll position in the webview state (restored after a window reload). Loaded
// with the page's nonce; no network access.
(function () {
    'use strict';
    const vscode = acquireVsCodeApi();
    const body = document.body;
    /** What the extension rendered: { pagina, opdrachtPagina, focus, scroll }. */
    let staat = {};
    try {
        staat = JSON.parse(body.getAttribute('data-staat') || '{}') || {};
    } catch {
        staat = {};
    }
    const vorige = vscode.getState() || {};
    const zelfde = (a, b) => a.pagina === b.pagina && a.opdrachtPagina === b.opdrachtPagina && a.focus === b.focus;
    // The scroll position to come back to: the one the extension hands over after a reload, else
    // the one of the same view before this page was rendered again (after an edit).
    const terugScroll = typeof staat.scroll === 'number' ? staat.scroll : zelfde(vorige, staat) ? vorige.scroll : undefined;

    function bewaar() {
        vscode.setState({
            pagina: staat.pagina,
            opdrachtPagina: staat.opdrachtPagina,
            focus: staat.focus,
            scroll: Math.round(window.scrollY),
        });
    }

    // ----- the phase timeline (gantt) -----

    /** Union of the boxes (in SVG user units) of every drawn element of an SVG. */
    function inhoudVak(svg) {
        const vak = svg.getBBox();
        return { x: vak.x, y: vak.y, breedte: vak.width, hoogte: vak.height };
    }

    /**
     * Mermaid puts a task label left of its bar when it does not fit right of it, also when the
     * bar starts at the left edge: then the label runs over the section titles and out of the
     * SVG ("…voering t/m nazorg"). Such a label goes right of its bar instead; afterwards the
     * SVG is widened to hold everything and keeps its natural size (its box scrolls).
     */
    function legGanttUit(svg) {
        const teksten = Array.from(svg.querySelectorAll('text.taskTextOutsideLeft'));
        const secties = Array.from(svg.querySelectorAll('text.sectionTitle'));
        const rechtsVanSecties = secties.reduce((m, t) => Math.max(m, t.getBBox().x + t.getBBox().width), 0) + 4;
        for (const t of teksten) {
            const vak = t.getBBox();
            if (vak.x >= rechtsVanSecties) continue;
            const balk = t.id && t.id.endsWith('-text') ? svg.getElementById(t.id.slice(0, -'-text'.length)) : null;
            if (!balk) continue;
            const b = balk.getBBox();
            t.setAttribute('x', String(b.x + b.width + 5));
            t.classList.remove('taskTextOutsideLeft');
            t.classList.add('taskTextOutsideRight');
            t.style.textAnchor = 'start';
        }
        const viewBox = svg.viewBox.baseVal;
        const vak = inhoudVak(svg);
        const x0 = Math.min(viewBox.x, vak.x - 4);
        const y0 = Math.min(viewBox.y, vak.y - 4);
        const x1 = Math.max(viewBox.x + viewBox.width, vak.x + vak.breedte + 8);
        const y1 = Math.max(viewBox.y + viewBox.height, vak.y + vak.hoogte + 4);
        svg.setAttribute('viewBox', `${x0} ${y0} ${x1 - x0} ${y1 - y0}`);
        svg.setAttribute('width', String(Math.ceil(x1 - x0)));
        svg.setAttribute('height', String(Math.ceil(y1 - y0)));
        svg.style.maxWidth = 'none';
        dunAsUit(svg);
    }

    /** Hides every other date of a time axis until no two dates touch (d3 picks ~10 ticks whatever the width). */
    function dunAsUit(svg) {
        for (const as of svg.querySelectorAll('g.grid')) {
            const labels = Array.from(as.querySelectorAll('.tick text'));
            for (let stap = 1; stap < labels.length; stap *= 2) {
                labels.forEach((l, i) => (l.style.visibility = i % stap === 0 ? '' : 'hidden'));
                const zichtbaar = labels.filter((_, i) => i % stap === 0).map((l) => l.getBoundingClientRect());
                if (zichtbaar.every((r, i) => i === 0 || zichtbaar[i - 1].right + 4 <= r.left)) break;
            }
        }
    }

    // ----- links back to the source -----

    /** The node id Mermaid drew a flowchart node for (`flowchart-n3-12` or `data-id="n3"`). */
    function knoopId(g) {
        const data = g.getAttribute('data-id');
        if (data) return data;
        const m = /^(?:.*-)?flowchart-(.+)-\d+$/.exec(g.id || '');
        return m ? m[1] : undefined;
    }

    /** Makes the nodes of a diagram whose block names source keys clickable and focusable. */
    function koppelKnopen(pre) {
        let knopen;
        try {
            knopen = JSON.parse(pre.getAttribute('data-knopen') || 'null');
        } catch {
            knopen = null;
        }
        if (!knopen) return;
        for (const g of pre.querySelectorAll('g.node')) {
            const id = knoopId(g);
            const sleutel = id !== undefined ? knopen[id] : undefined;
            if (!sleutel) continue;
            g.setAttribute('data-bron', sleutel);
            g.setAttribute('tabindex', '0');
            g.setAttribute('role', 'link');
            g.setAttribute('aria-label', `${(g.textContent || '').trim()}: naar de bron`);
            g.classList.add('bronknoop');
        }
    }

    function open(sleutel) {
        vscode.postMessage({ type: 'open', id: sleutel });
    }

    function oplossen(basis, rel) {
        const delen = basis.split('/').slice(0, -1);
        for (const d of rel.split('/')) {
            if (d === '..') delen.pop();
            else if (d !== '.') delen.push(d);
        }
        return delen.join('/');
    }

    document.addEventListener('click', (e) => {
        const doel = e.target instanceof Element ? e.target : null;
        const knoop = doel ? doel.closest('[data-bron]') : null;
        if (knoop) {
            e.preventDefault();
            open(knoop.getAttribute('data-bron'));
            return;
        }
        const a = doel ? doel.closest('a') : null;
        if (!a) return;
        const href = a.getAttribute('href') || '';
        e.preventDefault();
        const sectie = a.closest('[data-pagina]');
        const pagina = oplossen(sectie ? sectie.getAttribute('data-pagina') : 'README.md', href.split('#')[0]);
        if (/^opdrachten\/[^/]+\.md$/.test(pagina)) {
            open(decodeURIComponent(pagina));
        } else if (/\.md$/.test(pagina)) {
            vscode.postMessage({ type: 'pagina', pagina: decodeURIComponent(pagina) });
        }
    });
    document.addEventListener('keydown', (e) => {
        const knoop = e.target instanceof Element ? e.target.closest('[data-bron]') : null;
        if (knoop && (e.key === 'Enter' || e.key === ' ')) {
            e.preventDefault();
            open(knoop.getAttribute('data-bron'));
        }
    });

    // ----- the opgave or thema under the cursor -----

    /** Elements that show a declaration on the portfolio page: its paraplu node, thema section, opgave rows. */
    function elementenVan(sleutel) {
        const uit = Array.from(document.querySelectorAll('[data-bron]')).filter((g) => g.getAttribute('data-bron') === sleutel);
        const m = /^(opgave|thema):(.+)$/.exec(sleutel || '');
        const portfolio = document.querySelector('section.portfolio[data-pagina="README.md"]');
        if (!m || !portfolio) return { alle: uit, doel: undefined };
        const [, soort, id] = m;
        const code = (el) => Array.from(el.querySelectorAll('code')).some((c) => c.textContent === id);
        let doel;
        if (soort === 'thema') {
            const kop = Array.from(portfolio.querySelectorAll('h2')).find((h) => /^Thema:/.test(h.textContent || '') && code(h));
            if (kop) {
                uit.push(kop);
                doel = kop;
            }
        } else {
            const rijen = Array.from(portfolio.querySelectorAll('tbody tr')).filter((tr) => tr.cells[0] && code(tr.cells[0]));
            uit.push(...rijen);
            doel = rijen[0];
        }
        return { alle: uit, doel: doel || uit[0] };
    }

    function toonFocus(sleutel, scrollen) {
        for (const el of document.querySelectorAll('.focus')) el.classList.remove('focus');
        staat.focus = sleutel || undefined;
        const { alle, doel } = elementenVan(sleutel);
        for (const el of alle) el.classList.add('focus');
        if (scrollen && doel) doel.scrollIntoView({ block: 'center' });
        bewaar();
    }

    window.addEventListener('message', (e) => {
        const m = e.data || {};
        if (m.type === 'focus') toonFocus(m.focus, true);
    });

    // When VS Code replaces the page of a webview it scrolls the new page to where the old one
    // was (on the frame's load event, when the new page is still at the top). Right for the same
    // view after an edit; wrong for another opdracht or page, which must start at its top (or at
    // its highlighted declaration). So the position chosen in klaar() is applied again after load.
    let gekozenScroll;
    window.addEventListener('load', () =>
        setTimeout(() => {
            if (gekozenScroll !== undefined && Math.round(window.scrollY) !== gekozenScroll) window.scrollTo(0, gekozenScroll);
        }, 0),
    );

    let wachtOpScroll;
    window.addEventListener('scroll', () => {
        clearTimeout(wachtOpScroll);
        wachtOpScroll = setTimeout(bewaar, 150);
    });

    function klaar(uitkomst) {
        for (const pre of document.querySelectorAll('pre.mermaid')) {
            const svg = pre.querySelector('svg');
            if (!svg) continue;
            if (svg.getAttribute('aria-roledescription') === 'gantt') legGanttUit(svg);
            else koppelKnopen(pre);
        }
        // "Bron: file.opgave:12" under the title of an opdracht page opens that declaration.
        for (const sectie of document.querySelectorAll('section.opdracht[data-pagina]')) {
            const bron = Array.from(sectie.querySelectorAll('p code')).find((c) => /\.opgave:\d+$/.test(c.textContent || ''));
            if (bron) {
                bron.setAttribute('data-bron', sectie.getAttribute('data-pagina'));
                bron.setAttribute('tabindex', '0');
                bron.setAttribute('role', 'link');
                bron.classList.add('bronknoop');
            }
        }
        const focus = staat.focus;
        if (terugScroll !== undefined) {
            toonFocus(focus, false);
            window.scrollTo(0, terugScroll);
        } else {
            window.scrollTo(0, 0);
            toonFocus(focus, /^(opgave|thema):/.test(focus || ''));
        }
        gekozenScroll = Math.round(window.scrollY);
        bewaar();
        body.setAttribute('data-mermaid', uitkomst);
        vscode.postMessage({ type: 'klaar' });
    }

    if (typeof mermaid !== 'undefined' && document.querySelector('pre.mermaid')) {
        const donker = body.classList.contains('vscode-dark') || body.classList.contains('vscode-high-contrast');
        // The timeline gets room for its dates and labels (at least 720 px); a narrower panel
        // scrolls it inside its own box rather than squeezing it.
        const breedte = Math.max(720, Math.floor(document.documentElement.clientWidth - 48));
        mermaid.initialize({
            startOnLoad: false,
            securityLevel: 'strict',
            theme: donker ? 'dark' : 'default',
            gantt: { useMaxWidth: false, useWidth: breedte, fontSize: 12, sectionFontSize: 12, barHeight: 22, leftPadding: 90 },
        });
        mermaid.run({ querySelector: 'pre.mermaid' }).then(
            () => klaar('klaar'),
            (e) => klaar('fout: ' + String(e)),
        );
    } else {
        klaar('klaar');
    }
})();

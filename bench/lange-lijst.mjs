// One opgave whose `spelers` list has N references (issue "Trust", item 11), optionally with the
// N speler declarations in a second file. Deterministic.
//
// Usage: node bench/lange-lijst.mjs --aantal 80000 [--declareer] --uit <map>
import * as fs from 'node:fs';
import * as path from 'node:path';
import { parseArgs } from 'node:util';

const { values } = parseArgs({
    options: { aantal: { type: 'string', default: '20000' }, declareer: { type: 'boolean', default: false }, uit: { type: 'string' } },
});
if (!values.uit) {
    console.error('gebruik: node bench/lange-lijst.mjs --aantal 80000 [--declareer] --uit <map>');
    process.exit(2);
}
const namen = Array.from({ length: Number(values.aantal) }, (_, i) => `s${i + 1}`);
fs.mkdirSync(values.uit, { recursive: true });
fs.writeFileSync(path.join(values.uit, 'opgave.opgave'), `opgave lang "Lange lijst" {\n    spelers ${namen.join(', ')}\n}\n`);
if (values.declareer) {
    fs.writeFileSync(path.join(values.uit, 'spelers.opgave'), namen.map((n) => `speler ${n} { soort bedrijf }\n`).join(''));
}

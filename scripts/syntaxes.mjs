// Derives syntaxes/opgave.tmLanguage.json from the TextMate grammar that `langium generate` writes.
// One adjustment: Langium delimits keywords with \b, and `-` is a word boundary, so `project` in
// `project-centrum` would be coloured as a keyword. Here keywords are delimited by "no identifier
// character (letter, digit, _ or -) around it" instead.
// Usage: node scripts/syntaxes.mjs          writes syntaxes/opgave.tmLanguage.json
//        node scripts/syntaxes.mjs --check  exits 1 when the committed file is not current
import { readFileSync, writeFileSync } from 'node:fs';

const bron = new URL('../language/textmate/opgave.tmLanguage.json', import.meta.url);
const doel = new URL('../syntaxes/opgave.tmLanguage.json', import.meta.url);

const grammatica = JSON.parse(readFileSync(bron, 'utf8'));
for (const patroon of grammatica.patterns) {
    if (typeof patroon.match === 'string' && patroon.name?.startsWith('keyword.')) {
        patroon.match = patroon.match.replace(/^\\b\(/, '(?<![\\w-])(').replace(/\)\\b$/, ')(?![\\w-])');
    }
}
const tekst = `${JSON.stringify(grammatica, null, 2)}\n`;

if (process.argv.includes('--check')) {
    const huidig = readFileSync(doel, 'utf8');
    if (huidig !== tekst) {
        console.error('syntaxes/opgave.tmLanguage.json loopt achter op de grammatica: draai npm run syntaxes.');
        process.exit(1);
    }
} else {
    writeFileSync(doel, tekst);
}

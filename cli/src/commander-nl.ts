/**
 * Dutch for commander's own texts: the help layout (Usage, Options …) and its error messages
 * (unknown option, invalid choice …). Error messages become one line on stderr, as the README
 * promises for exit code 2.
 */

const HULP: [RegExp, string][] = [
    [/^Usage:/gm, 'Gebruik:'],
    [/^Options:/gm, 'Opties:'],
    [/^Arguments:/gm, 'Argumenten:'],
    [/^Commands:/gm, 'Opdrachten:'],
    [/\[options\]/g, '[opties]'],
    [/\[command\]/g, '[opdracht]'],
    [/\(choices: /g, '(keuzes: '],
    [/default: /g, 'standaard: '],
];

/** Translates commander's help text. */
export function vertaalHulp(tekst: string): string {
    return HULP.reduce((t, [patroon, vervanging]) => t.replace(patroon, vervanging), tekst);
}

/** Translates one commander error message into one Dutch line (ending in a newline). */
export function vertaalFout(tekst: string): string {
    const t = tekst.replace(/\s+/g, ' ').trim();
    const bedoel = /\(Did you mean (.+?)\?\)/.exec(t);
    const hint = bedoel ? ` Bedoel je ${bedoel[1]}?` : '';
    let m: RegExpExecArray | null;
    let zin: string;
    if ((m = /unknown option '([^']+)'/.exec(t))) {
        zin = `onbekende optie ${m[1]}.${hint}`;
    } else if ((m = /unknown command '([^']+)'/.exec(t))) {
        zin = `onbekende opdracht ${m[1]}.${hint}`;
    } else if ((m = /option '([^']+)' argument '([^']*)' is invalid\. Allowed choices are (.+?)\.?$/.exec(t))) {
        zin = `ongeldige waarde '${m[2]}' voor ${m[1]}; kies uit ${m[3]}.`;
    } else if ((m = /option '([^']+)' argument '([^']*)' is invalid\. (.+)$/.exec(t))) {
        zin = `ongeldige waarde '${m[2]}' voor ${m[1]}: ${m[3]}`;
    } else if ((m = /option '([^']+)' argument missing/.exec(t))) {
        zin = `bij ${m[1]} hoort een waarde.`;
    } else if (/too many arguments/.test(t)) {
        zin = 'te veel argumenten.';
    } else if ((m = /missing required argument '([^']+)'/.exec(t))) {
        zin = `het argument ${m[1]} ontbreekt.`;
    } else {
        zin = t.replace(/^error: /, '');
    }
    return `opgave: ${zin} Gebruik --help voor de mogelijkheden.\n`;
}

/**
 * Every text a user can get from commander, the command-line parser, is Dutch: the help of the
 * program and of each subcommand, and each parse error (one line on stderr, exit code 2).
 */
import { strict as assert } from 'node:assert';
import { Command, CommanderError, Option } from 'commander';
import { foutzin, keuzeOptie, nederlands } from '../../cli/src/commander-nl.js';
import { cli } from '../helpers/cli.js';

/** Commander's English, in help or errors. */
const ENGELS = [
    /\bUsage\b/,
    /\bOptions\b/,
    /\bArguments\b/,
    /\bCommands\b/,
    /\bdefault:/,
    /\bchoices:/,
    /\bpreset:/,
    /\benv:/,
    /\[options\]/,
    /\[command\]/,
    /\berror:/i,
    /Did you mean/,
    /\bone of\b/,
    /\bunknown\b/i,
    /\bmissing\b/i,
    /\binvalid\b/i,
    /\bAllowed\b/,
    /too many/i,
    /\brequired\b/i,
    /\bcannot\b/,
    /display help/,
    /output the version/,
];

function geenEngels(tekst: string, waar: string): void {
    for (const patroon of ENGELS) {
        assert.doesNotMatch(tekst, patroon, `${waar}: Engels (${patroon})`);
    }
}

const regel = (zin: string): string => `opgave: ${zin} Gebruik --help voor de mogelijkheden.\n`;

/** Description columns of the items under each heading: all equal per section. */
function kolommen(hulp: string): number[][] {
    return hulp.split(/\n\n/).map((blok) =>
        blok
            .split('\n')
            .filter((r) => r.startsWith('  '))
            .flatMap((r) => {
                const item = /^ {2}\S+(?: \S+)* {2,}/.exec(r);
                return item ? [item[0].length] : r.startsWith('   ') ? [r.length - r.trimStart().length] : [];
            }),
    );
}

describe('commander-berichten: foutmeldingen (CLI)', () => {
    const gevallen: [string[], string][] = [
        // unknown option, on the root and on each subcommand
        [['--xyzzy'], 'onbekende optie --xyzzy.'],
        [['check', '--xyzzy'], 'onbekende optie --xyzzy.'],
        [['generate', '--xyzzy'], 'onbekende optie --xyzzy.'],
        [['rules', '--xyzzy'], 'onbekende optie --xyzzy.'],
        [['format', '--xyzzy'], 'onbekende optie --xyzzy.'],
        [['check', '-qz'], 'onbekende optie -z.'],
        // with commander's did-you-mean
        [['--versoin'], 'onbekende optie --versoin. Bedoel je --version?'],
        [['check', '--formt', 'json'], 'onbekende optie --formt. Bedoel je --format?'],
        [['check', '--no-colour'], 'onbekende optie --no-colour. Bedoel je --no-color?'],
        [['check', '--output-ju', 'x'], 'onbekende optie --output-ju. Bedoel je --output-json of --output-junit?'],
        [['generate', '--csv-bon'], 'onbekende optie --csv-bon. Bedoel je --csv-bom?'],
        // unknown command
        [['xyzzy'], 'onbekende opdracht ‘xyzzy’.'],
        [['chek'], 'onbekende opdracht ‘chek’. Bedoel je ‘check’?'],
        // invalid value
        [
            ['check', '--format', 'xml'],
            'ongeldige waarde ‘xml’ voor --format; kies uit ‘stylish’, ‘json’, ‘sarif’, ‘github’, ‘gitlab’ of ‘junit’.',
        ],
        [['check', '-fxml'], 'ongeldige waarde ‘xml’ voor --format; kies uit ‘stylish’, ‘json’, ‘sarif’, ‘github’, ‘gitlab’ of ‘junit’.'],
        [
            ['check', '--format=XML'],
            'ongeldige waarde ‘XML’ voor --format; kies uit ‘stylish’, ‘json’, ‘sarif’, ‘github’, ‘gitlab’ of ‘junit’.',
        ],
        [['generate', '--csv-scheidingsteken', 'x'], 'ongeldige waarde ‘x’ voor --csv-scheidingsteken; kies uit ‘,’ of ‘;’.'],
        [['rules', '--format', 'xml'], 'ongeldige waarde ‘xml’ voor --format; kies uit ‘tekst’ of ‘json’.'],
        [['check', '--max-warnings', 'veel'], 'ongeldige waarde ‘veel’ voor --max-warnings; verwacht een geheel getal van 0 of meer.'],
        [['check', '--max-warnings', '-1'], 'ongeldige waarde ‘-1’ voor --max-warnings; verwacht een geheel getal van 0 of meer.'],
        [['check', '--max-warnings', '1.5'], 'ongeldige waarde ‘1.5’ voor --max-warnings; verwacht een geheel getal van 0 of meer.'],
        // option without its value
        [['check', '--format'], 'bij --format hoort een waarde.'],
        [['check', '-f'], 'bij --format hoort een waarde.'],
        [['check', '--max-warnings'], 'bij --max-warnings hoort een waarde.'],
        [['check', '--output-sarif'], 'bij --output-sarif hoort een waarde.'],
        [['check', '-c'], 'bij --config hoort een waarde.'],
        [['generate', '--out'], 'bij --out hoort een waarde.'],
        [['generate', '--csv-scheidingsteken'], 'bij --csv-scheidingsteken hoort een waarde.'],
        [['rules', '--format'], 'bij --format hoort een waarde.'],
        // too many arguments (only rules has no paths)
        [['rules', 'extra'], 'te veel argumenten voor rules: ‘extra’.'],
        [['rules', 'a', 'b'], 'te veel argumenten voor rules: ‘a’, ‘b’.'],
    ];
    for (const [args, zin] of gevallen) {
        it(`opgave ${args.join(' ')}`, () => {
            const r = cli(args);
            assert.equal(r.code, 2);
            assert.equal(r.stderr, regel(zin));
            assert.equal(r.stdout, '');
            geenEngels(r.stderr, args.join(' '));
        });
    }
});

describe('commander-berichten: hulp (CLI)', () => {
    const hulpen: [string[], string][] = [
        [['--help'], 'Gebruik: opgave [opties] [opdracht]'],
        [['help'], 'Gebruik: opgave [opties] [opdracht]'],
        [['check', '--help'], 'Gebruik: opgave check [opties] [paden...]'],
        [['help', 'check'], 'Gebruik: opgave check [opties] [paden...]'],
        [['generate', '--help'], 'Gebruik: opgave generate [opties] [paden...]'],
        [['rules', '-h'], 'Gebruik: opgave rules [opties]'],
        [['format', '--help'], 'Gebruik: opgave format [opties] [paden...]'],
    ];
    for (const [args, gebruik] of hulpen) {
        it(`opgave ${args.join(' ')}: Nederlands, uitgelijnd, op stdout`, () => {
            const r = cli(args);
            assert.equal(r.code, 0, r.stderr);
            assert.equal(r.stderr, '');
            assert.equal(r.stdout.split('\n')[0], gebruik);
            geenEngels(r.stdout, args.join(' '));
            assert.match(r.stdout, /\nOpties:\n {2}/);
            assert.match(r.stdout, /\n {2}-h, --help +toon deze hulp\n/);
            for (const k of kolommen(r.stdout)) {
                assert.equal(new Set(k).size <= 1, true, `${args.join(' ')}: beschrijvingen niet uitgelijnd (${k.join(', ')})`);
            }
        });
    }

    it('de hoofdhulp: opties en opdrachten met hun kop', () => {
        const r = cli(['--help']);
        assert.match(
            r.stdout,
            /\nOpties:\n {2}-v, --version +toon het versienummer\n {2}-h, --help +toon deze hulp\n\nOpdrachten:\n {2}check \[opties\] \[paden\.\.\.\] +leest/,
        );
        assert.match(r.stdout, /\n {2}rules \[opties\] +toont alle regels/);
        assert.match(r.stdout, /\n {2}help \[opdracht\] +toon hulp bij een opdracht\n$/);
        assert.doesNotMatch(r.stdout, /Argumenten:/);
    });

    it('keuzes en standaardwaarden in het Nederlands', () => {
        const plat = (args: string[]): string => cli(args).stdout.replace(/\s+/g, ' ');
        assert.ok(
            plat(['check', '--help']).includes(
                'uitvoerformaat op stdout (keuzes: "stylish", "json", "sarif", "github", "gitlab", "junit", standaard: "stylish")',
            ),
        );
        assert.ok(plat(['generate', '--help']).includes('anders ,) (keuzes: ",", ";")'));
        assert.ok(
            plat(['rules', '--help']).includes('-f, --format <formaat> uitvoerformaat (keuzes: "tekst", "json", standaard: "tekst")'),
        );
        assert.ok(plat(['format', '--help']).includes('Argumenten: paden bestanden of mappen (standaard: .) Opties:'));
    });

    for (const args of [[], ['help', 'xyzzy']]) {
        it(`opgave ${args.join(' ') || '(zonder opdracht)'}: de hoofdhulp op stderr, exit 2`, () => {
            const r = cli(args);
            assert.equal(r.code, 2);
            assert.equal(r.stdout, '');
            assert.equal(r.stderr, cli(['--help']).stdout);
            geenEngels(r.stderr, args.join(' '));
        });
    }

    it('--version en -v: alleen het versienummer', () => {
        for (const args of [['--version'], ['-v']]) {
            const r = cli(args);
            assert.equal(r.code, 0);
            assert.match(r.stdout, /^\d+\.\d+\.\d+\S*\n$/);
            assert.equal(r.stderr, '');
        }
    });
});

/**
 * Parses `args` with a small Dutch program in-process; returns what went to stderr and the
 * error code. For messages our own program cannot produce (yet), and for the fallbacks.
 */
function fout(bouw: (p: Command) => void, args: string[]): { stderr: string; code: string | undefined } {
    let stderr = '';
    const p = new Command('opgave').configureOutput({ writeErr: (s) => (stderr += s), writeOut: () => undefined });
    bouw(p);
    nederlands(p);
    try {
        p.parse(args, { from: 'user' });
    } catch (e) {
        assert.ok(e instanceof CommanderError, String(e));
        return { stderr, code: e.code };
    }
    return { stderr, code: undefined };
}

describe('commander-berichten: codes die ons programma (nog) niet kent', () => {
    it('verplichte optie, botsende opties, ontbrekend argument: Nederlands', () => {
        const verplicht = fout(
            (p) =>
                p
                    .command('x')
                    .requiredOption('--naam <n>', 'naam')
                    .action(() => undefined),
            ['x'],
        );
        assert.deepEqual(verplicht, { stderr: regel('de optie --naam is verplicht.'), code: 'commander.missingMandatoryOptionValue' });
        const botsen = fout(
            (p) =>
                p
                    .command('x')
                    .addOption(new Option('--stil').conflicts('luid'))
                    .option('--luid')
                    .action(() => undefined),
            ['x', '--stil', '--luid'],
        );
        assert.deepEqual(botsen, { stderr: regel('--stil en --luid gaan niet samen.'), code: 'commander.conflictingOption' });
        const argument = fout(
            (p) =>
                p
                    .command('x')
                    .argument('<bestand>', 'bestand')
                    .action(() => undefined),
            ['x'],
        );
        assert.deepEqual(argument, { stderr: regel('het argument bestand ontbreekt.'), code: 'commander.missingArgument' });
        const teVeel = fout((p) => p.argument('[a]').action(() => undefined), ['een', 'twee']);
        assert.deepEqual(teVeel, { stderr: regel('te veel argumenten: ‘twee’.'), code: 'commander.excessArguments' });
    });

    it('commander’s eigen .choices() (Engelse reden) wordt ook Nederlands', () => {
        const r = fout((p) => p.addOption(new Option('--kleur <k>').choices(['rood'])).action(() => undefined), ['--kleur', 'blauw']);
        assert.deepEqual(r, { stderr: regel('ongeldige waarde ‘blauw’ voor --kleur.'), code: 'commander.invalidArgument' });
        const eigen = fout((p) => p.addOption(keuzeOptie('--kleur <k>', 'kleur', ['rood'])).action(() => undefined), ['--kleur', 'blauw']);
        assert.equal(eigen.stderr, regel('ongeldige waarde ‘blauw’ voor --kleur; kies uit ‘rood’.'));
    });

    it('hulp en versie schrijven geen foutregel', () => {
        assert.deepEqual(
            fout((p) => p.version('1.2.3'), ['--version']),
            { stderr: '', code: 'commander.version' },
        );
        assert.deepEqual(
            fout((p) => p.option('--a'), ['--help']),
            { stderr: '', code: 'commander.helpDisplayed' },
        );
    });

    it('een bekende code met een onleesbaar bericht en een onbekende code geven een Nederlandse zin', () => {
        const cmd = new Command('opgave');
        const zin = (code: string): string => foutzin(new CommanderError(1, code, 'something changed upstream'), cmd);
        assert.deepEqual(
            [
                'commander.unknownOption',
                'commander.unknownCommand',
                'commander.invalidArgument',
                'commander.optionMissingArgument',
                'commander.missingMandatoryOptionValue',
                'commander.conflictingOption',
                'commander.missingArgument',
                'commander.excessArguments',
                'commander.error',
                'commander.ietsNieuws',
            ].map(zin),
            [
                'onbekende optie.',
                'onbekende opdracht.',
                'ongeldige waarde.',
                'bij een optie ontbreekt de waarde.',
                'een verplichte optie ontbreekt.',
                'twee opties gaan niet samen.',
                'er ontbreekt een argument.',
                'te veel argumenten.',
                'de opdrachtregel klopt niet.',
                'de opdrachtregel klopt niet.',
            ],
        );
    });
});

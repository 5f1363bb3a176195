/**
 * Dutch for commander's own texts, through commander's hooks instead of rewriting its English:
 * the help layout through `configureHelp` (our own headings and usage line), the parse errors
 * through `exitOverride` by error code (one Dutch line on stderr, as the README promises for
 * exit code 2), and invalid option values through our own `argParser` texts.
 */
import { type Argument, type Command, type CommanderError, type Help, InvalidArgumentError, Option } from 'commander';

/** The line a user gets for a command-line mistake (exit code 2). */
export function foutregel(zin: string): string {
    return `opgave: ${zin} Gebruik --help voor de mogelijkheden.\n`;
}

/** `a`, `a of b`, `a, b of c`. */
function ofLijst(woorden: readonly string[]): string {
    return woorden.length <= 1 ? woorden.join('') : `${woorden.slice(0, -1).join(', ')} of ${woorden[woorden.length - 1]!}`;
}

const aanhaling = (s: string): string => `‘${s}’`;

/** How an option is named in a message: its long flag, else its short one. */
const optieNaam = (optie: Option): string => optie.long ?? optie.short ?? optie.flags;

/**
 * The Dutch sentence of the value an option's parser rejected last. Commander puts the parser's
 * text behind its own English, so the error handler takes the sentence from here (parsing and
 * the error handler run in one synchronous step).
 */
let afgewezen: string | undefined;

/**
 * Gives `optie` a parser that converts its value with `lees`; a value for which `lees` returns
 * undefined is rejected with a Dutch sentence ending in `uitleg` (what is expected).
 */
export function metWaarde<T>(optie: Option, lees: (waarde: string) => T | undefined, uitleg: string): Option {
    return optie.argParser((waarde: string) => {
        const gelezen = lees(waarde);
        if (gelezen === undefined) {
            afgewezen = `ongeldige waarde ${aanhaling(waarde)} voor ${optieNaam(optie)}; ${uitleg}`;
            throw new InvalidArgumentError(afgewezen);
        }
        return gelezen;
    });
}

/** An option with a fixed list of values: the help lists them, a wrong value gets a Dutch error. */
export function keuzeOptie(flags: string, beschrijving: string, keuzes: readonly string[]): Option {
    const optie = new Option(flags, beschrijving).choices(keuzes);
    return metWaarde(optie, (w) => (keuzes.includes(w) ? w : undefined), `kies uit ${ofLijst(keuzes.map(aanhaling))}.`);
}

/** `<naam>`, `[naam]`, `[naam...]`: an argument as the usage line shows it. */
function argumentNaam(argument: Argument): string {
    const naam = argument.name() + (argument.variadic ? '...' : '');
    return argument.required ? `<${naam}>` : `[${naam}]`;
}

/** `(keuzes: "a", "b", standaard: "a")` behind a description, if there is anything to add. */
function metExtra(beschrijving: string, extra: string[]): string {
    if (extra.length === 0) {
        return beschrijving;
    }
    return beschrijving ? `${beschrijving} (${extra.join(', ')})` : `(${extra.join(', ')})`;
}

function keuzes(item: Option | Argument): string[] {
    return item.argChoices ? [`keuzes: ${item.argChoices.map((k) => JSON.stringify(k)).join(', ')}`] : [];
}

function standaard(item: Option | Argument): string[] {
    return [`standaard: ${item.defaultValueDescription || JSON.stringify(item.defaultValue)}`];
}

/**
 * Commander's help with Dutch headings, usage line and extras. Layout (alignment, wrapping) is
 * commander's; `formatHelp` follows commander's own, with our headings. Commander's `preset` and
 * `env` extras are not shown (no option of ours has them).
 */
export const NEDERLANDSE_HULP: Partial<Help> = {
    commandUsage(cmd: Command): string {
        const namen: string[] = [];
        for (let c: Command | null = cmd; c; c = c.parent) {
            namen.unshift(c === cmd && c.alias() ? `${c.name()}|${c.alias()}` : c.name());
        }
        return [...namen, '[opties]', ...(cmd.commands.length ? ['[opdracht]'] : []), ...cmd.registeredArguments.map(argumentNaam)].join(
            ' ',
        );
    },
    subcommandTerm(cmd: Command): string {
        return [
            cmd.alias() ? `${cmd.name()}|${cmd.alias()}` : cmd.name(),
            ...(cmd.options.length ? ['[opties]'] : []),
            ...cmd.registeredArguments.map(argumentNaam),
        ].join(' ');
    },
    optionDescription(optie: Option): string {
        // As commander: a default is shown for options with a value (and boolean defaults).
        const toonStandaard =
            optie.defaultValue !== undefined &&
            (optie.required || optie.optional || (optie.isBoolean() && typeof optie.defaultValue === 'boolean'));
        return metExtra(optie.description, [...keuzes(optie), ...(toonStandaard ? standaard(optie) : [])]);
    },
    argumentDescription(argument: Argument): string {
        return metExtra(argument.description, [...keuzes(argument), ...(argument.defaultValue !== undefined ? standaard(argument) : [])]);
    },
    formatHelp(cmd: Command, helper: Help): string {
        const breedte = helper.padWidth(cmd, helper);
        const item = (term: string, beschrijving: string): string => helper.formatItem(term, breedte, beschrijving, helper);
        const uit = [`${helper.styleTitle('Gebruik:')} ${helper.styleUsage(helper.commandUsage(cmd))}`, ''];
        const beschrijving = helper.commandDescription(cmd);
        if (beschrijving) {
            uit.push(helper.boxWrap(helper.styleCommandDescription(beschrijving), helper.helpWidth ?? 80), '');
        }
        const argumenten = helper
            .visibleArguments(cmd)
            .map((a) =>
                item(helper.styleArgumentTerm(helper.argumentTerm(a)), helper.styleArgumentDescription(helper.argumentDescription(a))),
            );
        uit.push(...helper.formatItemList('Argumenten:', argumenten, helper));
        const opties = helper.groupItems([...cmd.options], helper.visibleOptions(cmd), (o) => o.helpGroupHeading ?? 'Opties:');
        opties.forEach((lijst, kop) => {
            const regels = lijst.map((o) =>
                item(helper.styleOptionTerm(helper.optionTerm(o)), helper.styleOptionDescription(helper.optionDescription(o))),
            );
            uit.push(...helper.formatItemList(kop, regels, helper));
        });
        const opdrachten = helper.groupItems([...cmd.commands], helper.visibleCommands(cmd), (c) => c.helpGroup() || 'Opdrachten:');
        opdrachten.forEach((lijst, kop) => {
            const regels = lijst.map((c) =>
                item(
                    helper.styleSubcommandTerm(helper.subcommandTerm(c)),
                    helper.styleSubcommandDescription(helper.subcommandDescription(c)),
                ),
            );
            uit.push(...helper.formatItemList(kop, regels, helper));
        });
        return uit.join('\n');
    },
};

/** The texts between '…' in a commander message: the only details we take from its English. */
const geciteerd = (bericht: string): string[] => [...bericht.matchAll(/'([^']*)'/g)].map((m) => m[1] ?? '');

/** The option of `cmd` or an ancestor whose flags commander quoted, by name; else undefined. */
function gevondenOptie(cmd: Command, flags: string | undefined): string | undefined {
    for (let c: Command | null = cmd; c && flags !== undefined; c = c.parent) {
        const optie = c.options.find((o) => o.flags === flags);
        if (optie) {
            return optieNaam(optie);
        }
    }
    return undefined;
}

/**
 * ` Bedoel je …?` from commander's did-you-mean: the candidates (our own flags or command
 * names) that occur as words in its message, in its order; '' when there are none.
 */
function suggestie(bericht: string, weg: string, kandidaten: string[], toon: (k: string) => string): string {
    const woorden = bericht.replace(`'${weg}'`, ' ').split(/[\s,;:()'"?]+/);
    const gevonden = [...new Set(woorden.filter((w) => kandidaten.includes(w)))];
    return gevonden.length ? ` Bedoel je ${ofLijst(gevonden.map(toon))}?` : '';
}

/** Long flags commander considers for its suggestion: of `cmd` and its ancestors. */
function langeOpties(cmd: Command): string[] {
    const flags: string[] = [];
    for (let c: Command | null = cmd; c; c = c.parent) {
        flags.push(
            ...c
                .createHelp()
                .visibleOptions(c)
                .flatMap((o) => (o.long ? [o.long] : [])),
        );
    }
    return flags;
}

/** The Dutch sentence for a commander error; `cmd` is the command that reported it. */
export function foutzin(err: CommanderError, cmd: Command): string {
    const bericht = err.message;
    const citaten = geciteerd(bericht);
    switch (err.code) {
        case 'commander.unknownOption': {
            const flag = citaten.find((c) => c.startsWith('-'));
            if (flag === undefined) {
                return 'onbekende optie.';
            }
            return `onbekende optie ${flag}.${suggestie(bericht, flag, langeOpties(cmd), (k) => k)}`;
        }
        case 'commander.unknownCommand': {
            // Commander reports the first operand (cmd.args[0]) as the unknown command.
            const naam = cmd.args[0];
            if (naam === undefined) {
                return 'onbekende opdracht.';
            }
            const namen = cmd
                .createHelp()
                .visibleCommands(cmd)
                .flatMap((c) => [c.name(), ...c.aliases()]);
            return `onbekende opdracht ${aanhaling(naam)}.${suggestie(bericht, naam, namen, aanhaling)}`;
        }
        case 'commander.invalidArgument': {
            if (afgewezen !== undefined && bericht.endsWith(afgewezen)) {
                return afgewezen;
            }
            // A value rejected elsewhere (e.g. commander's own .choices()): '<flags>' and '<value>'.
            const naam = gevondenOptie(cmd, citaten[0]);
            const waarde = citaten[1];
            return naam && waarde !== undefined ? `ongeldige waarde ${aanhaling(waarde)} voor ${naam}.` : 'ongeldige waarde.';
        }
        case 'commander.optionMissingArgument': {
            const naam = gevondenOptie(cmd, citaten[0]);
            return naam ? `bij ${naam} hoort een waarde.` : 'bij een optie ontbreekt de waarde.';
        }
        case 'commander.missingMandatoryOptionValue': {
            const naam = gevondenOptie(cmd, citaten[0]);
            return naam ? `de optie ${naam} is verplicht.` : 'een verplichte optie ontbreekt.';
        }
        case 'commander.conflictingOption': {
            // Commander quotes two option flags or environment variable names.
            const [a, b] = citaten.map((c) => gevondenOptie(cmd, c) ?? c);
            return a && b ? `${a} en ${b} gaan niet samen.` : 'twee opties gaan niet samen.';
        }
        case 'commander.missingArgument': {
            // Commander reports the first required argument without a value.
            const ontbreekt = cmd.registeredArguments.find((a, i) => a.required && cmd.args[i] == null);
            return ontbreekt ? `het argument ${ontbreekt.name()} ontbreekt.` : 'er ontbreekt een argument.';
        }
        case 'commander.excessArguments': {
            // Commander reports all of cmd.args; the ones beyond the declared arguments are too many.
            const teVeel = cmd.args.slice(cmd.registeredArguments.length);
            const wie = cmd.parent ? ` voor ${cmd.name()}` : '';
            return teVeel.length ? `te veel argumenten${wie}: ${teVeel.map(aanhaling).join(', ')}.` : `te veel argumenten${wie}.`;
        }
        default:
            return 'de opdrachtregel klopt niet.';
    }
}

/**
 * Makes `program` and all its subcommands speak Dutch: the help layout, and every parse error
 * as one Dutch line on stderr (commander's `writeErr`). Commander's English error text is never
 * written; the error is then thrown as a `CommanderError` (as `exitOverride()` does), for the
 * caller's exit code. Call it after all subcommands are added.
 */
export function nederlands(program: Command): Command {
    let fout = false;
    const pas = (cmd: Command): void => {
        cmd.configureHelp(NEDERLANDSE_HULP)
            .configureOutput({
                // Commander calls this for errors only (not for help or the version), just before exitOverride.
                outputError: () => {
                    fout = true;
                },
            })
            .exitOverride((err) => {
                if (fout) {
                    const uitvoer = cmd.configureOutput();
                    const regel = foutregel(foutzin(err, cmd));
                    if (uitvoer.writeErr) {
                        uitvoer.writeErr(regel);
                    } else {
                        process.stderr.write(regel);
                    }
                }
                throw err;
            });
        cmd.commands.forEach(pas);
    };
    pas(program);
    return program;
}

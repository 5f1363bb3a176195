/**
 * The `opgave` command line (uitvoer.md "Command line"): check, generate, rules, format.
 * Exit codes: 0 no errors (and warnings within --max-warnings); 1 error findings, too many
 * warnings, or `generate --check` found a difference; 2 the tool could not do its job.
 */
import { Command, CommanderError, Option } from 'commander';
import pc from 'picocolors';
import { REGELS } from '../../language/src/rules/tabel.js';
import * as fs from 'node:fs';
import * as path from 'node:path';
import { FORMATEN, formatteer, naarUitvoer, relatiefPad, type Formaat } from './formats/index.js';
import { ConfigFout, GebruikFout, laadProject } from '../../language/src/project.js';
import { genereer } from './generate.js';
import { formatRegels } from './rules.js';
import { formatteerBestanden } from './format.js';
import { keuzeOptie, metWaarde, nederlands } from './commander-nl.js';

declare const OPGAVE_VERSION: string | undefined;
const versie = typeof OPGAVE_VERSION === 'string' ? OPGAVE_VERSION : '0.0.0-dev';

/** Thrown to end the program with an exit code after output was written. */
class Einde extends Error {
    constructor(readonly code: number) {
        super(`exit ${code}`);
    }
}

/** A whole number of 0 or more, else undefined (`--max-warnings`). */
const geheelGetal = (waarde: string): number | undefined => {
    const n = Number(waarde);
    return Number.isInteger(n) && n >= 0 ? n : undefined;
};

function kleuren(opties: { color?: boolean }): ReturnType<typeof pc.createColors> {
    return pc.createColors(opties.color !== false && pc.isColorSupported);
}

/** Options of `opgave check` as commander parses them. */
interface CheckCliOpties {
    format: string;
    outputJson?: string;
    outputSarif?: string;
    outputJunit?: string;
    outputGithub?: string;
    docsUrl?: string;
    peildatum?: string;
    config?: string;
    maxWarnings?: number;
    quiet?: boolean;
    color?: boolean;
}

/** Writes a report file of `check` (creating its folder); an unwritable path is a usage error. */
function schrijfBestand(bestand: string, inhoud: string): void {
    try {
        // Create missing folders one level at a time (a recursive mkdir can spin on special file systems).
        const ontbrekend: string[] = [];
        for (let map = path.dirname(path.resolve(bestand)); !fs.existsSync(map); map = path.dirname(map)) {
            ontbrekend.unshift(map);
        }
        ontbrekend.forEach((map) => fs.mkdirSync(map));
        fs.writeFileSync(bestand, inhoud, 'utf8');
    } catch (e) {
        throw new GebruikFout(`${bestand}: niet te schrijven (${(e as NodeJS.ErrnoException).code ?? (e as Error).message}).`);
    }
}

/** Builds the program; exported for tests. */
export function maakProgramma(): Command {
    const program = new Command('opgave')
        .description('Controleert portfolio’s van opgaven en opdrachten (.opgave-bestanden) en maakt rapporten.')
        .version(versie, '-v, --version', 'toon het versienummer')
        .helpOption('-h, --help', 'toon deze hulp')
        .helpCommand('help [opdracht]', 'toon hulp bij een opdracht');

    program
        .command('check')
        .description('leest alle .opgave-bestanden onder de paden en toont de bevindingen')
        .argument('[paden...]', 'bestanden of mappen (standaard: .)')
        .addOption(keuzeOptie('-f, --format <formaat>', 'uitvoerformaat op stdout', FORMATEN).default('stylish'))
        .option('--output-json <bestand>', 'schrijf de bevindingen daarnaast als JSON naar dit bestand')
        .option('--output-sarif <bestand>', 'schrijf de bevindingen daarnaast als SARIF 2.1.0 naar dit bestand')
        .option('--output-junit <bestand>', 'schrijf de bevindingen daarnaast als JUnit-XML naar dit bestand')
        .option('--output-github <bestand>', 'schrijf de bevindingen daarnaast als GitHub-annotaties naar dit bestand')
        .option(
            '--docs-url <url>',
            'absolute basis-URL van de documentatie (voor helpUri in SARIF), bv. de repository van opgave; standaard $OPGAVE_DOCS_URL',
        )
        .option('--peildatum <JJJJ-MM-DD>', 'peildatum voor alle datumregels (standaard uit de configuratie, anders vandaag)')
        .option('-c, --config <bestand>', 'configuratiebestand (standaard opgave.config.json in de portfoliomap)')
        .addOption(
            metWaarde(
                new Option('--max-warnings <aantal>', 'faal (exitcode 1) bij meer waarschuwingen dan dit'),
                geheelGetal,
                'verwacht een geheel getal van 0 of meer.',
            ),
        )
        .option('-q, --quiet', 'toon alleen fouten')
        .option('--no-color', 'geen kleuren')
        .helpOption('-h, --help', 'toon deze hulp')
        .action(async (paden: string[], opties: CheckCliOpties) => {
            const docsBasis = opties.docsUrl ?? (process.env.OPGAVE_DOCS_URL || undefined);
            if (docsBasis !== undefined && !URL.canParse(docsBasis)) {
                throw new GebruikFout(`--docs-url ${docsBasis}: geen absolute URL (bijvoorbeeld https://…/opgave/).`);
            }
            const project = await laadProject(paden, opties);
            project.meldingen.forEach((m) => process.stderr.write(`let op: ${m}\n`));
            const alle = naarUitvoer(project.resultaat.bevindingen);
            const getoond = opties.quiet ? alle.filter((b) => b.severity === 'error') : alle;
            const context = { kleur: kleuren(opties), versie, bestanden: project.bestanden.map((b) => relatiefPad(b)), docsBasis };
            const formaat = opties.format as Formaat;
            const extra: [Formaat, string | undefined][] = [
                ['json', opties.outputJson],
                ['sarif', opties.outputSarif],
                ['junit', opties.outputJunit],
                ['github', opties.outputGithub],
            ];
            for (const [f, bestand] of extra) {
                if (bestand !== undefined) {
                    schrijfBestand(bestand, formatteer(f, getoond, { ...context, kleur: pc.createColors(false) }));
                }
            }
            process.stdout.write(formatteer(formaat, getoond, context));
            const fouten = alle.filter((b) => b.severity === 'error').length;
            const waarschuwingen = alle.filter((b) => b.severity === 'warning').length;
            if (opties.maxWarnings !== undefined && waarschuwingen > opties.maxWarnings && formaat === 'stylish') {
                process.stderr.write(`Te veel waarschuwingen: ${waarschuwingen}, toegestaan ${opties.maxWarnings}.\n`);
            }
            throw new Einde(fouten > 0 || (opties.maxWarnings !== undefined && waarschuwingen > opties.maxWarnings) ? 1 : 0);
        });

    program
        .command('generate')
        .description('schrijft de portfoliorapporten (Markdown met Mermaid-diagrammen) naar de uitvoermap')
        .argument('[paden...]', 'bestanden of mappen (standaard: .)')
        .option('-o, --out <map>', 'uitvoermap (standaard uit de configuratie, anders docs/portfolio)')
        .option('--check', 'schrijf niets; faal (exitcode 1) als de bestanden op schijf afwijken')
        .option('--peildatum <JJJJ-MM-DD>', 'peildatum (standaard uit de configuratie, anders vandaag)')
        .option('-c, --config <bestand>', 'configuratiebestand')
        .addOption(
            keuzeOptie(
                '--csv-scheidingsteken <teken>',
                'scheidingsteken van opdrachten.csv (; voor Nederlandse Excel; standaard uit de configuratie, anders ,)',
                [',', ';'],
            ),
        )
        .option('--csv-bom', 'begin opdrachten.csv met een UTF-8-BOM (voor Excel)')
        .option('--no-color', 'geen kleuren')
        .helpOption('-h, --help', 'toon deze hulp')
        .action(
            async (
                paden: string[],
                opties: {
                    out?: string;
                    check?: boolean;
                    peildatum?: string;
                    config?: string;
                    color?: boolean;
                    csvScheidingsteken?: ',' | ';';
                    csvBom?: boolean;
                },
            ) => {
                const r = await genereer(paden, opties);
                r.meldingen.forEach((m) => process.stderr.write(`let op: ${m}\n`));
                if (r.code === 1) {
                    process.stderr.write(`${r.samenvatting}\n${r.verschillen.map((v) => `  ${v}`).join('\n')}\n`);
                } else {
                    process.stdout.write(`${r.samenvatting}\n`);
                }
                throw new Einde(r.code);
            },
        );

    program
        .command('rules')
        .description('toont alle regels: id, standaardernst, samenvatting en documentatie')
        .addOption(keuzeOptie('-f, --format <formaat>', 'uitvoerformaat', ['tekst', 'json']).default('tekst'))
        .helpOption('-h, --help', 'toon deze hulp')
        .action((opties: { format: string }) => {
            process.stdout.write(formatRegels(REGELS, opties.format === 'json' ? 'json' : 'tekst'));
            throw new Einde(0);
        });

    program
        .command('format')
        .description('maakt .opgave-bestanden netjes op (inspringen, witregels), zoals de editor')
        .argument('[paden...]', 'bestanden of mappen (standaard: .)')
        .option('--check', 'schrijf niets; faal (exitcode 1) als een bestand niet is opgemaakt')
        .helpOption('-h, --help', 'toon deze hulp')
        .action(async (paden: string[], opties: { check?: boolean }) => {
            throw new Einde(await formatteerBestanden(paden, opties));
        });
    return nederlands(program);
}

/** Runs the command line and returns the exit code; never throws. */
export async function run(argv: readonly string[]): Promise<number> {
    try {
        await maakProgramma().parseAsync([...argv], { from: 'user' });
        return 0;
    } catch (e) {
        if (e instanceof Einde) {
            return e.code;
        }
        if (e instanceof CommanderError) {
            return e.exitCode === 0 ? 0 : 2;
        }
        if (e instanceof GebruikFout || e instanceof ConfigFout) {
            process.stderr.write(`opgave: ${e.message}\n`);
            return 2;
        }
        process.stderr.write(`opgave: interne fout: ${(e as Error).message ?? String(e)}\n`);
        return 2;
    }
}

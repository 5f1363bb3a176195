/**
 * The `opgave` command line (uitvoer.md "Command line"): check, generate, rules, format, and
 * (issue "The reviewer's view") diff and trend, (issue "Readers outside git") site, (issue 16) init.
 * Exit codes: 0 no errors (and warnings within --max-warnings); 1 error findings, too many
 * warnings, or `generate --check` found a difference; 2 the tool could not do its job.
 */
import { Command, CommanderError, Option } from 'commander';
import { ConfigFout, GebruikFout } from '../../language/src/project.js';
import { FORMATEN } from './formats/index.js';
import { check, type CheckCliOpties } from './commands/check.js';
import { diff, type DiffCliOpties } from './commands/diff.js';
import { trend, type TrendCliOpties } from './commands/trend.js';
import { generate, type GenerateOpties } from './commands/generate.js';
import { site, type SiteCliOpties } from './commands/site.js';
import { formatteerBestanden } from './commands/format.js';
import { rules } from './commands/rules.js';
import { CI_KEUZES, init, STANDAARD_GEMEENTE, type InitOpties } from './commands/init.js';
import { isGeldigeDatum } from '../../language/src/model/datum.js';
import { keuzeOptie, metWaarde, nederlands } from './commander-nl.js';
import { PROCES, type Schrijver } from './schrijver.js';
import { versie } from './versie.js';

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

/**
 * Builds the program; exported for tests. Every command and commander itself (help, version,
 * errors) print through `uit`.
 */
export function maakProgramma(uit: Schrijver = PROCES): Command {
    const program = new Command('opgave')
        // Before the subcommands are added: they inherit the output configuration.
        .configureOutput({ writeOut: (s) => uit.out(s), writeErr: (s) => uit.err(s) })
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
        .option('--output-gitlab <bestand>', 'schrijf de bevindingen daarnaast als GitLab Code Quality-rapport naar dit bestand')
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
        .option('--fix', 'pas eerst de snelle oplossingen van de regels toe op de bestanden (zoals in de editor), en toon wat overblijft')
        .option('--fix-dry-run', 'toon de oplossingen als diff en schrijf niets')
        .option('--baseline-vastleggen', 'leg de huidige bevindingen vast in opgave.baseline.json; daarna telt alleen wat erbij komt')
        .option('--baseline-opschonen', 'verlaag in opgave.baseline.json de aantallen die gedaald zijn')
        .option('--geen-baseline', 'negeer opgave.baseline.json: toon alle bevindingen')
        .option('--no-color', 'geen kleuren')
        .helpOption('-h, --help', 'toon deze hulp')
        .action(async (paden: string[], opties: CheckCliOpties) => {
            throw new Einde(await check(paden, opties, uit));
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
        .option(
            '--publiek',
            'publicatieprofiel (Woo/AVG): geen namen, ids of fte van personen (wel functie en rol), geen personen.md, namen in vrije tekst vervangen door [naam]; config publiek.verberg laat meer velden weg; schrijft naar dezelfde uitvoermap, kies zelf een andere met -o',
        )
        .option('--no-color', 'geen kleuren')
        .helpOption('-h, --help', 'toon deze hulp')
        .action(async (paden: string[], opties: GenerateOpties) => {
            throw new Einde(await generate(paden, opties, uit));
        });

    program
        .command('site')
        .description('schrijft het portfolio als statische website (HTML met diagrammen en zoeken, zonder internet) naar de sitemap')
        .argument('[paden...]', 'bestanden of mappen (standaard: .)')
        .option('-o, --out <map>', 'sitemap (standaard site.uitvoer uit de configuratie, anders docs/site)')
        .option('--check', 'schrijf niets; faal (exitcode 1) als de bestanden op schijf afwijken')
        .option(
            '--svg',
            'schrijf elk diagram ook als .svg-bestand naast zijn pagina (getekend door Chromium op deze computer: site.chromium, OPGAVE_CHROMIUM of het PATH)',
        )
        .option('--peildatum <JJJJ-MM-DD>', 'peildatum (standaard uit de configuratie, anders vandaag)')
        .option('-c, --config <bestand>', 'configuratiebestand')
        .option(
            '--publiek',
            'publicatieprofiel (Woo/AVG): geen namen, ids of fte van personen (wel functie en rol), geen personenpagina, namen in vrije tekst vervangen door [naam]; config publiek.verberg laat meer velden weg; schrijft naar dezelfde sitemap, kies zelf een andere met -o',
        )
        .option('--no-color', 'geen kleuren')
        .helpOption('-h, --help', 'toon deze hulp')
        .action(async (paden: string[], opties: SiteCliOpties) => {
            throw new Einde(await site(paden, opties, uit));
        });

    program
        .command('rules')
        .description('toont alle regels: id, standaardernst, samenvatting en documentatie')
        .addOption(keuzeOptie('-f, --format <formaat>', 'uitvoerformaat', ['tekst', 'json']).default('tekst'))
        .helpOption('-h, --help', 'toon deze hulp')
        .action((opties: { format: string }) => {
            throw new Einde(rules(opties, uit));
        });

    program
        .command('diff')
        .description('toont wat er inhoudelijk veranderde in het portfolio tussen twee git-versies (voor een pull request)')
        .argument('<basis>', 'git-ref van de oude versie (branch, tag of commit), bv. origin/main')
        .argument('[doel-en-paden...]', 'git-ref van de nieuwe versie (standaard: de werkmap), dan bestanden of mappen (standaard: .)')
        .addOption(keuzeOptie('-f, --format <formaat>', 'uitvoerformaat op stdout', ['markdown', 'json']).default('markdown'))
        .option('--fail-on-nieuwe-fouten', 'faal (exitcode 1) als de nieuwe versie fouten heeft die de oude niet had')
        .option('--peildatum <JJJJ-MM-DD>', 'één peildatum voor beide versies (standaard uit hun configuratie, anders vandaag)')
        .helpOption('-h, --help', 'toon deze hulp')
        .action(async (basis: string, rest: string[], opties: DiffCliOpties) => {
            throw new Einde(await diff(basis, rest, opties, uit));
        });

    program
        .command('trend')
        .description('telt het portfolio per maand of kwartaal over de git-geschiedenis en schrijft trend.csv en trend.md')
        .argument('[paden...]', 'bestanden of mappen (standaard: .)')
        .option('--sinds <JJJJ-MM-DD>', 'alleen commits vanaf deze datum')
        .addOption(keuzeOptie('--per <periode>', 'lengte van een periode', ['maand', 'kwartaal']).default('maand'))
        .option('-o, --out <map>', 'uitvoermap (standaard de map trend naast de rapportenmap, meestal docs/trend)')
        .helpOption('-h, --help', 'toon deze hulp')
        .action(async (paden: string[], opties: TrendCliOpties) => {
            throw new Einde(await trend(paden, opties, uit));
        });

    program
        .command('format')
        .description('maakt .opgave-bestanden netjes op (inspringen, witregels), zoals de editor')
        .argument('[paden...]', 'bestanden of mappen (standaard: .)')
        .option('--check', 'schrijf niets; faal (exitcode 1) als een bestand niet is opgemaakt')
        .helpOption('-h, --help', 'toon deze hulp')
        .action(async (paden: string[], opties: { check?: boolean }) => {
            throw new Einde(await formatteerBestanden(paden, opties, uit));
        });

    // Last in the help, so the main commands lead the list.
    program
        .command('init')
        .description('schrijft een klein startportfolio voor een gemeente dat zonder bevindingen door de controle komt')
        .argument('[map]', 'de map van het portfolio (standaard: .)')
        .option(
            '--gemeente <naam>',
            `naam van de gemeente (standaard ${STANDAARD_GEMEENTE}); de id wordt kleine letters met - voor spaties`,
        )
        .addOption(keuzeOptie('--ci <soort>', 'schrijf ook het CI-voorbeeld: .github/workflows/opgave.yml of .gitlab-ci.yml', CI_KEUZES))
        .addOption(
            metWaarde(
                new Option('--peildatum <JJJJ-MM-DD>', 'peildatum in opgave.config.json (standaard vandaag)'),
                (w) => (isGeldigeDatum(w) ? w : undefined),
                'gebruik een bestaande datum als JJJJ-MM-DD.',
            ),
        )
        .option('--no-color', 'geen kleuren')
        .helpOption('-h, --help', 'toon deze hulp')
        .action(async (map: string | undefined, opties: InitOpties) => {
            throw new Einde(await init(map, opties, uit));
        });
    return nederlands(program);
}

/**
 * Runs the command line and returns the exit code; never throws. A usage or configuration error
 * is one line `opgave: …` on stderr and exit code 2.
 * @param uit where to print; default the process's stdout and stderr
 */
export async function run(argv: readonly string[], uit: Schrijver = PROCES): Promise<number> {
    try {
        await maakProgramma(uit).parseAsync([...argv], { from: 'user' });
        return 0;
    } catch (e) {
        if (e instanceof Einde) {
            return e.code;
        }
        if (e instanceof CommanderError) {
            return e.exitCode === 0 ? 0 : 2;
        }
        if (e instanceof GebruikFout || e instanceof ConfigFout) {
            uit.err(`opgave: ${e.message}\n`);
            return 2;
        }
        uit.err(`opgave: interne fout: ${(e as Error).message ?? String(e)}\n`);
        return 2;
    }
}

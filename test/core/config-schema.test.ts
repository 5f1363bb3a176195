import { strict as assert } from 'node:assert';
import * as fs from 'node:fs';
import * as path from 'node:path';
import { Ajv } from 'ajv';
import { configJsonSchema, parseConfig } from '../../language/src/config.js';
import { ROOT } from '../helpers/index.js';

/**
 * The JSON Schema of opgave.config.json (issue "Adopting the tool", item 4): generated from the zod
 * schema, published in docs/schema, contributed to VS Code, and it agrees with the tool on what a
 * configuration may hold. (That VS Code itself reports an unknown key is test/e2e/suite.)
 */
const SCHEMA = path.join(ROOT, 'docs', 'schema', 'opgave.config.schema.json');
const bijwerken = process.env.OPGAVE_GOLDEN === 'bijwerken';

describe('opgave.config.schema.json', () => {
    it('is het schema dat de code uit het zod-schema maakt', () => {
        if (bijwerken) fs.writeFileSync(SCHEMA, configJsonSchema());
        assert.equal(fs.readFileSync(SCHEMA, 'utf8'), configJsonSchema());
    });

    it('keurt de configuratie van elk voorbeeld en die van de README goed', () => {
        const valideer = new Ajv({ strict: false, allErrors: true }).compile(JSON.parse(fs.readFileSync(SCHEMA, 'utf8')) as object);
        const configs = fs
            .readdirSync(path.join(ROOT, 'examples'))
            .map((v) => path.join(ROOT, 'examples', v, 'opgave.config.json'))
            .filter((f) => fs.existsSync(f))
            .map((f) => [f, fs.readFileSync(f, 'utf8')] as const);
        const readme = fs.readFileSync(path.join(ROOT, 'README.md'), 'utf8');
        const blok = /## Configuratie: `opgave.config.json`[\s\S]*?```json\n([\s\S]*?)```/.exec(readme)?.[1];
        assert.ok(blok, 'de README heeft een voorbeeldconfiguratie');
        for (const [naam, tekst] of [...configs, ['README.md', blok] as const]) {
            assert.ok(valideer(JSON.parse(tekst)), `${naam}: ${JSON.stringify(valideer.errors)}`);
        }
        assert.ok(configs.length >= 3);
    });

    it('wijst wat opgave weigert ook af: een onbekende sleutel, een onbekende regel, een verkeerde waarde', () => {
        const valideer = new Ajv({ strict: false, allErrors: true }).compile(JSON.parse(fs.readFileSync(SCHEMA, 'utf8')) as object);
        for (const config of [
            { uitvoor: 'docs' },
            { site: { kleur: 'rood' } },
            { regels: { 'geen-regel': 'uit' } },
            { regels: { 'lessen-ontbreken': 'streng' } },
            { csv: { scheidingsteken: '|' } },
            { herijkingTermijnMaanden: 0 },
            { publiek: { verberg: ['namen'] } },
        ]) {
            assert.equal(valideer(config), false, JSON.stringify(config));
            assert.throws(() => parseConfig(JSON.stringify(config), 'opgave.config.json'), /opgave\.config\.json/, JSON.stringify(config));
        }
        assert.ok(valideer({ $schema: './opgave.config.schema.json', peildatum: '2026-11-29', regels: { 'lessen-ontbreken': 'uit' } }));
    });

    it('wordt door de VS Code-extensie bijgedragen voor elk opgave.config.json', () => {
        const pakket = JSON.parse(fs.readFileSync(path.join(ROOT, 'package.json'), 'utf8')) as {
            contributes: { jsonValidation?: { fileMatch: string | string[]; url: string }[] };
        };
        const regel = pakket.contributes.jsonValidation?.find((j) => [j.fileMatch].flat().includes('opgave.config.json'));
        assert.ok(regel, 'package.json draagt geen jsonValidation voor opgave.config.json bij');
        assert.equal(path.resolve(ROOT, regel.url), SCHEMA); // in the VSIX: test/core/vsix.test.ts
    });
});

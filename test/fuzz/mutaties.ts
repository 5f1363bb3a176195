/**
 * Deterministic mutations of example portfolios for the fuzzer: every document is a pure function
 * of (seed, index), so a failure can be reproduced from those two numbers alone.
 */
import * as fs from 'node:fs';
import * as path from 'node:path';
import { ROOT, SHARED_CASES } from '../helpers/index.js';

/** A source portfolio: file name → text. */
export type Portfolio = ReadonlyMap<string, string>;

/** One fuzz document: the mutated file, the unchanged rest of its portfolio, and what was done. */
export interface FuzzDocument {
    readonly index: number;
    readonly bron: string;
    readonly naam: string;
    /** The mutated file as bytes (it may be invalid UTF-8 or hold NUL bytes). */
    readonly bytes: Uint8Array;
    /** The other files of the portfolio (empty when the file is checked alone). */
    readonly overige: ReadonlyMap<string, string>;
    readonly mutaties: readonly string[];
}

/** Seeded PRNG (mulberry32). */
export class Random {
    private a: number;
    constructor(seed: number) {
        this.a = seed >>> 0;
    }
    /** A float in [0, 1). */
    next(): number {
        this.a = (this.a + 0x6d2b79f5) >>> 0;
        let t = this.a;
        t = Math.imul(t ^ (t >>> 15), t | 1);
        t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
        return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
    }
    /** An integer in [0, n). */
    int(n: number): number {
        return Math.floor(this.next() * n);
    }
    /** A random element. */
    kies<T>(lijst: readonly T[]): T {
        return lijst[this.int(lijst.length)]!;
    }
}

/** Loads the example portfolios the fuzzer starts from. */
export function laadBronnen(): Map<string, Portfolio> {
    const bronnen = new Map<string, Portfolio>();
    const mappen = [
        path.join(ROOT, 'examples', 'winterswijk'),
        path.join(ROOT, 'examples', 'gooise-meren'),
        path.join(SHARED_CASES, 'schoon'),
    ];
    for (const map of mappen) {
        if (!fs.existsSync(map)) {
            continue;
        }
        const bestanden = new Map<string, string>();
        for (const f of fs
            .readdirSync(map)
            .filter((f) => f.endsWith('.opgave'))
            .sort()) {
            bestanden.set(f, fs.readFileSync(path.join(map, f), 'utf8'));
        }
        if (bestanden.size > 0) {
            bronnen.set(path.basename(map), bestanden);
        }
    }
    return bronnen;
}

const UNICODE = [
    'é',
    'ö',
    'ß',
    'Ω',
    '中',
    '🙂',
    '𝔸',
    '\u0301',
    '\u200b',
    '\u200f',
    '\u202e',
    '\u2028',
    '\u2029',
    '\ufeff',
    '\ufffd',
    '\ud800',
    '\udc00',
    '\u0000',
    '\t',
    '\r',
    '\r\n',
    '\v',
    '"',
    '\\',
    '{',
    '}',
    '//',
    '/*',
    '*/',
    ',',
];
const TOKENS = /"(?:\\.|[^"\\\n])*"|[^\s{}",]+|[{}",]|\s+/g;

const splitTokens = (tekst: string): string[] => tekst.match(TOKENS) ?? [];

/** The mutation kinds; each takes text and returns new text (or bytes for byte-level ones). */
const MUTATIES: Record<string, (t: string, r: Random) => string | Uint8Array> = {
    'token-weg': (t, r) => {
        const ts = splitTokens(t);
        ts.splice(r.int(ts.length), 1);
        return ts.join('');
    },
    'token-dubbel': (t, r) => {
        const ts = splitTokens(t);
        const i = r.int(ts.length);
        ts.splice(i, 0, ts[i] ?? '');
        return ts.join('');
    },
    'tokens-wissel': (t, r) => {
        const ts = splitTokens(t);
        const i = r.int(ts.length);
        const j = r.int(ts.length);
        [ts[i], ts[j]] = [ts[j]!, ts[i]!];
        return ts.join('');
    },
    'regel-weg': (t, r) => {
        const rs = t.split('\n');
        rs.splice(r.int(rs.length), 1);
        return rs.join('\n');
    },
    'regel-dubbel': (t, r) => {
        const rs = t.split('\n');
        const i = r.int(rs.length);
        rs.splice(i, 0, rs[i] ?? '');
        return rs.join('\n');
    },
    'regels-wissel': (t, r) => {
        const rs = t.split('\n');
        const i = r.int(rs.length);
        const j = r.int(rs.length);
        [rs[i], rs[j]] = [rs[j]!, rs[i]!];
        return rs.join('\n');
    },
    afkappen: (t, r) => t.slice(0, r.int(t.length + 1)),
    'bytes-erin': (t, r) => {
        const bytes = Buffer.from(t, 'utf8');
        const pos = r.int(bytes.length + 1);
        const extra = Buffer.alloc(1 + r.int(8));
        for (let i = 0; i < extra.length; i++) {
            extra[i] = r.int(256);
        }
        return Buffer.concat([bytes.subarray(0, pos), extra, bytes.subarray(pos)]);
    },
    'unicode-erin': (t, r) => {
        const pos = r.int(t.length + 1);
        let s = '';
        for (let i = 1 + r.int(4); i > 0; i--) {
            s += r.next() < 0.7 ? r.kies(UNICODE) : String.fromCodePoint(r.int(0x30000));
        }
        return t.slice(0, pos) + s + t.slice(pos);
    },
    'lange-regel': (t, r) => {
        const pos = r.int(t.length + 1);
        const lengte = 10_000 + r.int(200_000);
        const soort = r.int(4);
        const lang =
            soort === 0
                ? 'x'.repeat(lengte)
                : soort === 1
                  ? `"${'tekst '.repeat(lengte / 6)}"`
                  : soort === 2
                    ? `// ${'c'.repeat(lengte)}`
                    : '9'.repeat(lengte);
        return t.slice(0, pos) + lang + t.slice(pos);
    },
    'diep-genest': (t, r) => {
        const diepte = 1000 + r.int(20_000);
        const pos = r.int(t.length + 1);
        const soort = r.int(3);
        const nest =
            soort === 0
                ? '{'.repeat(diepte) + '}'.repeat(r.int(diepte))
                : soort === 1
                  ? 'driehoek {'.repeat(diepte)
                  : '/*'.repeat(diepte) + '*/'.repeat(r.int(diepte));
        return t.slice(0, pos) + nest + t.slice(pos);
    },
    crlf: (t) => `\ufeff${t.replace(/\n/g, '\r\n')}`,
};

/** Mutations that make a document big or slow; applied to a small share of documents only. */
const ZWAAR = new Set(['lange-regel', 'diep-genest']);

/**
 * The document with the given index for the given seed. About one in 1,000 documents is a
 * 5 MB file (the source repeated), one in 25 has a very long line or deep nesting.
 */
export function maakDocument(bronnen: Map<string, Portfolio>, seed: number, index: number): FuzzDocument {
    const r = new Random((seed * 1_000_003 + index * 7919) >>> 0);
    const bronNaam = r.kies([...bronnen.keys()]);
    const bron = bronnen.get(bronNaam)!;
    const naam = r.kies([...bron.keys()]);
    let tekst: string | Uint8Array = bron.get(naam)!;
    const mutaties: string[] = [];
    if (r.int(1000) === 0) {
        const basis = tekst;
        tekst = basis.repeat(Math.ceil((5 * 1024 * 1024) / Math.max(1, basis.length)));
        mutaties.push('5mb');
    }
    const soorten = Object.keys(MUTATIES).filter((m) => !ZWAAR.has(m));
    const aantal = 1 + r.int(4);
    for (let i = 0; i < aantal; i++) {
        const soort = r.int(25) === 0 ? r.kies([...ZWAAR]) : r.kies(soorten);
        const huidig: string = typeof tekst === 'string' ? tekst : Buffer.from(tekst).toString('latin1');
        tekst = MUTATIES[soort]!(huidig, r);
        mutaties.push(soort);
    }
    const bytes = typeof tekst === 'string' ? Buffer.from(tekst, 'utf8') : tekst;
    const overige = r.next() < 0.5 ? new Map([...bron].filter(([n]) => n !== naam)) : new Map<string, string>();
    return { index, bron: bronNaam, naam, bytes, overige, mutaties };
}

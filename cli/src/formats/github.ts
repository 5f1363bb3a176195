import type { UitvoerBevinding } from './types.js';

const COMMANDO = { error: 'error', warning: 'warning', info: 'notice' } as const;

/** Escapes the message part of a workflow command (`%`, CR and LF). */
export function escapeData(tekst: string): string {
    return tekst.replace(/%/g, '%25').replace(/\r/g, '%0D').replace(/\n/g, '%0A');
}

/** Escapes a property value of a workflow command (`%`, CR, LF, `:` and `,`). */
export function escapeProperty(tekst: string): string {
    return escapeData(tekst).replace(/:/g, '%3A').replace(/,/g, '%2C');
}

/**
 * `--format github`: one GitHub Actions workflow command per finding
 * (`::error file=…,line=…,col=…,endLine=…,endColumn=…,title=rule-id::message`); info becomes `notice`.
 */
export function formatGithub(bevindingen: readonly UitvoerBevinding[]): string {
    return bevindingen
        .map((b) => {
            const eigenschappen = [
                `file=${escapeProperty(b.file)}`,
                `line=${b.line}`,
                `col=${b.column}`,
                `endLine=${b.endLine}`,
                `endColumn=${b.endColumn}`,
                `title=${escapeProperty(b.ruleId)}`,
            ].join(',');
            return `::${COMMANDO[b.severity]} ${eigenschappen}::${escapeData(b.message)}\n`;
        })
        .join('');
}

/** Where the commands print: the process's stdout and stderr, or a caller's buffers. */

/** Output of a command: `out` for results (stdout), `err` for notices and errors (stderr). */
export interface Schrijver {
    readonly out: (tekst: string) => void;
    readonly err: (tekst: string) => void;
}

/** The process's stdout and stderr (looked up on every write). */
export const PROCES: Schrijver = {
    out: (tekst) => void process.stdout.write(tekst),
    err: (tekst) => void process.stderr.write(tekst),
};

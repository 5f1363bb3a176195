/**
 * The Node.js versions opgave runs on: package.json `engines.node` is `>=22.12`. Langium 4.4 and
 * chevrotain 13 call `Object.groupBy` (Node 21 and later); commander 15, mermaid 12 and mocha 12
 * draw the line at 22.12. VS Code runs its extensions on Node 22 since 1.101 and on Node 24 since
 * 1.12x, so the editor always qualifies; the command line and the standalone language server run
 * on whatever Node the user has, and say so in Dutch instead of failing halfway.
 */

/** The oldest supported Node.js version as [major, minor]. */
export const MINIMALE_NODE: readonly [number, number] = [22, 12];

/**
 * Checks a Node.js version string such as `"20.20.2"` (default: the running Node).
 *
 * @returns a one-line Dutch message naming both versions when `versie` is older than
 *   {@link MINIMALE_NODE} (or unreadable), else `undefined`.
 */
export function nodeTeOud(versie: string = process.versions.node): string | undefined {
    const [major, minor] = versie.split('.').map(Number);
    const [minMajor, minMinor] = MINIMALE_NODE;
    const goed = major !== undefined && minor !== undefined && (major > minMajor || (major === minMajor && minor >= minMinor));
    return goed
        ? undefined
        : `nodig is Node.js ${minMajor}.${minMinor} of nieuwer; dit is Node.js ${versie}. Installeer Node.js 22 of 24 (LTS), of start opgave met npx in de map van opgave.`;
}

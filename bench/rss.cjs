// Preloaded with `node -r bench/rss.cjs`: writes the process's peak resident set size (KB) to the
// file named by OPGAVE_BENCH_RSS when the process exits.
const fs = require('node:fs');

const doel = process.env.OPGAVE_BENCH_RSS;
if (doel) {
    process.on('exit', () => {
        fs.writeFileSync(doel, String(process.resourceUsage().maxRSS));
    });
}

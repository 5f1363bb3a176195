// Copies the preview's webview assets into dist/media: the bundled mermaid (so the preview never
// loads anything from the network), the preview script and its style sheet.
import { copyFileSync, mkdirSync } from 'node:fs';
import { createRequire } from 'node:module';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';

const root = join(dirname(fileURLToPath(import.meta.url)), '..', '..');
const require = createRequire(join(root, 'package.json'));
const doel = join(root, 'dist', 'media');
mkdirSync(doel, { recursive: true });
copyFileSync(join(dirname(require.resolve('mermaid/package.json')), 'dist', 'mermaid.min.js'), join(doel, 'mermaid.min.js'));
for (const naam of ['preview.js', 'preview.css']) {
    copyFileSync(join(root, 'client', 'media', naam), join(doel, naam));
}

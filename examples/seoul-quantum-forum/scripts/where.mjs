// Says where the built page is and how to look at it.
import { existsSync } from 'node:fs';
import { fileURLToPath, pathToFileURL } from 'node:url';

const page = fileURLToPath(new URL('../dist/index.html', import.meta.url));
if (!existsSync(page)) {
  console.error(`No page at ${page}: run the build first.`);
  process.exit(1);
}
console.log(`\nOpen ${pathToFileURL(page).href} in a browser,`);
console.log(`or serve the folder: python3 -m http.server --directory ${fileURLToPath(new URL('../dist/', import.meta.url))} 8080`);

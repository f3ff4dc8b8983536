// Copies the NL Design System stylesheets and htmx from node_modules into
// regie/static/vendor (not committed; `make` runs this after `npm ci`).
import { copyFileSync, mkdirSync } from "node:fs";
import { dirname, join } from "node:path";

const target = "regie/static/vendor";
const files = {
  "@rijkshuisstijl-community/design-tokens/dist/root.css": "rijkshuisstijl-tokens.css",
  "@utrecht/component-library-css/dist/index.css": "utrecht-components.css",
  "htmx.org/dist/htmx.min.js": "htmx.min.js",
};
for (const [source, name] of Object.entries(files)) {
  const destination = join(target, name);
  mkdirSync(dirname(destination), { recursive: true });
  copyFileSync(join("node_modules", source), destination);
  console.log(`static: ${destination}`);
}

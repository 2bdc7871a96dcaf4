#!/usr/bin/env node
// Prints what each chunk of the pane is made of (minified and gzipped), from the JSON report of
// webpack-bundle-analyzer that `npm run analyze` writes; the browsable map is out/bench/bundle.html.
const fs = require('node:fs');

const report = JSON.parse(fs.readFileSync(process.argv[2] || 'out/bench/bundle.json', 'utf8'));
const kb = (n) => `${(n / 1024).toFixed(0).padStart(5)} KB`;

/** A module's package ("exceljs", "@fluentui/react-combobox") or its folder in this project. */
function groupOf(path) {
  const i = path.lastIndexOf('node_modules/');
  if (i >= 0) {
    const parts = path.slice(i + 'node_modules/'.length).split('/');
    return parts[0].startsWith('@') ? `${parts[0]}/${parts[1]}` : parts[0];
  }
  return path.replace(/^\.\//, '').split('/').slice(0, 3).join('/');
}

function leaves(node, out = []) {
  if (node.groups) for (const g of node.groups) leaves(g, out);
  else out.push(node);
  return out;
}

for (const chunk of report.sort((a, b) => b.gzipSize - a.gzipSize)) {
  console.log(`${chunk.label}: ${kb(chunk.parsedSize)} minified, ${kb(chunk.gzipSize)} gzipped`);
  const groups = new Map();
  for (const leaf of leaves(chunk)) {
    const key = groupOf(leaf.path || leaf.label);
    const g = groups.get(key) || { parsed: 0, gzip: 0 };
    g.parsed += leaf.parsedSize || 0;
    g.gzip += leaf.gzipSize || 0;
    groups.set(key, g);
  }
  [...groups.entries()]
    .sort((a, b) => b[1].parsed - a[1].parsed)
    .slice(0, 12)
    .forEach(([name, g]) => console.log(`  ${kb(g.parsed)} ${kb(g.gzip)}  ${name}`));
}

// What a loaded script is made of: its minified bytes by source package (node_modules) or src/ folder, read from
// the hidden source maps of the bench build. Says which dependency to split off or drop when a size budget is missed.
import { readFile } from 'node:fs/promises';
import path from 'node:path';
import { decodeMappings } from './profile.mjs';

/** Raw (minified) KB by source for each JS asset of `assets` served from `appDir`; largest first. */
export async function breakdownAssets(assets, baseUrl, appDir, top = 8) {
  const out = [];
  for (const asset of assets) {
    if (asset.kind !== 'js' || !asset.url.startsWith(`${baseUrl}/`)) continue;
    const file = path.join(appDir, new URL(asset.url).pathname);
    let code;
    let map;
    try {
      code = (await readFile(file, 'utf8')).split('\n');
      map = JSON.parse(await readFile(`${file}.map`, 'utf8'));
    } catch {
      continue;
    }
    const bytes = new Map();
    decodeMappings(map.mappings).forEach((segments, line) => {
      segments.forEach((segment, i) => {
        if (segment.length < 4) return;
        const end = segments[i + 1]?.[0] ?? code[line]?.length ?? segment[0];
        const group = sourceGroup(map.sources[segment[1]] ?? '?');
        bytes.set(group, (bytes.get(group) ?? 0) + end - segment[0]);
      });
    });
    out.push({
      asset: path.basename(file),
      gzipKb: Math.round((asset.gzip / 1024) * 10) / 10,
      rawKbBySource: [...bytes.entries()]
        .sort((a, b) => b[1] - a[1])
        .slice(0, top)
        .map(([source, n]) => ({ source, kb: Math.round((n / 1024) * 10) / 10 })),
    });
  }
  return out.sort((a, b) => b.gzipKb - a.gzipKb);
}

/**
 * The editor, reader, writer and preview source files among the scripts of `assets` (node_modules packages by name):
 * the home page is to carry none of them, with or without drafts.
 */
export async function editorSources(assets, baseUrl, appDir) {
  const found = new Set();
  for (const asset of assets) {
    if (asset.kind !== 'js' || !asset.url.startsWith(`${baseUrl}/`)) continue;
    const file = path.join(appDir, new URL(asset.url).pathname);
    let map;
    try {
      map = JSON.parse(await readFile(`${file}.map`, 'utf8'));
    } catch {
      continue;
    }
    for (const source of map.sources) {
      const name = source.replace(/^(\.\.\/)+/, '');
      if (editorCode.test(name)) found.add(name.includes('node_modules/') ? sourceGroup(name) : name);
    }
  }
  return [...found].sort();
}

const editorCode = new RegExp(
  [
    'src/features/(editor|preview)/',
    // Only the export options' defaults (write/context.ts) are no Markdown code.
    'src/core/markdown/(?!write/context\\.ts)',
    'src/core/(preview|import)/(?!check-)',
    'node_modules/(micromark[^/]*|mdast-util-[^/]+|remark-[^/]+|unified|hast-[^/]+|react-hook-form)/',
  ].join('|'),
);

function sourceGroup(source) {
  const name = source.replace(/^(\.\.\/)+/, '');
  const at = name.lastIndexOf('node_modules/');
  if (at < 0) return name.split('/').slice(0, 3).join('/');
  const parts = name.slice(at + 'node_modules/'.length).split('/');
  return parts[0]?.startsWith('@') ? `${parts[0]}/${parts[1]}` : (parts[0] ?? name);
}

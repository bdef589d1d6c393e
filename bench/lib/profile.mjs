// A CPU profile of the page (CDP Profiler) summarised by original source file and function, through the hidden
// source maps of the bench build, so that a missed budget names the code that dominates.
import { readFile } from 'node:fs/promises';
import path from 'node:path';

/** Runs `work` under the CPU profiler of `page`; returns the raw profile. */
export async function profileWhile(page, work) {
  const cdp = await page.context().newCDPSession(page);
  try {
    await cdp.send('Profiler.enable');
    await cdp.send('Profiler.setSamplingInterval', { interval: 250 });
    await cdp.send('Profiler.start');
    await work();
    const { profile } = await cdp.send('Profiler.stop');
    return profile;
  } finally {
    await cdp.detach().catch(() => {});
  }
}

/**
 * Self time by source (a file of src/, or a package of node_modules) and by function, in ms and % of busy time.
 * `distDirs` maps a URL prefix to the folder its files (and .map files) are in.
 */
export async function summariseProfile(profile, distDirs, top = 12) {
  const total = (profile.endTime - profile.startTime) / 1000;
  const counts = new Map();
  for (const id of profile.samples) counts.set(id, (counts.get(id) ?? 0) + 1);
  const perSample = total / profile.samples.length;
  const maps = new Map();
  const bySource = new Map();
  const byFunction = new Map();
  let idle = 0;
  for (const node of profile.nodes) {
    const ms = (counts.get(node.id) ?? 0) * perSample;
    if (ms === 0) continue;
    const { functionName, url, lineNumber, columnNumber } = node.callFrame;
    if (functionName === '(idle)') {
      idle += ms;
      continue;
    }
    let source = url ? new URL(url).pathname : functionName || '(anonymous)';
    let where = '';
    let name = functionName || '(anonymous)';
    const located = await locate(maps, distDirs, url, lineNumber, columnNumber);
    if (located) {
      source = located.group;
      where = `${located.file}:${located.line + 1}`;
      if (located.text) name = `${name} | ${located.text}`;
    }
    bySource.set(source, (bySource.get(source) ?? 0) + ms);
    const key = `${where || source}\t${name}`;
    byFunction.set(key, (byFunction.get(key) ?? 0) + ms);
  }
  const busy = total - idle;
  const rank = (map) =>
    [...map.entries()]
      .sort((a, b) => b[1] - a[1])
      .slice(0, top)
      .map(([key, ms]) => ({ key, ms: Math.round(ms), pct: Math.round((ms / busy) * 1000) / 10 }));
  return {
    totalMs: Math.round(total),
    busyMs: Math.round(busy),
    bySource: rank(bySource).map(({ key, ...rest }) => ({ source: key, ...rest })),
    byFunction: rank(byFunction).map(({ key, ...rest }) => {
      const [where, name] = key.split('\t');
      return { where, name, ...rest };
    }),
  };
}

async function locate(maps, distDirs, url, line, column) {
  if (!url) return undefined;
  const entry = Object.entries(distDirs).find(([prefix]) => url.startsWith(prefix));
  if (!entry) return undefined;
  const file = path.join(entry[1], new URL(url).pathname.slice(new URL(entry[0]).pathname.length));
  if (!maps.has(file)) maps.set(file, await loadMap(`${file}.map`));
  const map = maps.get(file);
  if (!map) return undefined;
  const segments = map.lines[line];
  if (!segments) return undefined;
  let found;
  for (const s of segments) {
    if (s[0] > column) break;
    if (s.length >= 4) found = s;
  }
  if (!found) return undefined;
  const source = map.sources[found[1]] ?? '?';
  const original = source.replace(/^(\.\.\/)+/, '').replace(/^\/+/, '');
  const modules = original.lastIndexOf('node_modules/');
  let group = original;
  if (modules >= 0) {
    const parts = original.slice(modules + 'node_modules/'.length).split('/');
    group = `node_modules/${parts[0]?.startsWith('@') ? `${parts[0]}/${parts[1]}` : parts[0]}`;
  }
  const text = map.sourcesContent?.[found[1]]?.split('\n')[found[2]]?.trim().slice(0, 90);
  return { group, file: original, line: found[2], text };
}

async function loadMap(file) {
  let json;
  try {
    json = JSON.parse(await readFile(file, 'utf8'));
  } catch {
    return undefined;
  }
  return { sources: json.sources, sourcesContent: json.sourcesContent, lines: decodeMappings(json.mappings) };
}

const base64 = new Map(
  [...'ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789+/'].map((c, i) => [c, i]),
);

/** Source map "mappings" to, per generated line, [column, source, line, column] absolute segments ([column] alone when unmapped). */
export function decodeMappings(mappings) {
  const lines = [];
  let source = 0;
  let originalLine = 0;
  let originalColumn = 0;
  for (const lineText of mappings.split(';')) {
    const segments = [];
    let column = 0;
    for (const segmentText of lineText.split(',')) {
      if (!segmentText) continue;
      const values = [];
      let value = 0;
      let shift = 0;
      for (const char of segmentText) {
        const digit = base64.get(char);
        value += (digit & 31) << shift;
        if (digit & 32) shift += 5;
        else {
          values.push(value & 1 ? -(value >>> 1) : value >>> 1);
          value = 0;
          shift = 0;
        }
      }
      column += values[0];
      if (values.length >= 4) {
        source += values[1];
        originalLine += values[2];
        originalColumn += values[3];
        segments.push([column, source, originalLine, originalColumn]);
      } else segments.push([column]);
    }
    lines.push(segments);
  }
  return lines;
}

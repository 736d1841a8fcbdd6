// How the card's source is layered: data at the bottom (content/, locales/), then the model, then
// templates and controllers, then the element. Imports point down only, types included, and no
// module reaches itself again through its imports.
import { describe, it } from 'node:test';
import assert from 'node:assert/strict';
import { readdirSync, readFileSync } from 'node:fs';
import { dirname, join, relative } from 'node:path';
import ts from 'typescript';

const SRC = 'src';

function sources(folder = SRC) {
  return readdirSync(folder, { withFileTypes: true }).flatMap((entry) => {
    const path = join(folder, entry.name);
    if (entry.isDirectory()) return sources(path);
    return /\.(ts|js)$/.test(entry.name) && !entry.name.endsWith('.d.ts') ? [path] : [];
  });
}

/** Each module's imports within src/: static, type-only and dynamic alike. */
function importGraph() {
  const graph = new Map();
  for (const file of sources()) {
    const { importedFiles } = ts.preProcessFile(readFileSync(file, 'utf8'), true, false);
    const local = importedFiles
      .map(({ fileName }) => fileName)
      .filter((name) => name.startsWith('.'))
      .map((name) => relative('.', join(dirname(file), name)).replace(/\.js$/, '.ts'))
      .map((path) => (sources().includes(path) ? path : path.replace(/\.ts$/, '.js')));
    graph.set(file, local);
  }
  return graph;
}

const layerOf = (path) => path.split('/')[1];

describe("the card's source", () => {
  const graph = importGraph();

  it('has a model that knows no template, controller or element', () => {
    const upward = [...graph]
      .filter(([file]) => layerOf(file) === 'model')
      .flatMap(([file, imports]) =>
        imports
          .filter((to) => layerOf(to) !== 'model' && !['content', 'locales'].includes(layerOf(to)))
          .map((to) => `${file} → ${to}`),
      );
    assert.deepEqual(upward, []);
  });

  it('has data that imports no code: content/ and locales/ reach only content/ and locales/', () => {
    const upward = [...graph]
      .filter(([file]) => ['content', 'locales'].includes(layerOf(file)))
      .flatMap(([file, imports]) =>
        imports.filter((to) => !['content', 'locales'].includes(layerOf(to))).map((to) => `${file} → ${to}`),
      );
    assert.deepEqual(upward, []);
  });

  it('has no import circle, types included', () => {
    const circles = [];
    const state = new Map();
    const visit = (file, path) => {
      if (state.get(file) === 'done') return;
      if (state.get(file) === 'open') {
        circles.push([...path.slice(path.indexOf(file)), file].join(' → '));
        return;
      }
      state.set(file, 'open');
      for (const next of graph.get(file) ?? []) visit(next, [...path, file]);
      state.set(file, 'done');
    };
    for (const file of graph.keys()) visit(file, []);
    assert.deepEqual(circles, []);
  });
});

// The layer rule of DESIGN.md §2 for the project's own folders: an import is resolved to the folder it
// lands in, and refused unless the importing layer may use that layer. Package imports (node:*, electron,
// better-sqlite3, react…) are handled by no-restricted-imports in eslint.config.mjs.
import { dirname, relative, resolve, sep } from 'node:path';

/** Lowest first. `typesOnly` lists layers the importer may reach with type-only imports alone. */
export const LAYERS = [
  { name: 'engine', dir: 'electron/engine', may: [] },
  { name: 'contract', dir: 'electron/contract', may: ['engine'] },
  { name: 'host', dir: 'electron/host', may: ['engine', 'contract'] },
  { name: 'shell', dir: 'electron/main', may: ['host', 'contract', 'engine'] },
  { name: 'preload', dir: 'electron/preload', may: ['contract'] },
  // DESIGN.md §2: the ui may use the engine "only where a pure parser helps the editor": the PromQL parser and
  // completer (query editors), the Grafana dashboard model (JSON import, variables, time ranges), KQL, and the
  // chat's slash-command usage lines (the composer lists the back end's own).
  {
    name: 'ui',
    dir: 'renderer',
    may: [],
    typesOnly: ['contract'],
    editorHelpers: ['electron/engine/promql/parser', 'electron/engine/promql/complete', 'electron/engine/dashboards', 'electron/engine/logs/kql', 'electron/engine/drill/incident/command-usage'],
  },
];

function isEditorHelper(layer, root, target) {
  const path = relative(root, target).split(sep).join('/');
  return (layer.editorHelpers ?? []).some((dir) => path === dir || path.startsWith(`${dir}/`));
}

function layerOf(root, file) {
  const path = relative(root, file).split(sep).join('/');
  return LAYERS.find((layer) => path === layer.dir || path.startsWith(`${layer.dir}/`));
}

function isTypeOnly(node) {
  if (node.importKind === 'type' || node.exportKind === 'type') return true;
  const specifiers = node.specifiers ?? [];
  return specifiers.length > 0 && specifiers.every((s) => s.importKind === 'type' || s.exportKind === 'type');
}

export const layersRule = {
  meta: {
    type: 'problem',
    docs: { description: 'Imports between the project\'s layers follow DESIGN.md §2' },
    messages: { refused: '{{from}} may not import {{to}} ({{path}}): see DESIGN.md §2' },
    schema: [],
  },
  create(context) {
    const root = context.cwd;
    const file = context.filename;
    const from = layerOf(root, file);
    if (!from) return {};
    const check = (node) => {
      const source = node.source?.value;
      if (typeof source !== 'string' || !source.startsWith('.')) return;
      const to = layerOf(root, resolve(dirname(file), source));
      if (!to || to === from || from.may.includes(to.name)) return;
      if (from.typesOnly?.includes(to.name) && isTypeOnly(node)) return;
      if (isEditorHelper(from, root, resolve(dirname(file), source))) return;
      context.report({ node, messageId: 'refused', data: { from: from.name, to: to.name, path: source } });
    };
    return { ImportDeclaration: check, ExportNamedDeclaration: check, ExportAllDeclaration: check, ImportExpression: check };
  },
};

export const layersPlugin = { rules: { layers: layersRule } };

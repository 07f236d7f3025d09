import { readFileSync, readdirSync, statSync, existsSync } from 'node:fs';
import { dirname, join, relative, resolve } from 'node:path';
import ts from 'typescript';

/**
 * The import graph of `src/`, type-only imports included: `import-x/no-cycle` ignores `import type`, so a
 * circle made of type imports (which still ties two modules' meanings together) would pass the lint.
 * Read with TypeScript's own parser, so every import form counts: `import`, `import type`, `export ... from`
 * and dynamic `import()`.
 */
export function sourceFiles(root: string): string[] {
  const out: string[] = [];
  const walk = (dir: string): void => {
    for (const name of readdirSync(dir)) {
      const path = join(dir, name);
      if (statSync(path).isDirectory()) walk(path);
      else if (/\.tsx?$/.test(name)) out.push(path);
    }
  };
  walk(root);
  return out.sort();
}

function resolveImport(from: string, spec: string): string | null {
  if (!spec.startsWith('.')) return null;
  const base = resolve(dirname(from), spec);
  for (const candidate of [
    base,
    `${base}.ts`,
    `${base}.tsx`,
    join(base, 'index.ts'),
    join(base, 'index.tsx'),
  ]) {
    if (existsSync(candidate) && statSync(candidate).isFile()) return candidate;
  }
  return null;
}

/** Every relative module specifier a file names, whatever the import's kind. */
export function importsOf(path: string): string[] {
  const text = readFileSync(path, 'utf8');
  const file = ts.createSourceFile(path, text, ts.ScriptTarget.Latest, false);
  const specs: string[] = [];
  const visit = (node: ts.Node): void => {
    if (
      (ts.isImportDeclaration(node) || ts.isExportDeclaration(node)) &&
      node.moduleSpecifier &&
      ts.isStringLiteral(node.moduleSpecifier)
    ) {
      specs.push(node.moduleSpecifier.text);
    } else if (
      ts.isCallExpression(node) &&
      node.expression.kind === ts.SyntaxKind.ImportKeyword &&
      node.arguments[0] &&
      ts.isStringLiteral(node.arguments[0])
    ) {
      specs.push(node.arguments[0].text);
    } else if (ts.isImportTypeNode(node) && ts.isLiteralTypeNode(node.argument)) {
      const lit = node.argument.literal;
      if (ts.isStringLiteral(lit)) specs.push(lit.text);
    }
    ts.forEachChild(node, visit);
  };
  visit(file);
  return specs;
}

/**
 * The relative modules a file loads as it is evaluated: its value imports and re-exports, without
 * `import type` (erased) or dynamic `import()` (a chunk of its own, loaded when called).
 */
export function loadedImportsOf(path: string): string[] {
  const text = readFileSync(path, 'utf8');
  const file = ts.createSourceFile(path, text, ts.ScriptTarget.Latest, false);
  const specs: string[] = [];
  for (const node of file.statements) {
    if (
      ts.isImportDeclaration(node) &&
      !node.importClause?.isTypeOnly &&
      ts.isStringLiteral(node.moduleSpecifier)
    ) {
      specs.push(node.moduleSpecifier.text);
    } else if (
      ts.isExportDeclaration(node) &&
      !node.isTypeOnly &&
      node.moduleSpecifier &&
      ts.isStringLiteral(node.moduleSpecifier)
    ) {
      specs.push(node.moduleSpecifier.text);
    }
  }
  return specs;
}

/**
 * Every file of src/ evaluated with `file` (relative to `root`'s parent, itself included): what a page's
 * chunk brings with it, short of what it loads later with `import()`.
 */
export function loadedWith(root: string, file: string): Set<string> {
  const base = dirname(root);
  const seen = new Set<string>();
  const visit = (path: string): void => {
    const rel = relative(base, path);
    if (seen.has(rel)) return;
    seen.add(rel);
    for (const spec of loadedImportsOf(path)) {
      const target = resolveImport(path, spec);
      if (target !== null) visit(target);
    }
  };
  visit(join(base, file));
  return seen;
}

/** The graph: file (relative to `root`'s parent) -> the files it imports. */
export function importGraph(root: string): Map<string, string[]> {
  const base = dirname(root);
  const graph = new Map<string, string[]>();
  for (const file of sourceFiles(root)) {
    const targets = importsOf(file)
      .map((spec) => resolveImport(file, spec))
      .filter((t): t is string => t !== null)
      .map((t) => relative(base, t));
    graph.set(relative(base, file), [...new Set(targets)]);
  }
  return graph;
}

/** Strongly connected components with more than one file (or a file importing itself): the circles. */
export function importCircles(graph: Map<string, string[]>): string[][] {
  let index = 0;
  const indices = new Map<string, number>();
  const low = new Map<string, number>();
  const stack: string[] = [];
  const onStack = new Set<string>();
  const circles: string[][] = [];
  const connect = (v: string): void => {
    indices.set(v, index);
    low.set(v, index);
    index++;
    stack.push(v);
    onStack.add(v);
    for (const w of graph.get(v) ?? []) {
      if (!indices.has(w)) {
        connect(w);
        low.set(v, Math.min(low.get(v)!, low.get(w)!));
      } else if (onStack.has(w)) {
        low.set(v, Math.min(low.get(v)!, indices.get(w)!));
      }
    }
    if (low.get(v) === indices.get(v)) {
      const component: string[] = [];
      let w: string;
      do {
        w = stack.pop()!;
        onStack.delete(w);
        component.push(w);
      } while (w !== v);
      if (component.length > 1 || (graph.get(v) ?? []).includes(v)) circles.push(component.sort());
    }
  };
  for (const v of graph.keys()) if (!indices.has(v)) connect(v);
  return circles;
}

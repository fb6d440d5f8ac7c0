#!/usr/bin/env node
// Writes docs/api.md from the TSDoc of every export of src/index.ts and src/node.ts.
//
//   node scripts/api-docs.mjs           write docs/api.md
//   node scripts/api-docs.mjs --check   exit 1 when docs/api.md is out of date
//
// The TypeScript compiler API follows each re-export to its declaration; the output is grouped by source
// folder (exports of src/node.ts form their own "node" group) and ordered by file, then position, so it is
// deterministic. test/api-docs.test.ts imports `collectApi` and `renderApi` from here.
import { readFileSync, writeFileSync } from "node:fs";
import { dirname, join, relative } from "node:path";
import { fileURLToPath } from "node:url";
import ts from "typescript";

const ROOT = join(dirname(fileURLToPath(import.meta.url)), "..");

/** Folders in reading order (the data flow), then anything else alphabetically. */
export const GROUP_ORDER = [
  "errors", "io", "datasets", "normalize", "employers", "occupations", "wages", "sponsors", "score", "table", "charts", "node",
];

const GROUP_TITLES = {
  errors: "Errors and issues",
  io: "io — text, CSV and output rows",
  datasets: "datasets — canonical records, eras and readers",
  normalize: "normalize — pure, total value normalisers",
  employers: "employers — entity resolution and lookup",
  occupations: "occupations — job titles to SOC codes",
  wages: "wages — the OFLC wage library",
  sponsors: "sponsors — the sponsor index",
  score: "score — sponsorship likelihood",
  table: "table — arquero tables",
  charts: "charts — Vega-Lite specs",
  node: "node — file paths (`oflc-sponsors/node`)",
};

const ENTRIES = [
  { file: "src/index.ts", module: "oflc-sponsors" },
  { file: "src/node.ts", module: "oflc-sponsors/node" },
];

const printer = ts.createPrinter({ removeComments: true, newLine: ts.NewLineKind.LineFeed });

/** Compiler options from tsconfig.json (the project's own settings). */
function compilerOptions(root) {
  const configPath = join(root, "tsconfig.json");
  const config = ts.readConfigFile(configPath, ts.sys.readFile);
  const parsed = ts.parseJsonConfigFileContent(config.config, ts.sys, root);
  return { ...parsed.options, noEmit: true };
}

/** The folder an export belongs to: src/<folder>/…, or the file name for files directly under src/. */
function groupOf(root, fileName, entry) {
  if (entry.file === "src/node.ts") return "node";
  const rel = relative(join(root, "src"), fileName).split(/[\\/]/);
  return rel.length > 1 ? rel[0] : rel[0].replace(/\.ts$/, "");
}

function kindOf(decl) {
  if (ts.isFunctionDeclaration(decl)) return "function";
  if (ts.isClassDeclaration(decl)) return "class";
  if (ts.isInterfaceDeclaration(decl)) return "interface";
  if (ts.isTypeAliasDeclaration(decl)) return "type";
  if (ts.isEnumDeclaration(decl)) return "enum";
  if (ts.isVariableDeclaration(decl)) {
    const init = decl.initializer;
    if (init && (ts.isArrowFunction(init) || ts.isFunctionExpression(init))) return "function";
    return "const";
  }
  return ts.SyntaxKind[decl.kind];
}

/** Print a node without comments, as a one-screen signature. */
function print(node, sf) {
  return printer.printNode(ts.EmitHint.Unspecified, node, sf).trim().replace(/import\("[^"]+"\)\./g, "");
}

function isZodInitializer(init, sf) {
  return init !== undefined && /^z\s*\./.test(init.getText(sf));
}

/** The signature of one declaration: bodies dropped, private class members left out. */
function signatureOf(decl, checker) {
  const sf = decl.getSourceFile();
  const f = ts.factory;
  if (ts.isFunctionDeclaration(decl)) {
    const mods = (decl.modifiers ?? []).filter((m) => m.kind !== ts.SyntaxKind.ExportKeyword && m.kind !== ts.SyntaxKind.DefaultKeyword);
    const node = f.updateFunctionDeclaration(decl, mods, decl.asteriskToken, decl.name, decl.typeParameters, decl.parameters, decl.type, undefined);
    return print(node, sf).replace(/;$/, "");
  }
  if (ts.isClassDeclaration(decl)) {
    const members = decl.members
      .filter((m) => !(ts.getCombinedModifierFlags(m) & (ts.ModifierFlags.Private | ts.ModifierFlags.Protected)))
      .filter((m) => !(m.name && ts.isPrivateIdentifier(m.name)))
      .map((m) => {
        if (ts.isMethodDeclaration(m)) return f.updateMethodDeclaration(m, m.modifiers, m.asteriskToken, m.name, m.questionToken, m.typeParameters, m.parameters, m.type, undefined);
        if (ts.isConstructorDeclaration(m)) return f.updateConstructorDeclaration(m, m.modifiers, m.parameters, undefined);
        if (ts.isPropertyDeclaration(m)) {
          const type = m.type ?? checker.typeToTypeNode(checker.getTypeAtLocation(m), undefined, ts.NodeBuilderFlags.None);
          return f.updatePropertyDeclaration(m, m.modifiers, m.name, m.questionToken ?? m.exclamationToken, type, undefined);
        }
        if (ts.isGetAccessorDeclaration(m)) return f.updateGetAccessorDeclaration(m, m.modifiers, m.name, m.parameters, m.type, undefined);
        return m;
      });
    const mods = (decl.modifiers ?? []).filter((m) => m.kind !== ts.SyntaxKind.ExportKeyword);
    return print(f.updateClassDeclaration(decl, mods, decl.name, decl.typeParameters, decl.heritageClauses, members), sf);
  }
  if (ts.isInterfaceDeclaration(decl) || ts.isTypeAliasDeclaration(decl) || ts.isEnumDeclaration(decl)) {
    const mods = (decl.modifiers ?? []).filter((m) => m.kind !== ts.SyntaxKind.ExportKeyword);
    if (ts.isInterfaceDeclaration(decl)) return print(f.updateInterfaceDeclaration(decl, mods, decl.name, decl.typeParameters, decl.heritageClauses, decl.members), sf);
    if (ts.isTypeAliasDeclaration(decl)) {
      const text = print(f.updateTypeAliasDeclaration(decl, mods, decl.name, decl.typeParameters, decl.type), sf);
      // A type derived from a zod schema (`z.input<typeof Schema>`) says little; show what it expands to.
      if (!/^z\.(input|output|infer)</.test(decl.type.getText(sf))) return text;
      const flags = ts.NodeBuilderFlags.NoTruncation | ts.NodeBuilderFlags.MultilineObjectLiterals | ts.NodeBuilderFlags.InTypeAlias;
      const node = checker.typeToTypeNode(checker.getTypeAtLocation(decl.name), decl, flags);
      return node ? `${text}\n// expands to:\n${print(node, sf)}` : text;
    }
    return print(f.updateEnumDeclaration(decl, mods, decl.name, decl.members), sf);
  }
  if (ts.isVariableDeclaration(decl)) {
    const name = decl.name.getText(sf);
    const init = decl.initializer;
    if (decl.type) return `const ${name}: ${print(decl.type, sf)}`;
    if (init && (ts.isArrowFunction(init) || ts.isFunctionExpression(init))) {
      const fn = f.createFunctionDeclaration(undefined, undefined, name, init.typeParameters, init.parameters, init.type, undefined);
      return print(fn, sf).replace(/;$/, "").replace(/^function /, `const ${name} = function `);
    }
    const type = checker.getTypeAtLocation(decl);
    if (isZodInitializer(init, sf) || /^(z\.)?Zod/.test(checker.typeToString(type))) return `const ${name} = ${print(init, sf)}`;
    return `const ${name}: ${checker.typeToString(type, decl, ts.TypeFormatFlags.NoTypeReduction)}`;
  }
  return print(decl, sf);
}

/** Overloaded functions: the overload signatures only, not the implementation's. */
function withoutImplementations(decls) {
  const overloaded = decls.some((d) => ts.isFunctionDeclaration(d) && d.body === undefined);
  return overloaded ? decls.filter((d) => !(ts.isFunctionDeclaration(d) && d.body !== undefined)) : decls;
}

/** Summary text and `@example` blocks of a declaration's own TSDoc comment. */
function docsOf(decl) {
  const host = ts.isVariableDeclaration(decl) ? decl.parent.parent : decl;
  const docs = ts.getJSDocCommentsAndTags(host).filter((d) => ts.isJSDoc(d));
  const doc = docs[docs.length - 1];
  if (!doc) return { summary: "", examples: [], deprecated: null };
  const text = (c) => (typeof c === "string" ? c : c ? ts.getTextOfJSDocComment(c) ?? "" : "");
  const summary = text(doc.comment).trim();
  const examples = [];
  let deprecated = null;
  for (const tag of doc.tags ?? []) {
    if (tag.tagName.text === "example") examples.push(exampleText(tag));
    if (tag.tagName.text === "deprecated") deprecated = text(tag.comment).trim();
  }
  return { summary, examples, deprecated };
}

/** An `@example` tag's code as written (the compiler's own text drops `{@link}`-looking braces). */
function exampleText(tag) {
  const sf = tag.getSourceFile();
  const raw = sf.text.slice(tag.getStart(sf), tag.getEnd());
  return raw
    .split("\n")
    .map((line, i) => (i === 0 ? line.replace(/^@example\s?/, "") : line.replace(/^\s*\*(?: |$)/, "")))
    .join("\n")
    .replace(/\s*\*?\/?\s*$/, "")
    .replace(/^\n+/, "")
    .replace(/^```\w*\n([\s\S]*?)\n```$/, "$1");
}

/**
 * Every public export: name, module, group, kinds, file, signatures, TSDoc summary and examples.
 * A name that is both a value and a type (a zod schema and its output type) is one entry.
 */
export function collectApi(root = ROOT) {
  const program = ts.createProgram(ENTRIES.map((e) => join(root, e.file)), compilerOptions(root));
  const checker = program.getTypeChecker();
  const out = [];
  for (const entry of ENTRIES) {
    const sf = program.getSourceFile(join(root, entry.file));
    const moduleSymbol = checker.getSymbolAtLocation(sf);
    for (const exported of checker.getExportsOfModule(moduleSymbol)) {
      const target = exported.flags & ts.SymbolFlags.Alias ? checker.getAliasedSymbol(exported) : exported;
      // `export { type X }` publishes only the type side of a name that is also a (private) value.
      const typeOnly = (exported.declarations ?? []).some((d) => ts.isExportSpecifier(d) && (d.isTypeOnly || d.parent.parent.isTypeOnly));
      const decls = (target.declarations ?? [])
        .filter((d) => !ts.isSourceFile(d))
        .filter((d) => !typeOnly || ts.isInterfaceDeclaration(d) || ts.isTypeAliasDeclaration(d));
      if (decls.length === 0) continue;
      const first = decls[0];
      const file = relative(root, first.getSourceFile().fileName).split("\\").join("/");
      const declDocs = decls.map(docsOf);
      const withSummary = declDocs.find((d) => d.summary !== "");
      out.push({
        name: exported.name,
        module: entry.module,
        group: groupOf(root, first.getSourceFile().fileName, entry),
        file,
        pos: first.getStart(),
        kinds: [...new Set(decls.map(kindOf))],
        signatures: withoutImplementations(decls).map((d) => signatureOf(d, checker)),
        summary: withSummary ? withSummary.summary : "",
        examples: declDocs.flatMap((d) => d.examples),
        deprecated: declDocs.find((d) => d.deprecated !== null)?.deprecated ?? null,
      });
    }
  }
  const rank = (g) => {
    const i = GROUP_ORDER.indexOf(g);
    return i === -1 ? GROUP_ORDER.length : i;
  };
  return out.sort((a, b) => rank(a.group) - rank(b.group) || a.group.localeCompare(b.group) || a.file.localeCompare(b.file) || a.pos - b.pos || a.name.localeCompare(b.name));
}

/** GitHub-style heading anchors, numbered when two headings share one (`wagelevels`, `wagelevels-1`). */
function anchors(entries) {
  const seen = new Map();
  return entries.map((e) => {
    const base = e.name.toLowerCase().replace(/[^a-z0-9_-]+/g, "");
    const n = seen.get(base) ?? 0;
    seen.set(base, n + 1);
    return n === 0 ? base : `${base}-${n}`;
  });
}

/** docs/api.md as a string. */
export function renderApi(entries = collectApi()) {
  const groups = [...new Set(entries.map((e) => e.group))];
  const list = anchors(entries);
  const ids = new Map(entries.map((e, i) => [e, list[i]]));
  const byName = new Map(entries.map((e) => [e.name, ids.get(e)]));
  // `{@link Name}` → a link to its entry when Name is an export here, else the name in code style.
  const links = (text) =>
    text.replace(/\{@link\s+([\w$.]+)(?:\s*\|\s*([^}]+)|\s+([^}]+))?\}/g, (_m, name, pipe, space) => {
      const label = (pipe ?? space ?? "").trim() || `\`${name}\``;
      const id = byName.get(name);
      return id ? `[${label}](#${id})` : label;
    });
  const lines = [
    "# API reference",
    "",
    "<!-- Generated by scripts/api-docs.mjs from the TSDoc in src/. Do not edit by hand: run `node scripts/api-docs.mjs`. -->",
    "",
    "Every export of `oflc-sponsors` (platform-neutral) and `oflc-sponsors/node` (file paths), grouped by the",
    "source folder that declares it. Each `@example` here is executed by the TSDoc example tests",
    "(`src/*/tsdoc-examples.test.ts`), and every `expr; // => value` line in it is checked.",
    "",
  ];
  for (const g of groups) {
    const names = entries.filter((e) => e.group === g).map((e) => `[\`${e.name}\`](#${ids.get(e)})`);
    lines.push(`- **${GROUP_TITLES[g] ?? g}**: ${names.join(", ")}`);
  }
  for (const g of groups) {
    lines.push("", `## ${GROUP_TITLES[g] ?? g}`);
    for (const e of entries.filter((x) => x.group === g)) {
      lines.push("", `### ${e.name}`, "", `${e.kinds.join(" + ")} · \`import { ${e.name} } from "${e.module}"\` · [${e.file}](../${e.file})`, "");
      lines.push("```ts", ...e.signatures.join("\n\n").split("\n"), "```");
      if (e.deprecated !== null) lines.push("", `**Deprecated.** ${links(e.deprecated)}`.trim());
      if (e.summary) lines.push("", links(e.summary));
      for (const ex of e.examples) lines.push("", "```ts", ex, "```");
    }
  }
  return `${lines.join("\n")}\n`;
}

const isMain = process.argv[1] && fileURLToPath(import.meta.url) === process.argv[1];
if (isMain) {
  const target = join(ROOT, "docs", "api.md");
  const text = renderApi();
  if (process.argv.includes("--check")) {
    const current = readFileSync(target, "utf8");
    if (current !== text) {
      process.stderr.write("docs/api.md is out of date: run `node scripts/api-docs.mjs`\n");
      process.exit(1);
    }
  } else {
    writeFileSync(target, text);
  }
}

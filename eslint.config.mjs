// Lint rules for the whole repository, `npm run lint`. Besides the usual TypeScript, React hooks
// and Next.js rules, it enforces the layers README.md describes, so they cannot drift:
// - src/domain imports nothing from src/server, src/ui, src/app or src/generated, nor Next.js,
//   React, Prisma, the file system or process.env;
// - src/server imports nothing from src/ui or src/app;
// - a client component (a file that starts with 'use client') imports no src/server code and no
//   server-only.
// tests/unit/lint/layers.test.ts proves each of these is reported.
import { dirname, isAbsolute, relative, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import js from '@eslint/js';
import nextPlugin from '@next/eslint-plugin-next';
import reactHooks from 'eslint-plugin-react-hooks';
import globals from 'globals';
import tseslint from 'typescript-eslint';

const root = dirname(fileURLToPath(import.meta.url));
const serverFolder = resolve(root, 'src/server');

/** Import paths that climb out of the current folder or use the @/ alias into one of `folders`. */
const intoFolders = (folders) => `^(@/|(\\.\\./)+)(${folders.join('|')})(/|$)`;

const domainImports = [
  { regex: intoFolders(['server', 'ui', 'app', 'generated']), message: 'src/domain is plain TypeScript: move what it needs into src/domain, or move this code to src/server.' },
  { regex: '^(next|react|react-dom)(/|$)', message: 'src/domain knows no framework: keep Next.js and React in src/app, src/ui and src/server.' },
  { regex: '^@prisma(/|$)', message: 'src/domain has no database: queries live in src/server/db.' },
  { regex: '^(node:)?fs(/|$)', message: 'src/domain reads no files: src/server/content reads them and hands the text over.' },
  { regex: '^server-only$', message: 'src/domain runs anywhere; server-only code belongs in src/server.' },
];

const serverImports = [{ regex: intoFolders(['ui', 'app']), message: 'src/server does not depend on components or routes: move the shared shape to src/domain.' }];

/** Where an import specifier points inside the repository, or undefined for a package. */
function resolveSpecifier(specifier, filename) {
  if (specifier.startsWith('@/')) return resolve(root, 'src', specifier.slice(2));
  if (specifier.startsWith('.')) return resolve(dirname(filename), specifier);
  return undefined;
}

const isInside = (file, folder) => {
  const path = relative(folder, file);
  return path === '' || (!path.startsWith('..') && !isAbsolute(path));
};

/** Client components run in the browser: server code there would leak secrets or fail to build. */
const clientImportsNoServer = {
  meta: {
    type: 'problem',
    docs: { description: "A 'use client' file imports no src/server code and no server-only." },
    schema: [],
    messages: {
      server: "A client component cannot import '{{specifier}}' from src/server: let the page or a server action call it and pass the result in as props.",
      serverOnly: "A client component cannot import 'server-only': this file runs in the browser.",
    },
  },
  create(context) {
    const isClientComponent = context.sourceCode.ast.body.some(
      (statement, index, body) => statement.type === 'ExpressionStatement' && statement.directive === 'use client' && body.slice(0, index).every((before) => before.directive),
    );
    if (!isClientComponent) return {};
    const check = (source) => {
      if (!source || source.type !== 'Literal' || typeof source.value !== 'string') return;
      const specifier = source.value;
      if (specifier === 'server-only') return context.report({ node: source, messageId: 'serverOnly' });
      const target = resolveSpecifier(specifier, context.filename);
      if (target && isInside(target, serverFolder)) context.report({ node: source, messageId: 'server', data: { specifier } });
    };
    return {
      ImportDeclaration: (node) => check(node.source),
      ExportNamedDeclaration: (node) => check(node.source),
      ExportAllDeclaration: (node) => check(node.source),
      ImportExpression: (node) => check(node.source),
    };
  },
};

const layers = { rules: { 'client-imports-no-server': clientImportsNoServer } };

export default tseslint.config(
  { ignores: ['.next/**', 'bench/reference/.next/**', 'node_modules/**', 'src/generated/**', 'data/**', 'tests/.tmp/**', 'next-env.d.ts'] },
  js.configs.recommended,
  tseslint.configs.recommended,
  {
    files: ['**/*.{ts,tsx,mts,cts}'],
    rules: {
      // Names starting with an underscore are kept on purpose (an action's unused previous state).
      '@typescript-eslint/no-unused-vars': ['error', { argsIgnorePattern: '^_', varsIgnorePattern: '^_', destructuredArrayIgnorePattern: '^_', ignoreRestSiblings: true }],
    },
  },
  {
    files: ['**/*.{js,mjs,cjs}'],
    languageOptions: { globals: globals.node },
  },
  {
    files: ['src/**/*.{ts,tsx}'],
    plugins: { 'react-hooks': reactHooks, '@next/next': nextPlugin, layers },
    rules: {
      ...reactHooks.configs.flat.recommended.rules,
      ...nextPlugin.configs.recommended.rules,
      ...nextPlugin.configs['core-web-vitals'].rules,
      'layers/client-imports-no-server': 'error',
    },
    settings: { next: { rootDir: root } },
  },
  {
    files: ['src/domain/**/*.{ts,tsx}'],
    rules: {
      'no-restricted-imports': ['error', { patterns: domainImports }],
      'no-restricted-globals': ['error', { name: 'process', message: 'src/domain reads no environment: src/server/env.ts parses it and passes values in.' }],
    },
  },
  {
    files: ['src/server/**/*.{ts,tsx}'],
    rules: { 'no-restricted-imports': ['error', { patterns: serverImports }] },
  },
);

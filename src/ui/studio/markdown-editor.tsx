'use client';

import { markdown } from '@codemirror/lang-markdown';
import { yamlFrontmatter } from '@codemirror/lang-yaml';
import { lintGutter, setDiagnostics, type Diagnostic } from '@codemirror/lint';
import { EditorView, basicSetup } from 'codemirror';
import { EditorSelection } from '@codemirror/state';
import { useEffect, useImperativeHandle, useRef, type Ref } from 'react';
import type { DraftIssue } from '@/domain/studio/draft-check';

/** What the issue list asks of an editor: put the cursor on a problem and show it. */
export type MarkdownEditorHandle = { goTo(line: number, column: number): void };

type MarkdownEditorProps = {
  value: string;
  onChange: (text: string) => void;
  issues: readonly DraftIssue[];
  /** The editor's accessible name, e.g. "中文 (zh-CN)". */
  label: string;
  lang: string;
  ref?: Ref<MarkdownEditorHandle>;
};

/** Turns a 1-based line and column into a document offset, clamped to the text. */
function offsetOf(view: EditorView, line: number, column: number): number {
  const doc = view.state.doc;
  const at = doc.line(Math.min(Math.max(line, 1), doc.lines));
  return Math.min(at.from + Math.max(column - 1, 0), at.to);
}

/** The checker's problems as CodeMirror diagnostics: from the column to the end of that line. */
function toDiagnostics(view: EditorView, issues: readonly DraftIssue[]): Diagnostic[] {
  return issues.map((issue) => {
    const from = offsetOf(view, issue.line, issue.column);
    const to = Math.max(view.state.doc.lineAt(from).to, from);
    return { from, to, severity: issue.severity, message: issue.message };
  });
}

/**
 * A scenario file in CodeMirror 6: Markdown with its YAML front matter highlighted, line numbers,
 * and the checker's problems in the gutter and underlined. The text belongs to the parent: this
 * reports every change and takes the problems back.
 */
export function MarkdownEditor({ value, onChange, issues, label, lang, ref }: MarkdownEditorProps) {
  const host = useRef<HTMLDivElement>(null);
  const view = useRef<EditorView | null>(null);
  const latestChange = useRef(onChange);
  useEffect(() => {
    latestChange.current = onChange;
  });

  useEffect(() => {
    const editor = new EditorView({
      parent: host.current!,
      doc: value,
      extensions: [
        basicSetup,
        yamlFrontmatter({ content: markdown() }),
        lintGutter(),
        EditorView.lineWrapping,
        EditorView.contentAttributes.of({ 'aria-label': label, lang, spellcheck: 'false' }),
        EditorView.updateListener.of((update) => {
          if (update.docChanged) latestChange.current(update.state.doc.toString());
        }),
      ],
    });
    view.current = editor;
    return () => {
      editor.destroy();
      view.current = null;
    };
    // The editor is made once; later values arrive through the effect below.
    // eslint-disable-next-line react-hooks/exhaustive-deps
  }, []);

  // A text set from outside (a restored revision, the other admin's text) replaces the document.
  useEffect(() => {
    const editor = view.current;
    if (!editor || editor.state.doc.toString() === value) return;
    editor.dispatch({ changes: { from: 0, to: editor.state.doc.length, insert: value } });
  }, [value]);

  useEffect(() => {
    const editor = view.current;
    if (editor) editor.dispatch(setDiagnostics(editor.state, toDiagnostics(editor, issues)));
  }, [issues]);

  useImperativeHandle(ref, () => ({
    goTo(line, column) {
      const editor = view.current;
      if (!editor) return;
      const at = offsetOf(editor, line, column);
      editor.dispatch({ selection: EditorSelection.cursor(at), effects: EditorView.scrollIntoView(at, { y: 'center' }) });
      editor.focus();
    },
  }));

  return <div className="studio-codemirror" ref={host} />;
}

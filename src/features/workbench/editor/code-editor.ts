/**
 * The CodeMirror 6 view of the workbench, outside React: one view, one editor state per file (switching files
 * keeps each file's text, selection and undo history), the findings as lint diagnostics.
 *
 * Strict CSP (style-src 'self', no nonce on a static host): CodeMirror writes its styles with style-mod, which
 * puts them in a <style> element when the editor is in the document, and the policy blocks that. Inside a
 * shadow root, style-mod uses a constructed stylesheet (adoptedStyleSheets) instead, which the policy does not
 * govern, so the view lives in an open shadow root of its host. The page's stylesheets do not reach inside it,
 * but the theme's custom properties are inherited: the theme below is made of them only.
 */
import { defaultKeymap, history, historyKeymap, indentWithTab } from '@codemirror/commands';
import { yaml } from '@codemirror/lang-yaml';
import { HighlightStyle, StreamLanguage, syntaxHighlighting } from '@codemirror/language';
import { dockerFile } from '@codemirror/legacy-modes/mode/dockerfile';
import { lintGutter, setDiagnostics } from '@codemirror/lint';
import { EditorState, type Extension } from '@codemirror/state';
import { EditorView, highlightActiveLine, keymap, lineNumbers } from '@codemirror/view';
import { tags } from '@lezer/highlight';
import type { Finding } from '../finding';
import { type DiagnosticLabels, toDiagnostics } from './diagnostics';
import { fileKind } from './file-kind';

const highlight = HighlightStyle.define([
  { tag: [tags.keyword, tags.definitionKeyword, tags.modifier], color: 'var(--code-keyword)' },
  { tag: [tags.string, tags.special(tags.string)], color: 'var(--code-string)' },
  { tag: [tags.comment, tags.lineComment, tags.blockComment], color: 'var(--code-comment)', fontStyle: 'italic' },
  { tag: [tags.number, tags.bool, tags.null, tags.atom], color: 'var(--code-constant)' },
  { tag: [tags.variableName, tags.propertyName, tags.definition(tags.propertyName)], color: 'var(--code-function)' },
  { tag: [tags.punctuation, tags.separator, tags.bracket, tags.operator], color: 'var(--code-punctuation)' },
  { tag: [tags.meta, tags.labelName, tags.typeName], color: 'var(--code-parameter)' },
]);

const theme = EditorView.theme({
  '&': {
    color: 'var(--code-fg)',
    backgroundColor: 'var(--c-code-bg)',
    border: '1px solid var(--c-border)',
    borderRadius: 'var(--radius)',
    // 16px: a phone does not zoom into the editor when it takes the focus.
    fontSize: '16px',
    height: 'min(24rem, 60vh)',
  },
  '&.cm-focused': { outline: '3px solid var(--focus)', outlineOffset: '2px' },
  '.cm-scroller': { fontFamily: 'var(--font-mono)', lineHeight: '1.5', overflow: 'auto' },
  '.cm-content': { caretColor: 'var(--c-fg)' },
  '.cm-cursor, .cm-dropCursor': { borderLeftColor: 'var(--c-fg)' },
  '.cm-gutters': {
    backgroundColor: 'var(--c-surface)',
    color: 'var(--c-muted)',
    borderRight: '1px solid var(--c-border)',
  },
  '.cm-activeLine': { backgroundColor: 'transparent', boxShadow: 'inset 0 0 0 1px var(--c-border)' },
  '&.cm-focused > .cm-scroller > .cm-selectionLayer .cm-selectionBackground, .cm-selectionBackground, ::selection': {
    backgroundColor: 'var(--c-mark)',
  },
  '.cm-tooltip': {
    backgroundColor: 'var(--c-bg)',
    color: 'var(--c-fg)',
    border: '1px solid var(--c-border)',
    maxWidth: 'min(30rem, 90vw)',
  },
  '.cm-tooltip a, .cm-panel a': { color: 'var(--c-accent)' },
  '.cm-diagnostic-error': { borderLeftColor: 'var(--c-danger)' },
  '.cm-diagnostic-warning': { borderLeftColor: 'var(--c-warning)' },
  '.cm-diagnostic-info': { borderLeftColor: 'var(--c-accent)' },
  '.cm-lintRange-error': { backgroundImage: 'none', textDecoration: 'underline wavy var(--c-danger)' },
  '.cm-lintRange-warning': { backgroundImage: 'none', textDecoration: 'underline wavy var(--c-warning)' },
  '.cm-lintRange-info': { backgroundImage: 'none', textDecoration: 'underline dotted var(--c-accent)' },
  '.cm-panels': { backgroundColor: 'var(--c-surface)', color: 'var(--c-fg)' },
});

function languageOf(path: string): Extension {
  const kind = fileKind(path);
  if (kind === 'dockerfile') return StreamLanguage.define(dockerFile);
  if (kind === 'compose' || kind === 'yaml') return yaml();
  return [];
}

export interface CodeEditorOptions {
  /** The accessible name of the editor for a file (« Éditeur : Dockerfile »). */
  label: (path: string) => string;
  /** Read by screen readers with the name: how to leave the editor. */
  keysHint: string;
  diagnostics: DiagnosticLabels;
  /** Every change of a file's text (the caller debounces the saving). */
  onChange: (path: string, text: string) => void;
}

export interface CodeEditor {
  /** Shows a file; its text is taken only the first time (afterwards the editor's own state is kept). */
  open(path: string, text: string): void;
  /** Shows the findings of the open file at their lines. */
  showFindings(findings: readonly Finding[]): void;
  /** The text of a file as edited, or undefined when it was never opened. */
  textOf(path: string): string | undefined;
  focus(): void;
  destroy(): void;
}

export function createCodeEditor(host: HTMLElement, options: CodeEditorOptions): CodeEditor {
  const root = host.shadowRoot ?? host.attachShadow({ mode: 'open' });
  const hint = document.createElement('span');
  hint.id = 'workbench-editor-keys';
  hint.className = 'cm-hint';
  hint.textContent = options.keysHint;
  // Read with the editor's name, not shown (the page says it above the editor). Styled through the CSSOM, which the
  // strict CSP allows: the theme's rules reach only inside the editor's element, and the hint is beside it, where it
  // would otherwise take a line of its own under the editor.
  Object.assign(hint.style, {
    position: 'absolute',
    width: '1px',
    height: '1px',
    overflow: 'hidden',
    clipPath: 'inset(50%)',
    whiteSpace: 'nowrap',
  });
  const states = new Map<string, EditorState>();
  let current: string | null = null;

  function stateFor(path: string, text: string): EditorState {
    return EditorState.create({
      doc: text,
      extensions: [
        lineNumbers(),
        history(),
        highlightActiveLine(),
        lintGutter(),
        languageOf(path),
        syntaxHighlighting(highlight),
        theme,
        // Tab indents; Escape then Tab (CodeMirror's tab focus mode) moves the focus out of the editor.
        keymap.of([...defaultKeymap, ...historyKeymap, indentWithTab]),
        EditorView.contentAttributes.of({
          'aria-label': options.label(path),
          'aria-describedby': hint.id,
          'aria-multiline': 'true',
        }),
        EditorView.updateListener.of((update) => {
          if (update.docChanged) options.onChange(path, update.state.doc.toString());
        }),
      ],
    });
  }

  const view = new EditorView({ root, parent: root });
  root.append(hint);

  return {
    open(path, text) {
      if (current !== null) states.set(current, view.state);
      current = path;
      let state = states.get(path);
      if (!state) {
        state = stateFor(path, text);
        states.set(path, state);
      }
      view.setState(state);
    },
    showFindings(findings) {
      view.dispatch(setDiagnostics(view.state, toDiagnostics(view.state.doc, findings, options.diagnostics)));
    },
    textOf(path) {
      if (path === current) return view.state.doc.toString();
      return states.get(path)?.doc.toString();
    },
    focus() {
      view.focus();
    },
    destroy() {
      view.destroy();
      hint.remove();
    },
  };
}

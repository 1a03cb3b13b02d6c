/**
 * The notes margin's webview: the messages between the extension and the webview script, and the
 * page (strict CSP: scripts only from the extension's dist folder with a nonce, no inline handlers,
 * user text set as text by the script, never as HTML). Pure: no `vscode` import.
 */
import type { LineRange } from './margin';
import { escapeHtml } from './export/html';

/** One balloon: an annotation placed in the visible part of the document. */
export interface MarginItem {
  id: string;
  /** The line where the passage starts, and the display width before it in that line. */
  line: number;
  column: number;
  tag: string | null;
  /** `policyAnnotator.annotation.<colorKey>Background`. */
  colorKey: string;
  note: string;
  author: string;
  /** The day it was last changed (YYYY-MM-DD). */
  date: string;
  link: string | null;
  /** The passage, clipped. */
  quote: string;
}

/** Extension → webview: what the margin shows now. */
export interface MarginUpdate {
  type: 'update';
  uri: string;
  /** The editor's visible lines (with the width of a first line's part scrolled out above). */
  ranges: LineRange[];
  /** The display width of each visible line, in the order of `ranges`. */
  widths: number[];
  lineHeight: number;
  /** Whether the editor wraps lines (then the rows of a line are estimated). */
  wrap: boolean;
  /** Pixels between the top of the editor group and the first line (the breadcrumbs, editor padding). */
  topOffset: number;
  /** The last line of the document is visible. */
  endsInView: boolean;
  items: MarginItem[];
  above: { count: number; nearest: string | null };
  below: { count: number; nearest: string | null };
  /** Annotations whose passage is no longer in the text. */
  orphans: number;
  /** The tags offered when a balloon is edited. */
  tags: string[];
  /** Shown instead of balloons (no document, no notes in it). */
  message: string | null;
}

/** Webview → extension (tests send the same messages through `receive`). */
export type MarginMessage =
  | { type: 'ready' }
  | { type: 'reveal'; id: string }
  | { type: 'edit'; id: string; note: string; tag: string | null }
  | { type: 'delete'; id: string }
  | { type: 'openLink'; id: string }
  | { type: 'rendered'; uri: string; placed: { id: string; top: number; height: number }[]; columns: number };

/** The webview's words, translated by the extension. */
export interface MarginLabels {
  edit: string;
  delete: string;
  save: string;
  cancel: string;
  confirmDelete: string;
  yes: string;
  no: string;
  above: string;
  below: string;
  orphans: string;
  noTag: string;
  saveHint: string;
}

export function marginHtml(o: { cspSource: string; nonce: string; scriptUri: string; lang: string; title: string; labels: MarginLabels }): string {
  const esc = escapeHtml;
  const csp = [`default-src 'none'`, `script-src 'nonce-${o.nonce}'`, `style-src ${o.cspSource} 'nonce-${o.nonce}'`, `font-src ${o.cspSource}`].join('; ');
  return `<!DOCTYPE html>
<html lang="${esc(o.lang)}">
<head>
<meta charset="UTF-8">
<meta http-equiv="Content-Security-Policy" content="${csp}">
<meta name="viewport" content="width=device-width, initial-scale=1.0">
<title>${esc(o.title)}</title>
<style nonce="${esc(o.nonce)}">
html,body{margin:0;padding:0;height:100%;overflow:hidden}
body{font-family:var(--vscode-font-family);font-size:var(--vscode-font-size);color:var(--vscode-foreground);background:var(--vscode-editor-background)}
#lane{position:relative;height:100%;overflow-y:auto;overflow-x:hidden}
#balloons{position:absolute;top:0;left:0;right:0}
.balloon{position:absolute;left:6px;right:8px;box-sizing:border-box;padding:4px 8px 6px;border-radius:4px;border:1px solid var(--vscode-editorWidget-border,var(--vscode-panel-border,#8884));border-left:4px solid var(--tag-color);background:linear-gradient(var(--tag-color),var(--tag-color)),var(--vscode-editorWidget-background,var(--vscode-editor-background));cursor:pointer;transition:top .08s ease-out}
.balloon:hover,.balloon:focus-within{outline:1px solid var(--vscode-focusBorder)}
.balloon .head{display:flex;gap:6px;align-items:baseline;font-size:90%;color:var(--vscode-descriptionForeground)}
.balloon .tag{font-weight:600;color:var(--vscode-foreground)}
.balloon .actions{margin-left:auto;display:flex;gap:2px;visibility:hidden}
.balloon:hover .actions,.balloon:focus-within .actions{visibility:visible}
.balloon .quote{font-size:85%;color:var(--vscode-descriptionForeground);white-space:nowrap;overflow:hidden;text-overflow:ellipsis;border-left:2px solid var(--vscode-textBlockQuote-border,#8884);padding-left:4px;margin:2px 0}
.balloon .note{white-space:pre-wrap;overflow-wrap:anywhere;margin-top:2px}
.balloon a{color:var(--vscode-textLink-foreground)}
.balloon textarea,.balloon select{width:100%;box-sizing:border-box;font:inherit;color:var(--vscode-input-foreground);background:var(--vscode-input-background);border:1px solid var(--vscode-input-border,transparent);margin-top:4px}
.balloon textarea{min-height:5em;resize:vertical}
button{font:inherit;font-size:90%;padding:1px 8px;border:none;cursor:pointer;color:var(--vscode-button-secondaryForeground);background:var(--vscode-button-secondaryBackground)}
button.primary{color:var(--vscode-button-foreground);background:var(--vscode-button-background)}
.buttons{display:flex;gap:6px;margin-top:4px;align-items:center}
.hint{font-size:85%;color:var(--vscode-descriptionForeground)}
.edge{position:fixed;z-index:2;left:0;right:0;text-align:center;font-size:85%;padding:2px;cursor:pointer;color:var(--vscode-descriptionForeground);background:var(--vscode-editor-background)}
.edge:hover{color:var(--vscode-textLink-foreground)}
#above{top:0}
#below{bottom:0}
#message,#orphans{padding:8px 12px;color:var(--vscode-descriptionForeground)}
#orphans{position:fixed;bottom:1.6em;left:0;right:0;font-size:85%}
body.vscode-high-contrast .balloon,body.vscode-high-contrast-light .balloon{border-left-color:var(--vscode-contrastBorder)}
</style>
</head>
<body data-labels="${esc(JSON.stringify(o.labels))}">
<div id="lane">
<div id="above" class="edge" role="button" tabindex="0" hidden></div>
<div id="message" hidden></div>
<div id="balloons"></div>
<div id="orphans" hidden></div>
<div id="below" class="edge" role="button" tabindex="0" hidden></div>
</div>
<script nonce="${esc(o.nonce)}" src="${esc(o.scriptUri)}"></script>
</body>
</html>
`;
}

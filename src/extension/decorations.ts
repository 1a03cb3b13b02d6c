/**
 * Highlights: decoration types are created once with theme colours from `contributes.colors`;
 * every visible editor is rendered from the cached analysis (findings) and the annotation store
 * (the user's annotations in their tag's colour). Never runs the analysis nor changes the store.
 *
 * A document with many findings (a 2 MB report has tens of thousands) draws only the lines around
 * what is visible, and draws again when the view scrolls out of them: the editor then moves and
 * paints a few hundred decorations per keystroke instead of all. An editor is not sent ranges it
 * already shows for the same document version.
 */
import * as vscode from 'vscode';
import { Disposable } from './lifecycle';
import { config, enabledKinds, Settings } from './settings';
import type { AnalysisService } from './analysisService';
import type { AnnotationStore } from './annotationStore';
import { TAG_COLOR_NAMES, tagColorKey } from './annotationTags';
import type { FindingKind } from '../core/findings';
import type { Span } from '../core/types';
import { insideWindow, sameSpans, spansIn, windowAround, WINDOW_MIN_FINDINGS, type LineWindow } from '../core/drawWindow';

/** What an editor was last sent: per kind the spans, for one document version and line window. */
interface Drawn {
  version: number;
  window: LineWindow | null;
  spans: Partial<Record<FindingKind, readonly Span[]>>;
}

const lineWindows = (editor: vscode.TextEditor): LineWindow[] => editor.visibleRanges.map((r) => ({ firstLine: r.start.line, lastLine: r.end.line }));

/**
 * The underline's own colour per tag colour: the fill's value in light and dark themes, a solid one in
 * high contrast (no fills there). Written out: test/unit/manifest.test.ts reads the ids from the source.
 */
const TAG_BORDERS: Record<(typeof TAG_COLOR_NAMES)[number], vscode.ThemeColor> = {
  important: new vscode.ThemeColor('policyAnnotator.annotation.importantBorder'),
  doubt: new vscode.ThemeColor('policyAnnotator.annotation.doubtBorder'),
  verify: new vscode.ThemeColor('policyAnnotator.annotation.verifyBorder'),
  quote: new vscode.ThemeColor('policyAnnotator.annotation.quoteBorder'),
  note: new vscode.ThemeColor('policyAnnotator.annotation.noteBorder'),
  other: new vscode.ThemeColor('policyAnnotator.annotation.otherBorder'),
};

function annotationType(key: (typeof TAG_COLOR_NAMES)[number]): vscode.TextEditorDecorationType {
  const border = TAG_BORDERS[key];
  return vscode.window.createTextEditorDecorationType({
    backgroundColor: new vscode.ThemeColor(`policyAnnotator.annotation.${key}Background`),
    overviewRulerColor: border,
    overviewRulerLane: vscode.OverviewRulerLane.Left,
    borderWidth: '0 0 2px 0',
    borderStyle: 'solid',
    borderColor: border,
  });
}

function decorationType(kind: string, extra: vscode.DecorationRenderOptions = {}, ruler = true): vscode.TextEditorDecorationType {
  return vscode.window.createTextEditorDecorationType({
    backgroundColor: new vscode.ThemeColor(`policyAnnotator.${kind}Background`),
    ...(ruler ? { overviewRulerColor: new vscode.ThemeColor(`policyAnnotator.${kind}Ruler`), overviewRulerLane: vscode.OverviewRulerLane.Right } : {}),
    rangeBehavior: vscode.DecorationRangeBehavior.ClosedClosed,
    ...extra,
  });
}

/**
 * The finding types; `ruler` false for documents drawn by window: the overview ruler would mark only
 * the window, and the workbench recomputes every ruler mark on each keystroke.
 */
function findingTypes(ruler: boolean): Record<FindingKind, vscode.TextEditorDecorationType> {
  return {
    // High-contrast themes have no fills: quotations get an underline there (transparent elsewhere).
    quotation: decorationType('quotation', { borderWidth: '0 0 2px 0', borderStyle: 'solid', borderColor: new vscode.ThemeColor('policyAnnotator.quotationBorder') }, ruler),
    numericClaim: decorationType('numericClaim', { borderWidth: '0 0 1px 0', borderStyle: 'solid', borderColor: new vscode.ThemeColor('policyAnnotator.numericClaimRuler') }, ruler),
    term: decorationType('term', { textDecoration: 'underline dotted' }, ruler),
  };
}

export class FindingDecorations extends Disposable {
  private readonly types = findingTypes(true);
  private readonly windowTypes = findingTypes(false);
  /** One type per tag colour (`policyAnnotator.annotation.<key>Background`). */
  private readonly tagTypes = new Map(TAG_COLOR_NAMES.map((key) => [key as string, this._register(annotationType(key))]));
  /** What each editor shows now, for tests and the status bar: kind -> count. */
  private readonly rendered = new WeakMap<vscode.TextEditor, Record<FindingKind, number>>();
  private readonly drawn = new WeakMap<vscode.TextEditor, Drawn>();
  private readonly didRender = this._register(new vscode.EventEmitter<vscode.TextEditor>());
  /** Fires after an editor's finding highlights were set (tests and latency measurements wait on it). */
  readonly onDidRender = this.didRender.event;

  constructor(
    private readonly analyses: AnalysisService,
    private readonly annotations: AnnotationStore,
  ) {
    super();
    for (const t of [...Object.values(this.types), ...Object.values(this.windowTypes)]) this._register(t);
    this._register(analyses.onDidAnalyze((r) => this.renderUri(r.uri)));
    this._register(analyses.onDidClear((u) => this.renderUri(u)));
    this._register(annotations.onDidChange((u) => this.renderUri(u, true)));
    this._register(vscode.window.onDidChangeVisibleTextEditors((editors) => editors.forEach((e) => this.render(e))));
    this._register(
      vscode.window.onDidChangeTextEditorVisibleRanges(({ textEditor }) => {
        const d = this.drawn.get(textEditor);
        if (d?.window && !insideWindow(lineWindows(textEditor), d.window, textEditor.document.lineCount)) this.renderFindings(textEditor);
      }),
    );
    this._register(
      vscode.workspace.onDidChangeConfiguration((e) => {
        if (e.affectsConfiguration('policyAnnotator.highlight')) this.renderAll();
      }),
    );
    this.renderAll();
  }

  renderAll(): void {
    for (const e of vscode.window.visibleTextEditors) this.render(e);
  }

  private renderUri(uri: vscode.Uri, annotationsOnly = false): void {
    for (const e of vscode.window.visibleTextEditors) {
      if (e.document.uri.toString() !== uri.toString()) continue;
      if (annotationsOnly) this.renderAnnotations(e);
      else this.render(e);
    }
  }

  /** Counts of highlighted findings per kind in this editor (0 for a kind switched off), the whole document's. */
  renderedCounts(editor: vscode.TextEditor): Record<FindingKind, number> {
    return this.rendered.get(editor) ?? { quotation: 0, numericClaim: 0, term: 0 };
  }

  private render(editor: vscode.TextEditor): void {
    this.renderAnnotations(editor);
    this.renderFindings(editor);
  }

  private renderAnnotations(editor: vscode.TextEditor): void {
    const doc = editor.document;
    const byKey = new Map<string, vscode.Range[]>(TAG_COLOR_NAMES.map((k) => [k, []]));
    if (config().get<boolean>(Settings.highlightAnnotations, true)) {
      for (const a of this.annotations.annotationsOf(doc)) {
        if (a.start !== null && a.end !== null) byKey.get(tagColorKey(a.annotation.tag))!.push(new vscode.Range(doc.positionAt(a.start), doc.positionAt(a.end)));
      }
    }
    for (const [key, ranges] of byKey) editor.setDecorations(this.tagTypes.get(key)!, ranges);
  }

  /** The lines drawn in this editor, or undefined when the whole document is drawn (tests). */
  drawnWindow(editor: vscode.TextEditor): LineWindow | undefined {
    return this.drawn.get(editor)?.window ?? undefined;
  }

  private renderFindings(editor: vscode.TextEditor): void {
    const result = this.analyses.get(editor.document);
    // An older result would be misplaced on the edited text; the editor moves the current
    // decorations with the edits until the fresh result arrives.
    if (!result && this.analyses.latest(editor.document)) return;
    const kinds = enabledKinds(editor.document.uri);
    const doc = editor.document;
    const lists: Record<FindingKind, Span[]> = {
      quotation: result && kinds.has('quotation') ? result.analysis.quotations.filter((q) => q.depth === 0) : [],
      numericClaim: result && kinds.has('numericClaim') ? result.analysis.numericClaims : [],
      term: result && kinds.has('term') ? result.analysis.terms : [],
    };
    const total = lists.quotation.length + lists.numericClaim.length + lists.term.length;
    const window = total > WINDOW_MIN_FINDINGS ? windowAround(lineWindows(editor), doc.lineCount) : null;
    const from = window ? doc.offsetAt(new vscode.Position(window.firstLine, 0)) : 0;
    const to = window ? doc.offsetAt(doc.lineAt(window.lastLine).rangeIncludingLineBreak.end) : Infinity;
    const before = this.drawn.get(editor);
    const drawn: Drawn = { version: doc.version, window, spans: {} };
    const counts = { quotation: 0, numericClaim: 0, term: 0 };
    for (const kind of Object.keys(lists) as FindingKind[]) {
      const spans = window ? spansIn(lists[kind], from, to) : lists[kind];
      drawn.spans[kind] = spans;
      counts[kind] = lists[kind].length;
      const [type, other] = window ? [this.windowTypes[kind], this.types[kind]] : [this.types[kind], this.windowTypes[kind]];
      // Drawn the other way before (the document grew or shrank past the limit): clear that type.
      if (before && (before.window === null) !== (window === null)) editor.setDecorations(other, []);
      // The same ranges for the same version are on screen already (e.g. the refined pass after the quick one).
      else if (before?.version === doc.version && sameSpans(before.spans[kind], spans)) continue;
      editor.setDecorations(type, spans.map((s) => new vscode.Range(doc.positionAt(s.start), doc.positionAt(s.end))));
    }
    this.drawn.set(editor, drawn);
    this.rendered.set(editor, counts);
    this.didRender.fire(editor);
  }
}

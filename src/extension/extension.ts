/**
 * Composition only: each feature is a Disposable module that registers its own listeners and
 * commands. The analysis runs in a worker thread (dist/worker.js); nothing heavy runs here.
 */
import * as vscode from 'vscode';
import { join } from 'node:path';
import { AnalysisService } from './analysisService';
import { GlossaryService } from './glossaryService';
import { FindingDecorations } from './decorations';
import { FindingHovers } from './hovers';
import { HeadingSymbols } from './symbols';
import { FindingsView } from './findingsView';
import { FindingNavigation, StatusSummary } from './navigation';
import { AnnotationStore } from './annotationStore';
import { EncodingWarning } from './encodingWarning';
import { AnnotationCommands } from './annotationCommands';
import { AnnotationComments } from './annotationComments';
import { AnnotationGroups } from './annotationTree';
import { ExportCommands } from './exportCommands';
import { GlossaryCommands } from './glossaryCommands';
import { ReadableLanguage } from './readableLanguage';
import { AnnotationForm } from './annotationForm';
import { NotesMargin } from './margin';
import { CodingFeature } from './coding';
import { TermQuickFix } from './termQuickFix';
import { languages } from './settings';

export interface PolicyAnnotatorApi {
  analyses: AnalysisService;
  glossaries: GlossaryService;
  decorations: FindingDecorations;
  findingsView: FindingsView;
  navigation: FindingNavigation;
  status: StatusSummary;
  annotations: AnnotationStore;
  comments: AnnotationComments;
  readable: ReadableLanguage;
  form: AnnotationForm;
  margin: NotesMargin;
  coding: CodingFeature;
  encodingWarning: EncodingWarning;
}

export function activate(context: vscode.ExtensionContext): PolicyAnnotatorApi {
  const add = <T extends vscode.Disposable>(d: T): T => {
    context.subscriptions.push(d);
    return d;
  };
  const log = add(vscode.window.createOutputChannel('Policy Annotator', { log: true }));
  const readable = add(new ReadableLanguage());
  const analyses = add(new AnalysisService(join(context.extensionPath, 'dist', 'worker.js'), log));
  const glossaries = add(new GlossaryService(analyses));
  const annotations = add(new AnnotationStore(log));
  const encodingWarning = add(new EncodingWarning(annotations));
  const decorations = add(new FindingDecorations(analyses, annotations));
  add(new FindingHovers(analyses, annotations));
  add(new HeadingSymbols(analyses));
  const findingsView = add(new FindingsView(analyses, [new AnnotationGroups(annotations)]));
  const navigation = add(new FindingNavigation(analyses));
  const status = add(new StatusSummary(analyses));
  const form = add(new AnnotationForm(context.globalState));
  const comments = add(new AnnotationComments(annotations, add(new AnnotationCommands(annotations, form))));
  add(new ExportCommands(join(context.extensionPath, 'dist', 'exportWorker.js')));
  add(new GlossaryCommands(analyses));
  add(new TermQuickFix({ termsOf: (d) => analyses.latest(d)?.analysis.terms, title: (t) => vscode.l10n.t('Add “{0}” to the user glossary', t), selector: languages().map((language) => ({ language })) }));
  const coding = add(new CodingFeature(annotations, context.extensionUri));
  const margin = add(new NotesMargin(annotations, context.extensionUri));
  return { analyses, glossaries, decorations, findingsView, navigation, status, annotations, comments, readable, form, margin, coding, encodingWarning };
}

export function deactivate(): void {
  // Everything is disposed through context.subscriptions.
}

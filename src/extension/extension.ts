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
import { FindingNavigation, StatusSummary, revealRange, toggleKind } from './navigation';
import { registerCommands } from './commands';
import { AnnotationController } from './annotations';
import { ExportCommands } from './exportCommands';
import { GlossaryCommands } from './glossaryCommands';

export interface PolicyAnnotatorApi {
  analyses: AnalysisService;
  glossaries: GlossaryService;
  decorations: FindingDecorations;
  findingsView: FindingsView;
  navigation: FindingNavigation;
  status: StatusSummary;
  annotations: AnnotationController;
}

export function activate(context: vscode.ExtensionContext): PolicyAnnotatorApi {
  const log = vscode.window.createOutputChannel('Policy Annotator', { log: true });
  context.subscriptions.push(log);
  const add = <T extends vscode.Disposable>(d: T): T => {
    context.subscriptions.push(d);
    return d;
  };
  const glossaries = add(new GlossaryService());
  const analyses = add(new AnalysisService(join(context.extensionPath, 'dist', 'worker.js'), glossaries, log));
  const decorations = add(new FindingDecorations(analyses));
  add(new FindingHovers(analyses, glossaries));
  add(new HeadingSymbols(analyses));
  const findingsView = add(new FindingsView(analyses));
  const navigation = add(new FindingNavigation(analyses));
  const status = add(new StatusSummary(analyses));
  const annotations = add(new AnnotationController(log));
  findingsView.addSource(annotations);
  const api: PolicyAnnotatorApi = { analyses, glossaries, decorations, findingsView, navigation, status, annotations };
  const exporter = new ExportCommands(join(context.extensionPath, 'dist', 'exportWorker.js'));
  const glossaryCommands = new GlossaryCommands(glossaries);
  add(registerCommands(api, { revealRange, toggleKind }, { ...annotations.commandTable(), ...exporter.commandTable(), ...glossaryCommands.commandTable() }));
  return api;
}

export function deactivate(): void {
  // Everything is disposed through context.subscriptions.
}

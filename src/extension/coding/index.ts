/** The research-coding feature: codebook, coding commands and mode, codebook view, units, tables and charts. */
import * as vscode from 'vscode';
import { Disposable } from '../lifecycle';
import type { AnnotationStore } from '../annotationStore';
import { CodebookService } from './codebookService';
import { CodingCommands } from './codingCommands';
import { CodebookView } from './codebookView';
import { StudyCommands } from './studyCommands';
import { UnitSymbols } from './unitSymbols';
import { DisagreementsView } from './disagreementsView';

export class CodingFeature extends Disposable {
  readonly codebooks: CodebookService;
  readonly commands: CodingCommands;
  readonly view: CodebookView;
  readonly study: StudyCommands;
  readonly disagreements: DisagreementsView;

  constructor(store: AnnotationStore, extensionUri: vscode.Uri) {
    super();
    this.codebooks = this._register(new CodebookService());
    this.commands = this._register(new CodingCommands(store, this.codebooks));
    this.view = this._register(new CodebookView(this.codebooks));
    this.study = this._register(new StudyCommands(extensionUri, this.codebooks));
    this._register(new UnitSymbols());
    this.disagreements = this._register(new DisagreementsView(this.study, this.commands));
  }
}

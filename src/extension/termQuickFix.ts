/**
 * Quick fix on an unexplained term (a candidate term, category 候选术语, or a numbered formula no
 * glossary explains): "Add 'X' to the user glossary", as cspell and LTeX offer for their
 * dictionaries. The action runs the existing add-to-glossary command with the term and the sentence
 * it came from (the seed for the entry's explanation or example).
 *
 * Self-contained: everything it needs comes through the constructor (see notes/terms.md for the
 * wiring); it registers itself and is disposed with the extension.
 */
import * as vscode from 'vscode';
import type { TermMatch } from '../core/types';
import { sentenceAround, unexplainedAt } from '../core/glossary/candidates';

/** What the command receives: `label` is read by the current command; `sentence` is the seed. */
export interface AddTermArgument {
  label: string;
  sentence: string;
}

export interface TermQuickFixOptions {
  /** The latest terms of a document (AnalysisService.latest(document)?.analysis.terms), or undefined. */
  termsOf(document: vscode.TextDocument): readonly TermMatch[] | undefined;
  /** The localized title of the action for a term (see notes/terms.md: the l10n string "Add “{0}” to the user glossary"). */
  title(term: string): string;
  /** The command that adds a term to the user glossary (default policyAnnotator.addTermToGlossary). */
  command?: string;
  /** Documents to offer it in (default: plain text and Markdown files). */
  selector?: vscode.DocumentSelector;
  /** Maximum actions offered at one place (default 3). */
  maxActions?: number;
}

export class TermQuickFix implements vscode.CodeActionProvider, vscode.Disposable {
  static readonly kinds = [vscode.CodeActionKind.QuickFix];
  private readonly registration: vscode.Disposable;
  private readonly command: string;

  constructor(private readonly options: TermQuickFixOptions) {
    this.command = options.command ?? 'policyAnnotator.addTermToGlossary';
    const selector = options.selector ?? [{ language: 'plaintext' }, { language: 'markdown' }];
    this.registration = vscode.languages.registerCodeActionsProvider(selector, this, { providedCodeActionKinds: TermQuickFix.kinds });
  }

  provideCodeActions(document: vscode.TextDocument, range: vscode.Range | vscode.Selection): vscode.CodeAction[] {
    const terms = this.options.termsOf(document);
    if (!terms || terms.length === 0) return [];
    const from = document.offsetAt(range.start);
    const to = document.offsetAt(range.end);
    const text = document.getText();
    const actions: vscode.CodeAction[] = [];
    const seen = new Set<string>();
    for (const t of unexplainedAt(terms, from, to)) {
      // The analysis may be a version behind: offer only where the text still reads the same.
      if (text.slice(t.start, t.end) !== t.text || seen.has(t.term)) continue;
      seen.add(t.term);
      const action = new vscode.CodeAction(this.options.title(t.term), vscode.CodeActionKind.QuickFix);
      const arg: AddTermArgument = { label: t.term, sentence: sentenceAround(text, t.start, t.end) };
      action.command = { command: this.command, title: action.title, arguments: [arg] };
      actions.push(action);
      if (actions.length >= (this.options.maxActions ?? 3)) break;
    }
    return actions;
  }

  dispose(): void {
    this.registration.dispose();
  }
}

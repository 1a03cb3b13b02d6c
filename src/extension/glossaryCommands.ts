/**
 * Glossary commands: look a term up, add a term to the user glossary, create the user glossary.
 * The entries come from the analysis worker (which resolves every glossary); files are read and
 * written asynchronously, and a failed write is reported, never thrown at the user.
 */
import * as vscode from 'vscode';
import { readFile, writeFile } from 'node:fs/promises';
import { dirname, join } from 'node:path';
import { applyEdits, findNodeAtLocation, modify, parseTree, type ParseError } from 'jsonc-parser';
import { Disposable } from './lifecycle';
import { registerCommands } from './commands';
import { USER_GLOSSARY_NAME } from './glossaryService';
import type { AnalysisService } from './analysisService';
import type { GlossaryEntry } from '../core/glossary/types';
import { clip } from '../core/display';

const PLACEHOLDER = '待补充：请用一到三句话解释这个术语。';

interface TermNodeLike {
  label?: unknown;
}

export class GlossaryCommands extends Disposable {
  constructor(private readonly analyses: AnalysisService) {
    super();
    this._register(
      registerCommands({
        'policyAnnotator.lookUpTerm': (term?: string) => this.lookUp(term),
        'policyAnnotator.addTermToGlossary': (arg?: string | TermNodeLike) => this.addTerm(arg),
        'policyAnnotator.createUserGlossary': () => this.glossaryFile(true),
      }),
    );
  }

  /** A searchable list of every glossary entry (term, variants, explanation); shows the chosen one. */
  async lookUp(term?: string): Promise<GlossaryEntry | undefined> {
    const entries = await this.analyses.glossaryEntries(vscode.window.activeTextEditor?.document);
    let entry = term ? entries.find((e) => e.term === term || e.variants?.includes(term)) : undefined;
    if (!entry) {
      const picked = await vscode.window.showQuickPick(
        entries
          .sort((a, b) => a.term.localeCompare(b.term, 'zh'))
          .map((e) => ({ label: e.term, description: `${e.category} · ${e.source.year}${e.variants?.length ? ' · ' + e.variants.join('、') : ''}`, detail: e.explanation, entry: e })),
        { title: vscode.l10n.t('Look up a policy term ({0} entries)', entries.length), matchOnDescription: true, matchOnDetail: true },
      );
      entry = picked?.entry;
    }
    if (!entry) return undefined;
    const detail = [
      entry.explanation,
      entry.members?.length ? `${vscode.l10n.t('Members')}: ${entry.members.join('、')}` : '',
      `${vscode.l10n.t('Source')}: ${entry.source.text}`,
      entry.related?.length ? `${vscode.l10n.t('Related')}: ${entry.related.join('、')}` : '',
      entry.english ? `English: ${entry.english}` : '',
    ]
      .filter(Boolean)
      .join('\n\n');
    void vscode.window.showInformationMessage(`${entry.term}（${entry.category}）`, { modal: true, detail });
    return entry;
  }

  /** The workspace folder's policy-glossary.json; created (with no entries) when `create`. */
  private async glossaryFile(open: boolean, create = true): Promise<string | undefined> {
    const active = vscode.window.activeTextEditor?.document.uri;
    const folder = (active && vscode.workspace.getWorkspaceFolder(active)) ?? vscode.workspace.workspaceFolders?.[0];
    const root = folder?.uri.fsPath ?? (active?.scheme === 'file' ? dirname(active.fsPath) : undefined);
    if (!root) {
      void vscode.window.showWarningMessage(vscode.l10n.t('Open a folder first: the glossary is created at its root.'));
      return undefined;
    }
    const path = join(root, USER_GLOSSARY_NAME);
    if (create) {
      try {
        await writeFile(path, JSON.stringify({ version: 1, entries: [] }, null, 2) + '\n', { flag: 'wx' });
      } catch (e) {
        // EEXIST: there is one already, which is what we want.
        if ((e as NodeJS.ErrnoException).code !== 'EEXIST') return failed(vscode.l10n.t('Could not create {0}: {1}', path, (e as Error).message));
      }
    }
    if (open) await vscode.window.showTextDocument(vscode.Uri.file(path));
    return path;
  }

  /**
   * Appends an entry for the term to the user glossary (keeping the file's formatting) and opens it
   * at the explanation, which the user then writes. A glossary that does not parse is not touched.
   */
  async addTerm(arg?: string | TermNodeLike): Promise<string | undefined> {
    let term = typeof arg === 'string' ? arg : typeof arg?.label === 'string' ? arg.label : undefined;
    const editor = vscode.window.activeTextEditor;
    if (!term && editor && !editor.selection.isEmpty) term = editor.document.getText(editor.selection).trim();
    if (!term) {
      term = await vscode.window.showInputBox({ title: vscode.l10n.t('Term to add to the user glossary') });
    }
    if (!term || term.length < 2 || term.length > 40) return undefined;
    const path = await this.glossaryFile(false);
    if (!path) return undefined;
    let text: string;
    try {
      text = await readFile(path, 'utf8');
    } catch (e) {
      return failed(vscode.l10n.t('Could not read {0}: {1}', path, (e as Error).message));
    }
    // jsonc-parser recovers from errors; a file with any syntax error is the user's to fix, not ours.
    const errors: ParseError[] = [];
    const tree = parseTree(text, errors, { allowTrailingComma: false, disallowComments: true });
    const entriesNode = tree && findNodeAtLocation(tree, ['entries']);
    if (errors.length || !tree || !entriesNode || entriesNode.type !== 'array') {
      void vscode.window.showErrorMessage(vscode.l10n.t('{0} cannot be read as a glossary; fix it first. It was not changed.', path));
      await vscode.window.showTextDocument(vscode.Uri.file(path));
      return undefined;
    }
    const existing = (entriesNode.children ?? []).findIndex((c) => findNodeAtLocation(c, ['term'])?.value === term);
    let updated = text;
    let index = existing;
    if (existing < 0) {
      index = entriesNode.children?.length ?? 0;
      const sentence = typeof arg === 'object' && typeof (arg as { sentence?: unknown }).sentence === 'string' ? ((arg as { sentence: string }).sentence).trim() : '';
      // From the quick fix: the sentence the term came from is the seed of the explanation.
      const explanation = sentence ? `${PLACEHOLDER}原文：${clip(sentence, 120)}` : PLACEHOLDER;
      const entry = { term, variants: [], category: '经济与改革', explanation, source: { text: '请填写最早提出或权威界定的场合', year: new Date().getFullYear() }, related: [] };
      updated = applyEdits(text, modify(text, ['entries', index], entry, { isArrayInsertion: true, formattingOptions: { insertSpaces: true, tabSize: 2, eol: '\n' } }));
      try {
        await writeFile(path, updated);
      } catch (e) {
        return failed(vscode.l10n.t('Could not write {0}: {1}', path, (e as Error).message));
      }
    }
    const doc = await vscode.workspace.openTextDocument(vscode.Uri.file(path));
    const editorOfFile = await vscode.window.showTextDocument(doc);
    const node = findNodeAtLocation(parseTree(doc.getText())!, ['entries', index, 'explanation']);
    if (node) {
      const range = new vscode.Range(doc.positionAt(node.offset + 1), doc.positionAt(node.offset + node.length - 1));
      editorOfFile.selection = new vscode.Selection(range.start, range.end);
      editorOfFile.revealRange(range);
    }
    if (existing < 0) void vscode.window.setStatusBarMessage(vscode.l10n.t('Added “{0}” to {1}: write its explanation and source.', clip(term, 20), USER_GLOSSARY_NAME), 5000);
    return path;
  }
}

function failed(message: string): undefined {
  void vscode.window.showErrorMessage(message);
  return undefined;
}

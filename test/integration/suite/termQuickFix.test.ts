/**
 * The quick fix on a term the glossary lacks (issue 10 §4): on an unexplained term of a real
 * document, the light bulb offers "Add … to the user glossary", which runs the glossary command
 * with the term and its sentence.
 */
import * as assert from 'node:assert/strict';
import * as vscode from 'vscode';
import { activateApi, until, workspaceUri } from '../util';

describe('quick fix: add an unexplained term to the user glossary', () => {
  it('is offered on an unexplained term, with the term and its sentence', async () => {
    const api = await activateApi();
    const uri = workspaceUri('extra', 'state-council-2019-vocational-education-reform-plan.txt');
    const document = await vscode.workspace.openTextDocument(uri);
    await vscode.window.showTextDocument(document);
    const term = await until(() => api.analyses.latest(document)?.analysis.terms.find((t) => !t.explained), 'an unexplained term in the analysis', 30000);
    const range = new vscode.Range(document.positionAt(term.start), document.positionAt(term.end));
    const actions = await vscode.commands.executeCommand<vscode.CodeAction[]>('vscode.executeCodeActionProvider', uri, range, vscode.CodeActionKind.QuickFix.value);
    const fix = actions.find((a) => a.command?.command === 'policyAnnotator.addTermToGlossary');
    assert.ok(fix, `actions: ${actions.map((a) => a.title).join(' | ')}`);
    assert.ok(fix.title.includes(term.term), fix.title);
    const arg = fix.command!.arguments![0] as { label: string; sentence: string };
    assert.equal(arg.label, term.term);
    assert.ok(arg.sentence.includes(term.text), arg.sentence);
    const explained = api.analyses.latest(document)!.analysis.terms.find((t) => t.explained);
    assert.ok(explained);
    const none = await vscode.commands.executeCommand<vscode.CodeAction[]>('vscode.executeCodeActionProvider', uri, new vscode.Range(document.positionAt(explained.start), document.positionAt(explained.end)), vscode.CodeActionKind.QuickFix.value);
    assert.ok(!none.some((a) => a.command?.command === 'policyAnnotator.addTermToGlossary' && a.title.includes(explained.term)), 'not offered on an explained term');
  });
});

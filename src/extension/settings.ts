/** Setting keys as constants (all under `policyAnnotator.`), with typed readers. */
import * as vscode from 'vscode';
import type { FindingKind } from '../core/findings';

export const SECTION = 'policyAnnotator';

export const Settings = {
  languages: 'languages',
  highlightQuotations: 'highlight.quotations',
  highlightNumericClaims: 'highlight.numericClaims',
  highlightTerms: 'highlight.terms',
  highlightAnnotations: 'highlight.annotations',
  maxFileSizeMB: 'maxFileSizeMB',
  debounceMs: 'debounceMs',
  useJieba: 'useJieba',
  glossaryFiles: 'glossaryFiles',
  annotationTags: 'annotations.tags',
  annotationStorage: 'annotations.storage',
  annotationAuthor: 'annotations.author',
  readableLanguage: 'readableLanguage',
  codebookFiles: 'coding.codebookFiles',
  unitsInOutline: 'coding.unitsInOutline',
  blindCoding: 'coding.blind',
  filePerCoder: 'coding.filePerCoder',
  marginOpenAutomatically: 'margin.openAutomatically',
} as const;

export const KIND_SETTING: Record<FindingKind | 'annotation', string> = {
  quotation: Settings.highlightQuotations,
  numericClaim: Settings.highlightNumericClaims,
  term: Settings.highlightTerms,
  annotation: Settings.highlightAnnotations,
};

export function config(scope?: vscode.ConfigurationScope): vscode.WorkspaceConfiguration {
  return vscode.workspace.getConfiguration(SECTION, scope);
}

export function enabledKinds(scope?: vscode.ConfigurationScope): Set<FindingKind> {
  const c = config(scope);
  const kinds = new Set<FindingKind>();
  if (c.get<boolean>(Settings.highlightQuotations, true)) kinds.add('quotation');
  if (c.get<boolean>(Settings.highlightNumericClaims, true)) kinds.add('numericClaim');
  if (c.get<boolean>(Settings.highlightTerms, true)) kinds.add('term');
  return kinds;
}

export function languages(scope?: vscode.ConfigurationScope): string[] {
  return config(scope).get<string[]>(Settings.languages, ['plaintext', 'markdown', 'policy-text']);
}

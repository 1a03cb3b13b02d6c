/**
 * The analysis worker thread: holds nodejieba (a synchronous native module whose dictionary load
 * takes about a second) and resolves each document's glossary (the folder walk for
 * policy-glossary.json, reading and checking the files, the term matchers), so the extension host
 * thread never does heavy work nor file I/O for the analysis.
 */
import { parentPort } from 'node:worker_threads';
import { analyze } from '../core/analyze';
import { jiebaLoaded, loadJieba } from '../node/jieba';
import { TermMatcherCache, type ResolvedGlossary } from '../node/termMatchers';
import type { Analysis } from '../core/types';
import type { GlossaryEntry } from '../core/glossary/types';
import type { AnalyzeRequest, DocumentGlossary, GlossaryScope, WorkerRequest, WorkerResponse } from './protocol';

const glossaries = new TermMatcherCache();

function resolveGlossary(scope: GlossaryScope): ResolvedGlossary {
  return scope.documentPath ? glossaries.resolveDocument(scope.documentPath, scope.root, scope.extraFiles) : glossaries.resolve([]);
}

/** The files, their errors, and the entries of the terms this analysis found. */
function documentGlossary(g: ResolvedGlossary, analysis: Analysis): DocumentGlossary {
  const entries: Record<string, GlossaryEntry> = {};
  for (const t of analysis.terms) {
    const e = g.lookup.get(t.term);
    if (e) entries[t.term] = e;
  }
  return { files: [...g.files], errors: [...g.errors], entries };
}

function reply(msg: WorkerResponse): void {
  parentPort!.postMessage(msg);
}

function analyzeRequest(req: AnalyzeRequest): void {
  const glossary = resolveGlossary(req.glossary);
  const matcher = glossary.matcher;
  const base = { type: 'result', id: req.id, uri: req.uri, version: req.version } as const;
  if (req.useTagger && !jiebaLoaded()) {
    // The first document should not wait a second for jieba's dictionary: answer with rule-based
    // subjects now, then again once the tagger is loaded.
    const t0 = performance.now();
    const quick = analyze(req.text, { matcher });
    reply({ ...base, analysis: quick, glossary: documentGlossary(glossary, quick), ms: performance.now() - t0, taggerAvailable: false, final: false });
  }
  const t0 = performance.now();
  const jieba = req.useTagger ? loadJieba() : null;
  const analysis = analyze(req.text, { matcher, tagger: jieba?.tag });
  reply({ ...base, analysis, glossary: documentGlossary(glossary, analysis), ms: performance.now() - t0, taggerAvailable: jieba !== null, final: true });
}

parentPort?.on('message', (req: WorkerRequest) => {
  if (req.type === 'glossaryChanged') {
    glossaries.clear();
    return;
  }
  try {
    if (req.type === 'entries') reply({ type: 'entries', id: req.id, entries: [...resolveGlossary(req.glossary).matcher.entries] });
    else analyzeRequest(req);
  } catch (e) {
    reply({ type: 'error', id: req.id, message: (e as Error).stack ?? String(e) });
  }
});

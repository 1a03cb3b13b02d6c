/**
 * The analysis worker thread: holds nodejieba (a synchronous native module whose dictionary load
 * takes about a second) and resolves each document's glossary (the folder walk for
 * policy-glossary.json, reading and checking the files, the term matchers), so the extension host
 * thread never does heavy work nor file I/O for the analysis. The extension runs two of them: a
 * quick one that never loads nodejieba (the first highlights of a document, rule-based subjects)
 * and one with the tagger (the refined analysis); both are warmed when the extension starts.
 */
import { parentPort } from 'node:worker_threads';
import { analyze } from '../core/analyze';
import { loadJieba } from '../node/jieba';
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
  const t0 = performance.now();
  const jieba = req.useTagger ? loadJieba() : null;
  const analysis = analyze(req.text, { matcher: glossary.matcher, tagger: jieba?.tag });
  reply({ type: 'result', id: req.id, uri: req.uri, version: req.version, analysis, glossary: documentGlossary(glossary, analysis), ms: performance.now() - t0, taggerAvailable: jieba !== null });
}

/** A few lines with a quotation, numbers and terms: enough to compile every detector's code paths. */
const WARM_SAMPLE =
  '一、总体要求\n2023年，国内生产总值增长5.2%，达到126万亿元以上。习近平总书记指出：“高质量发展是全面建设社会主义现代化国家的首要任务。”' +
  '坚持新发展理念，推进供给侧结构性改革，城镇新增就业1244万人，居民消费价格上涨约0.2%。\n';

function warm(loadTagger: boolean): void {
  const t0 = performance.now();
  const glossary = glossaries.resolve([]);
  const jieba = loadTagger ? loadJieba() : null;
  analyze(WARM_SAMPLE, { matcher: glossary.matcher, tagger: jieba?.tag });
  reply({ type: 'warmed', ms: performance.now() - t0, taggerAvailable: jieba !== null });
}

parentPort?.on('message', (req: WorkerRequest) => {
  if (req.type === 'glossaryChanged') {
    glossaries.clear();
    return;
  }
  if (req.type === 'warm') {
    try {
      warm(req.loadTagger);
    } catch {
      // Warming is an optimisation: the first request reports a real failure.
    }
    return;
  }
  try {
    if (req.type === 'entries') reply({ type: 'entries', id: req.id, entries: [...resolveGlossary(req.glossary).matcher.entries] });
    else analyzeRequest(req);
  } catch (e) {
    reply({ type: 'error', id: req.id, message: (e as Error).stack ?? String(e) });
  }
});

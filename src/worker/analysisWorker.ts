/**
 * The analysis worker thread: holds nodejieba (a synchronous native module whose dictionary load
 * takes about a second) and the term matchers, so the extension host thread never does heavy work.
 */
import { parentPort } from 'node:worker_threads';
import { analyze } from '../core/analyze';
import { TermMatcher } from '../core/glossary/matcher';
import { builtinGlossary } from '../core/glossary/data';
import { mergeGlossaries } from '../core/glossary/terms';
import { jiebaLoaded, loadJieba } from '../node/jieba';
import type { WorkerRequest, WorkerResponse } from './protocol';

const matchers = new Map<string, TermMatcher>();
let builtinMatcher: TermMatcher | undefined;

function matcherFor(key: string): TermMatcher {
  const m = matchers.get(key);
  if (m) return m;
  return (builtinMatcher ??= new TermMatcher(builtinGlossary()));
}

function reply(msg: WorkerResponse): void {
  parentPort!.postMessage(msg);
}

parentPort?.on('message', (req: WorkerRequest) => {
  if (req.type === 'glossary') {
    matchers.set(req.key, new TermMatcher(mergeGlossaries(builtinGlossary(), ...req.layers)));
    return;
  }
  try {
    const matcher = matcherFor(req.glossaryKey);
    if (req.useTagger && !jiebaLoaded()) {
      // The first document should not wait a second for jieba's dictionary: answer with rule-based
      // subjects now, then again once the tagger is loaded.
      const t0 = performance.now();
      const quick = analyze(req.text, { matcher });
      reply({ type: 'result', id: req.id, uri: req.uri, version: req.version, analysis: quick, ms: performance.now() - t0, taggerAvailable: false, final: false });
    }
    const t0 = performance.now();
    const jieba = req.useTagger ? loadJieba() : null;
    const analysis = analyze(req.text, { matcher, tagger: jieba?.tag });
    reply({ type: 'result', id: req.id, uri: req.uri, version: req.version, analysis, ms: performance.now() - t0, taggerAvailable: jieba !== null, final: true });
  } catch (e) {
    reply({ type: 'error', id: req.id, message: (e as Error).stack ?? String(e) });
  }
});

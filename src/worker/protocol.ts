/** Messages between the extension host and the analysis worker thread (typed both ways). */
import type { Analysis } from '../core/types';
import type { GlossaryEntry, GlossaryError } from '../core/glossary/types';

/**
 * Where a document's user glossaries are: the worker walks from the document's folder up to `root`
 * for policy-glossary.json files, then adds `extraFiles` (the glossaryFiles setting, absolute).
 * No document path (an untitled document): the built-in glossary alone, as before.
 */
export interface GlossaryScope {
  documentPath: string | null;
  root: string;
  extraFiles: string[];
}

export interface AnalyzeRequest {
  type: 'analyze';
  id: number;
  uri: string;
  version: number;
  text: string;
  glossary: GlossaryScope;
  useTagger: boolean;
}

/** A glossary file or the setting changed: forget the resolved glossaries. */
export interface GlossaryChangedRequest {
  type: 'glossaryChanged';
}

/** Every entry of a document's glossary (the Look Up a Policy Term command). */
export interface EntriesRequest {
  type: 'entries';
  id: number;
  glossary: GlossaryScope;
}

export type WorkerRequest = AnalyzeRequest | GlossaryChangedRequest | EntriesRequest;

/** The glossary side of an analysis: what the host shows without reading any file itself. */
export interface DocumentGlossary {
  /** The user glossary files that apply, farthest first. */
  files: string[];
  /** Their problems (the host shows them as diagnostics). */
  errors: GlossaryError[];
  /** The entry of every term found in the document, by term (hovers). */
  entries: Record<string, GlossaryEntry>;
}

export interface AnalyzeResponse {
  type: 'result';
  id: number;
  uri: string;
  version: number;
  analysis: Analysis;
  glossary: DocumentGlossary;
  /** Milliseconds spent in analyze() inside the worker. */
  ms: number;
  taggerAvailable: boolean;
  /**
   * false for the quick first answer given while nodejieba is still loading (subjects by rules
   * only); the refined answer for the same request follows.
   */
  final: boolean;
}

export interface EntriesResponse {
  type: 'entries';
  id: number;
  entries: GlossaryEntry[];
}

export interface ErrorResponse {
  type: 'error';
  id: number;
  message: string;
}

export type WorkerResponse = AnalyzeResponse | EntriesResponse | ErrorResponse;

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

/**
 * Sent once when the worker starts, before any document: builds the built-in glossary's matcher,
 * runs the analysis over a short sample (so the first document does not pay for compiling the
 * detectors) and, with `loadTagger`, loads nodejieba's dictionary (about a second, synchronous).
 */
export interface WarmRequest {
  type: 'warm';
  loadTagger: boolean;
}

export type WorkerRequest = AnalyzeRequest | GlossaryChangedRequest | EntriesRequest | WarmRequest;

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
}

/** The worker is ready: matcher built, detectors run once, nodejieba loaded when asked. */
export interface WarmResponse {
  type: 'warmed';
  ms: number;
  taggerAvailable: boolean;
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

export type WorkerResponse = AnalyzeResponse | EntriesResponse | ErrorResponse | WarmResponse;

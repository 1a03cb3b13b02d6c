/** Messages between the extension host and the analysis worker thread (typed both ways). */
import type { Analysis } from '../core/types';
import type { GlossaryEntry } from '../core/glossary/types';

export interface AnalyzeRequest {
  type: 'analyze';
  id: number;
  uri: string;
  version: number;
  text: string;
  /** Key of the glossary layer set to use (see SetGlossaryRequest). */
  glossaryKey: string;
  useTagger: boolean;
}

/** User glossary layers (nearest last) for a key; the worker merges them over the built-in glossary once. */
export interface SetGlossaryRequest {
  type: 'glossary';
  key: string;
  layers: GlossaryEntry[][];
}

export type WorkerRequest = AnalyzeRequest | SetGlossaryRequest;

export interface AnalyzeResponse {
  type: 'result';
  id: number;
  uri: string;
  version: number;
  analysis: Analysis;
  /** Milliseconds spent in analyze() inside the worker. */
  ms: number;
  taggerAvailable: boolean;
  /**
   * false for the quick first answer given while nodejieba is still loading (subjects by rules
   * only); the refined answer for the same request follows.
   */
  final: boolean;
}

export interface ErrorResponse {
  type: 'error';
  id: number;
  message: string;
}

export type WorkerResponse = AnalyzeResponse | ErrorResponse;

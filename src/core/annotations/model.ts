/**
 * The sidecar format of user annotations (`<name>.<ext>.annotations.json`).
 * Versioned from the first release; schemas/annotations.schema.json describes it.
 * Pure: no `vscode` import.
 */

export const SIDECAR_VERSION = 1;

/** W3C Web Annotation TextQuoteSelector: the quoted text with 32 characters of context either side. */
export interface TextQuoteSelector {
  type: 'TextQuoteSelector';
  exact: string;
  prefix: string;
  suffix: string;
}

/** W3C Web Annotation TextPositionSelector, in UTF-16 code units of the document text. */
export interface TextPositionSelector {
  type: 'TextPositionSelector';
  start: number;
  end: number;
}

export interface AnnotationTarget {
  quote: TextQuoteSelector;
  position: TextPositionSelector;
}

export interface StoredAnnotation {
  /** Stable id (e.g. `a-` + random), never reused. */
  id: string;
  /** ISO 8601 timestamps. */
  created: string;
  modified: string;
  author: string;
  /** One of the configured tags (default 重点, 存疑, 待核实, 引用, 笔记) or null. */
  tag: string | null;
  /** The note, several lines allowed. */
  note: string;
  /** An optional link or source. */
  link: string | null;
  target: AnnotationTarget;
  /** Set when the annotation could not be anchored at the last re-anchoring; kept, never dropped. */
  orphan?: boolean;
}

export interface SidecarFile {
  $schema?: string;
  version: number;
  /** The document's file name (base name), for humans and for moved sidecars. */
  document: string;
  annotations: StoredAnnotation[];
}

export type AnchorStatus = 'exact' | 'moved' | 'fuzzy' | 'orphan';

/** An annotation placed on the current text: where it is now, or orphan. */
export interface AnchoredAnnotation {
  annotation: StoredAnnotation;
  start: number | null;
  end: number | null;
  status: AnchorStatus;
}

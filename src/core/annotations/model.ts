/**
 * The sidecar format of user annotations (`<name>.<ext>.annotations.json`).
 * Versioned from the first release; schemas/annotations.schema.json describes it.
 * Pure: no `vscode` import.
 */

/**
 * The newest version this release reads and writes. Version 2 adds code ids per annotation
 * (`codes`) and the document's own variables (`variables`). A file is written in the lowest
 * version that holds its content: a reader who only uses the five reading tags keeps version-1
 * files that older releases still open; codes of a codebook or document variables make it 2.
 */
export const SIDECAR_VERSION = 2;

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
  /**
   * Code ids of the codebook (policy-codebook.json) this annotation codes its passage with. After
   * reading, always present: a version-1 tag becomes the reading codebook's code (重点 → tag.important).
   */
  codes?: string[];
  /** The note, several lines allowed. */
  note: string;
  /** An optional link or source. */
  link: string | null;
  target: AnnotationTarget;
  /** Set when the annotation could not be anchored at the last re-anchoring; kept, never dropped. */
  orphan?: boolean;
}

/** The document's variables as the user set them; they win over the ones read from the text. */
export type DocumentVariables = Partial<Record<'title' | 'issuer' | 'docNumber' | 'docType' | 'date' | 'published' | 'level', string | null>>;

export interface SidecarFile {
  $schema?: string;
  version: number;
  /** The document's file name (base name), for humans and for moved sidecars. */
  document: string;
  /** Version 2: the user's values of the document variables. */
  variables?: DocumentVariables;
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

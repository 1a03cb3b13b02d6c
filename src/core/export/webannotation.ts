/**
 * W3C Web Annotation export and import (split into webannotation-export.ts and
 * webannotation-import.ts); the merge of two annotation sets lives in the annotations core.
 * This module keeps the old import path working.
 */
export * from './webannotation-export';
export * from './webannotation-import';
export { mergeAnnotations, describeMerge, type MergeResult } from '../annotations/merge';

/** The tags offered for annotations, and their highlight colours (`contributes.colors`). */
import { config, Settings } from './settings';

export const DEFAULT_TAGS = ['重点', '存疑', '待核实', '引用', '笔记'];
const TAG_COLOR_KEYS: Record<string, string> = { 重点: 'important', 存疑: 'doubt', 待核实: 'verify', 引用: 'quote', 笔记: 'note' };
/** The colour keys: `policyAnnotator.annotation.<key>Background`. */
export const TAG_COLOR_NAMES = ['important', 'doubt', 'verify', 'quote', 'note', 'other'] as const;

export function tagColorKey(tag: string | null): string {
  return (tag && TAG_COLOR_KEYS[tag]) || 'other';
}

export function annotationTags(): string[] {
  return config().get<string[]>(Settings.annotationTags, DEFAULT_TAGS);
}

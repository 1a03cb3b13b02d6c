/** How long the editor waits after typing before analysing a document again. */

/**
 * The wait after a keystroke: the setting, or longer for a document whose analysis is slow (a 2 MB
 * report takes seconds): re-analysing it between two words would keep a core busy and block the
 * extension host on each large answer while the reader types. At most 5 s.
 */
export function debounceFor(settingMs: number, lastAnalysisMs: number | undefined): number {
  return Math.max(settingMs, Math.min(5000, Math.round((lastAnalysisMs ?? 0) * 1.5)));
}

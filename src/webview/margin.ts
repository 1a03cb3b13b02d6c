/**
 * The notes margin's script (bundled for the browser by esbuild into dist/margin.js). It draws one
 * balloon per annotation the extension posts, at the height of its passage in the editor beside it
 * (rows estimated under word wrap: src/core/margin.ts), pushed down when balloons would overlap.
 * A click on a balloon asks the extension to select the passage; Edit turns the note into a
 * textarea (Ctrl+Enter or Save), Delete asks here first. User text is always set as text.
 */
import { columnBounds, columnsOf, desiredTops, stack, visibleWidths, type ColumnBounds } from '../core/margin';
import type { MarginItem, MarginLabels, MarginMessage, MarginUpdate } from '../core/marginView';

declare function acquireVsCodeApi(): { postMessage(message: MarginMessage): void; setState(s: unknown): void; getState(): unknown };

const vscode = acquireVsCodeApi();
const labels = JSON.parse(document.body.dataset.labels ?? '{}') as MarginLabels;
const $ = (id: string) => document.getElementById(id) as HTMLElement;
const lane = $('lane');
const layer = $('balloons');

interface State {
  /** Text typed in a balloon being edited, by annotation id: kept across scrolling and re-renders. */
  drafts: Record<string, { note: string; tag: string | null }>;
  /** The columns per row that agree with what was seen, by document (narrowed while scrolling). */
  bounds: Record<string, ColumnBounds>;
}
const state: State = { drafts: {}, bounds: {}, ...((vscode.getState() as Partial<State> | undefined) ?? {}) };
let update: MarginUpdate | null = null;
let confirming: string | null = null;

const save = () => vscode.setState(state);

function el<K extends keyof HTMLElementTagNameMap>(tag: K, className?: string, text?: string): HTMLElementTagNameMap[K] {
  const e = document.createElement(tag);
  if (className) e.className = className;
  if (text !== undefined) e.textContent = text;
  return e;
}

function button(text: string, onClick: () => void, primary = false): HTMLButtonElement {
  const b = el('button', primary ? 'primary' : undefined, text);
  b.addEventListener('click', (e) => {
    e.stopPropagation();
    onClick();
  });
  return b;
}

function head(item: MarginItem): HTMLElement {
  const h = el('div', 'head');
  h.append(el('span', 'tag', item.tag ?? labels.noTag), el('span', 'author', item.author), el('span', 'date', item.date));
  const actions = el('span', 'actions');
  actions.append(
    button(labels.edit, () => startEdit(item)),
    button(labels.delete, () => {
      confirming = item.id;
      render();
    }),
  );
  h.append(actions);
  return h;
}

function startEdit(item: MarginItem): void {
  state.drafts[item.id] ??= { note: item.note, tag: item.tag };
  save();
  render();
  const area = document.querySelector<HTMLTextAreaElement>(`.balloon[data-id="${CSS.escape(item.id)}"] textarea`);
  area?.focus();
}

function editor(item: MarginItem, draft: { note: string; tag: string | null }): HTMLElement {
  const box = el('div', 'editor');
  const select = el('select');
  for (const t of [...(update?.tags ?? []), ...(item.tag && !update?.tags.includes(item.tag) ? [item.tag] : [])]) {
    const o = el('option', undefined, t);
    o.value = t;
    o.selected = t === draft.tag;
    select.append(o);
  }
  const none = el('option', undefined, labels.noTag);
  none.value = '';
  none.selected = draft.tag === null;
  select.append(none);
  const area = el('textarea');
  area.value = draft.note;
  const keep = () => {
    state.drafts[item.id] = { note: area.value, tag: select.value || null };
    save();
  };
  const commit = () => {
    keep();
    const d = state.drafts[item.id];
    delete state.drafts[item.id];
    save();
    vscode.postMessage({ type: 'edit', id: item.id, note: d.note, tag: d.tag });
    render(); // back to the note at once (the update with the saved text follows; nothing changed: none)
  };
  const cancel = () => {
    delete state.drafts[item.id];
    save();
    render();
  };
  area.addEventListener('input', keep);
  select.addEventListener('change', keep);
  area.addEventListener('keydown', (e) => {
    if (e.key === 'Enter' && (e.ctrlKey || e.metaKey)) {
      e.preventDefault();
      commit();
    } else if (e.key === 'Escape') cancel();
  });
  box.addEventListener('click', (e) => e.stopPropagation());
  const buttons = el('div', 'buttons');
  buttons.append(button(labels.save, commit, true), button(labels.cancel, cancel), el('span', 'hint', labels.saveHint));
  box.append(select, area, buttons);
  return box;
}

function balloon(item: MarginItem): HTMLElement {
  const b = el('div', 'balloon');
  b.dataset.id = item.id;
  b.tabIndex = 0;
  b.style.setProperty('--tag-color', `var(--vscode-policyAnnotator-annotation-${item.colorKey}Background)`);
  b.append(head(item), el('div', 'quote', item.quote));
  const draft = state.drafts[item.id];
  if (draft) b.append(editor(item, draft));
  else {
    b.append(el('div', 'note', item.note));
    if (item.link) {
      const a = el('a', undefined, item.link);
      a.href = '#';
      a.addEventListener('click', (e) => {
        e.preventDefault();
        e.stopPropagation();
        vscode.postMessage({ type: 'openLink', id: item.id });
      });
      const line = el('div', 'link');
      line.append(a);
      b.append(line);
    }
  }
  if (confirming === item.id) {
    const row = el('div', 'buttons');
    row.append(
      el('span', undefined, labels.confirmDelete),
      button(labels.yes, () => {
        confirming = null;
        vscode.postMessage({ type: 'delete', id: item.id });
      }, true),
      button(labels.no, () => {
        confirming = null;
        render();
      }),
    );
    row.addEventListener('click', (e) => e.stopPropagation());
    b.append(row);
  }
  b.addEventListener('click', () => vscode.postMessage({ type: 'reveal', id: item.id }));
  b.addEventListener('keydown', (e) => {
    if (e.target === b && e.key === 'Enter') vscode.postMessage({ type: 'reveal', id: item.id });
  });
  return b;
}

function edge(id: 'above' | 'below', info: { count: number; nearest: string | null }, text: string): void {
  const e = $(id);
  e.hidden = info.count === 0;
  e.textContent = text.replace('{0}', String(info.count));
  e.onclick = () => info.nearest && vscode.postMessage({ type: 'reveal', id: info.nearest });
}

/** Columns per row of the editor: unbounded without wrapping, else estimated from the viewport. */
function columnsFor(u: MarginUpdate): number {
  if (!u.wrap) return Infinity;
  const viewportRows = Math.max(1, (window.innerHeight - u.topOffset) / u.lineHeight);
  state.bounds[u.uri] = columnBounds(visibleWidths(u.ranges, u.widths), viewportRows, u.endsInView, state.bounds[u.uri]);
  return columnsOf(state.bounds[u.uri]);
}

function render(): void {
  const u = update;
  if (!u) return;
  const focused = document.activeElement instanceof HTMLTextAreaElement ? document.activeElement.closest<HTMLElement>('.balloon')?.dataset.id : undefined;
  const caret = document.activeElement instanceof HTMLTextAreaElement ? document.activeElement.selectionStart : 0;
  $('message').hidden = !u.message;
  $('message').textContent = u.message ?? '';
  $('orphans').hidden = u.orphans === 0;
  $('orphans').textContent = labels.orphans.replace('{0}', String(u.orphans));
  edge('above', u.above, labels.above);
  edge('below', u.below, labels.below);
  const nodes = u.items.map(balloon);
  layer.replaceChildren(...nodes);
  const columns = columnsFor(u);
  const tops = desiredTops(u.items, u.ranges, u.widths, columns, u.lineHeight);
  const placed = stack(
    u.items.map((item, i) => ({ id: item.id, top: u.topOffset + (tops.get(item.id) ?? 0), height: nodes[i].offsetHeight })),
    4,
    u.above.count ? $('above').offsetHeight : 0,
  );
  const byId = new Map(nodes.map((n) => [n.dataset.id!, n]));
  for (const p of placed) byId.get(p.id)!.style.top = `${p.top}px`;
  const bottom = placed.length ? placed[placed.length - 1].top + placed[placed.length - 1].height : 0;
  layer.style.height = `${Math.max(bottom + 8, lane.clientHeight - 60)}px`;
  save();
  if (focused) {
    const area = document.querySelector<HTMLTextAreaElement>(`.balloon[data-id="${CSS.escape(focused)}"] textarea`);
    area?.focus();
    area?.setSelectionRange(caret, caret);
  }
  vscode.postMessage({ type: 'rendered', uri: u.uri, placed, columns: Number.isFinite(columns) ? columns : 0 });
}

window.addEventListener('message', (e: MessageEvent<MarginUpdate>) => {
  if (e.data?.type !== 'update') return;
  if (update && update.uri !== e.data.uri) confirming = null;
  update = e.data;
  render();
});
window.addEventListener('resize', () => {
  // The editor beside may have changed its width too: what was learnt about its rows is dropped.
  state.bounds = {};
  render();
});
vscode.postMessage({ type: 'ready' });

#!/usr/bin/env node
// Applies a review's fixes (a JSON array) to the glossary data files in a working tree.
// Usage: node scripts/glossary/apply-fixes.mjs FIXES.json [--root DIR] [--dry-run]
//
// Each fix names a data file (relative to the root) and an entry by its exact term, and does one
// or more of:
//   {"file": "src/core/glossary/data/x.json", "term": "…", "set": {"explanation": "…", "source": {…}, "english": null}}
//   {"file": …, "term": …, "unset": ["members"]}                 (drops optional fields)
//   {"file": …, "term": …, "removeVariants": ["…"], "addVariants": ["…"]}
//   {"file": …, "term": …, "remove": true}                        (drops the entry)
// Other keys ("why", "kind") are for the reader and ignored.
// A fix whose file or term is unknown, or that removes a variant the entry lacks or adds one it
// already has, is refused and printed; the other fixes are applied. Files are written as
// JSON.stringify(data, null, 2) + "\n" (the data files' own formatting), entries in their order;
// a field that an entry did not have is put where the schema's field order places it.
// Prints "applied N; problems M"; exit status 1 when M > 0. --dry-run writes nothing.
import { existsSync, readFileSync, writeFileSync } from 'node:fs';
import { join, resolve } from 'node:path';

const FIELD_ORDER = ['term', 'variants', 'category', 'explanation', 'source', 'members', 'related', 'english'];
const OPS = new Set(['set', 'unset', 'remove', 'removeVariants', 'addVariants']);
const NOTES = new Set(['file', 'term', 'why', 'kind', 'note']);

/** Sets key on entry; a key the entry lacks is inserted before the first later field of FIELD_ORDER. */
function setField(entry, key, value) {
  if (Object.prototype.hasOwnProperty.call(entry, key)) {
    entry[key] = value;
    return entry;
  }
  const rank = FIELD_ORDER.indexOf(key);
  const out = {};
  let placed = false;
  for (const k of Object.keys(entry)) {
    const r = FIELD_ORDER.indexOf(k);
    if (!placed && rank >= 0 && r > rank) {
      out[key] = value;
      placed = true;
    }
    out[k] = entry[k];
  }
  if (!placed) out[key] = value;
  return out;
}

/**
 * Applies fixes to the files under root. Returns { applied, problems: string[], written: string[] }.
 * Pure apart from reading and (unless dryRun) writing the named data files.
 */
export function applyFixes(fixes, { root = process.cwd(), dryRun = false } = {}) {
  const problems = [];
  const files = new Map(); // file → { data, changed }
  let applied = 0;
  if (!Array.isArray(fixes)) return { applied, problems: ['the fixes file is not a JSON array'], written: [] };

  fixes.forEach((fix, n) => {
    const where = `fix ${n + 1} (${fix?.file ?? '?'}: ${fix?.term ?? '?'})`;
    if (!fix || typeof fix.file !== 'string' || typeof fix.term !== 'string') {
      problems.push(`${where}: needs "file" and "term"`);
      return;
    }
    const unknownKeys = Object.keys(fix).filter((k) => !OPS.has(k) && !NOTES.has(k));
    if (unknownKeys.length > 0) {
      problems.push(`${where}: unknown keys ${unknownKeys.join(', ')}`);
      return;
    }
    if (!Object.keys(fix).some((k) => OPS.has(k))) {
      problems.push(`${where}: nothing to do`);
      return;
    }
    let file = files.get(fix.file);
    if (!file) {
      const path = join(root, fix.file);
      if (!existsSync(path)) {
        problems.push(`${where}: no such file ${path}`);
        return;
      }
      file = { data: JSON.parse(readFileSync(path, 'utf8')), changed: false, path };
      files.set(fix.file, file);
    }
    const entries = file.data.entries;
    const at = entries.findIndex((e) => e.term === fix.term);
    if (at < 0) {
      problems.push(`${where}: unknown term`);
      return;
    }
    if (fix.remove === true) {
      entries.splice(at, 1);
      file.changed = true;
      applied++;
      return;
    }
    // Check everything before changing anything, so a refused fix leaves its entry untouched.
    let entry = entries[at];
    const variants = [...(entry.variants ?? [])];
    for (const v of fix.removeVariants ?? []) {
      const i = variants.indexOf(v);
      if (i < 0) {
        problems.push(`${where}: has no variant ${v}`);
        return;
      }
      variants.splice(i, 1);
    }
    for (const v of fix.addVariants ?? []) {
      if (v === entry.term || variants.includes(v)) {
        problems.push(`${where}: already has ${v}`);
        return;
      }
      variants.push(v);
    }
    for (const [k, value] of Object.entries(fix.set ?? {})) entry = setField(entry, k, value);
    if (fix.removeVariants || fix.addVariants) {
      if (variants.length > 0) entry = setField(entry, 'variants', variants);
      else delete entry.variants;
    }
    for (const k of fix.unset ?? []) delete entry[k];
    entries[at] = entry;
    file.changed = true;
    applied++;
  });

  const written = [];
  for (const [name, file] of files) {
    if (!file.changed) continue;
    if (!dryRun) writeFileSync(file.path, JSON.stringify(file.data, null, 2) + '\n');
    written.push(name);
  }
  return { applied, problems, written };
}

function main(argv) {
  const args = argv.slice(2);
  let root = process.cwd();
  let dryRun = false;
  let fixesPath;
  for (let i = 0; i < args.length; i++) {
    if (args[i] === '--root') root = resolve(args[++i]);
    else if (args[i] === '--dry-run') dryRun = true;
    else fixesPath = args[i];
  }
  if (!fixesPath) {
    console.error('usage: node scripts/glossary/apply-fixes.mjs FIXES.json [--root DIR] [--dry-run]');
    process.exit(2);
  }
  const { applied, problems, written } = applyFixes(JSON.parse(readFileSync(fixesPath, 'utf8')), { root, dryRun });
  for (const p of problems) console.log(`problem: ${p}`);
  for (const w of written) console.log(`${dryRun ? 'would write' : 'wrote'} ${w}`);
  console.log(`applied ${applied}; problems ${problems.length}`);
  process.exit(problems.length > 0 ? 1 : 0);
}

if (process.argv[1] && resolve(process.argv[1]) === resolve(new URL(import.meta.url).pathname)) main(process.argv);

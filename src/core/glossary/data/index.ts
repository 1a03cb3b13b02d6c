/**
 * The built-in glossary: the entries of politics.json, development.json, party-state.json, economy-society.json, governance-local.json, sectors.json, economy-fields.json, society-governance.json, external-affairs.json, society-fields.json, theory-phrases.json, names-2.json, sectors-2.json, party-theory-2.json, sectors-3.json, phrases-2.json, external-2.json, sectors-4.json, policy-nouns.json and theory-external-3.json, bundled with the
 * code (imported as JSON modules: the extension bundles inline them; the CLI build reads them from dist/cli-glossary/ at run time).
 * The data files are checked against schemas/glossary.schema.json by test/unit/glossaryData.test.ts.
 */
import type { GlossaryEntry, GlossaryFile } from '../types';
import development from './development.json';
import economyFields from './economy-fields.json';
import economySociety from './economy-society.json';
import external2 from './external-2.json';
import externalAffairs from './external-affairs.json';
import governanceLocal from './governance-local.json';
import names2 from './names-2.json';
import partyState from './party-state.json';
import partyTheory2 from './party-theory-2.json';
import phrases2 from './phrases-2.json';
import policyNouns from './policy-nouns.json';
import politics from './politics.json';
import sectors from './sectors.json';
import sectors2 from './sectors-2.json';
import sectors3 from './sectors-3.json';
import sectors4 from './sectors-4.json';
import societyFields from './society-fields.json';
import societyGovernance from './society-governance.json';
import theoryExternal3 from './theory-external-3.json';
import theoryPhrases from './theory-phrases.json';

let cached: GlossaryEntry[] | null = null;

/** The built-in data files, by name (for tests and diagnostics). */
export const BUILTIN_GLOSSARY_FILES: Readonly<Record<string, GlossaryFile>> = {
  'politics.json': politics as unknown as GlossaryFile,
  'development.json': development as unknown as GlossaryFile,
  'party-state.json': partyState as unknown as GlossaryFile,
  'economy-society.json': economySociety as unknown as GlossaryFile,
  'governance-local.json': governanceLocal as unknown as GlossaryFile,
  'sectors.json': sectors as unknown as GlossaryFile,
  'economy-fields.json': economyFields as unknown as GlossaryFile,
  'society-governance.json': societyGovernance as unknown as GlossaryFile,
  'external-affairs.json': externalAffairs as unknown as GlossaryFile,
  'society-fields.json': societyFields as unknown as GlossaryFile,
  'theory-phrases.json': theoryPhrases as unknown as GlossaryFile,
  'names-2.json': names2 as unknown as GlossaryFile,
  'sectors-2.json': sectors2 as unknown as GlossaryFile,
  'party-theory-2.json': partyTheory2 as unknown as GlossaryFile,
  'sectors-3.json': sectors3 as unknown as GlossaryFile,
  'phrases-2.json': phrases2 as unknown as GlossaryFile,
  'external-2.json': external2 as unknown as GlossaryFile,
  'sectors-4.json': sectors4 as unknown as GlossaryFile,
  'policy-nouns.json': policyNouns as unknown as GlossaryFile,
  'theory-external-3.json': theoryExternal3 as unknown as GlossaryFile,
};

/** All built-in entries (politics first, then development). The array is shared: do not mutate it. */
export function builtinGlossary(): GlossaryEntry[] {
  if (cached === null) {
    cached = Object.values(BUILTIN_GLOSSARY_FILES).flatMap((f) => f.entries);
  }
  return cached;
}

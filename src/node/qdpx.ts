/**
 * `.qdpx` files on disk: zip packaging with jszip (a well-kept library; we do not write the zip
 * format by hand), name-based GUIDs (UUID version 5 over SHA-1, so the same ids always give the
 * same GUIDs and exporting twice gives the same project), and reading what the big tools write
 * (a `.qde` with another name, `Sources/` capitalised, sources with a byte-order mark).
 */
import JSZip from 'jszip';
import { nameGuid } from './guid';

export { nameGuid };
import { projectToQdpx, qdeToProject, type ExchangeProject, type ImportedProject } from '../core/exchange/qdpx';

/** A fixed date in the zip entries, so that the same project gives the same bytes. */
const ZIP_DATE = new Date('2020-01-01T00:00:00Z');

export async function writeQdpx(project: ExchangeProject, now: string): Promise<{ zip: Buffer; qde: string }> {
  const { qde, sources } = projectToQdpx(project, nameGuid, now);
  const zip = new JSZip();
  zip.file('project.qde', qde, { date: ZIP_DATE });
  // The folder entry too: JSZip would otherwise create it with the current time (and two exports a
  // second apart would differ).
  if (sources.size > 0) zip.file('sources/', null, { dir: true, date: ZIP_DATE });
  for (const [name, text] of [...sources].sort(([a], [b]) => a.localeCompare(b))) zip.file(`sources/${name}`, text, { date: ZIP_DATE });
  const buf = await zip.generateAsync({ type: 'nodebuffer', compression: 'DEFLATE', platform: 'UNIX' });
  return { zip: buf, qde };
}

/** Reads a `.qdpx`: the `.qde` may have any name; sources are found in `sources/` or `Sources/`. */
export async function readQdpx(data: Buffer, idOf: (guid: string, name: string) => string): Promise<ImportedProject> {
  const zip = await JSZip.loadAsync(data);
  const qdeEntries = Object.values(zip.files).filter((f) => !f.dir && /\.qde$/i.test(f.name));
  if (qdeEntries.length === 0) throw new Error('no .qde file inside the .qdpx');
  const qde = await qdeEntries[0].async('string');
  const texts = new Map<string, string>();
  for (const f of Object.values(zip.files)) {
    if (f.dir || !/^sources\//i.test(f.name)) continue;
    texts.set(f.name.replace(/^sources\//i, '').toLowerCase(), new TextDecoder('utf-8').decode(await f.async('uint8array')));
  }
  const project = qdeToProject(qde, (path) => texts.get(path.replace(/^internal:\/\//i, '').replace(/^\/+/, '').toLowerCase()) ?? null, idOf);
  if (qdeEntries.length > 1) project.warnings.push(`${qdeEntries.length} .qde files in the project; read ${qdeEntries[0].name}`);
  return project;
}

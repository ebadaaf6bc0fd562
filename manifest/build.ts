import { readFile } from 'node:fs/promises';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';
import fse from 'fs-extra';
import JSZip from 'jszip';
import { checkColorIcon, checkOutlineIcon } from './icon-rules';
import { buildManifest, ManifestConfigError, type ManifestEnv, type TeamsManifest } from './manifest';
import { validateManifest } from './validate';

/**
 * Builds the Teams app package (the zip uploaded to Teams / the admin centre):
 *   npx tsx manifest/build.ts [--out manifest/build/appPackage.zip]
 * Placeholders come from the environment (see manifest.ts). The package is only written when
 * the manifest passes the official schema offline and both icons meet Teams' rules.
 */

export { buildManifest, validateManifest };
export type { ManifestEnv, TeamsManifest };

const MANIFEST_DIR = dirname(fileURLToPath(import.meta.url));
export const DEFAULT_OUT = join(MANIFEST_DIR, 'build', 'appPackage.zip');

export class ManifestValidationError extends Error {
  override name = 'ManifestValidationError';
  constructor(readonly problems: string[]) {
    super(`The Teams app package was not built; ${problems.length} problem(s):\n${problems.map((p) => `  - ${p}`).join('\n')}`);
  }
}

export interface AppPackage {
  manifest: TeamsManifest;
  /** The zip bytes: manifest.json, color.png, outline.png at the root, as Teams requires. */
  zip: Buffer;
}

/** Builds and checks the package in memory; throws ManifestConfigError / ManifestValidationError. */
export async function buildAppPackage(env: ManifestEnv, iconDir: string = MANIFEST_DIR): Promise<AppPackage> {
  const manifest = buildManifest(env);
  const [color, outline] = await Promise.all([readFile(join(iconDir, 'color.png')), readFile(join(iconDir, 'outline.png'))]);
  const problems = [...(await validateManifest(manifest)), ...checkColorIcon(color), ...checkOutlineIcon(outline)];
  if (problems.length > 0) throw new ManifestValidationError(problems);

  const zip = new JSZip();
  // Fixed timestamps make the zip byte-for-byte reproducible for the same inputs.
  const date = new Date('2000-01-01T00:00:00Z');
  zip.file('manifest.json', `${JSON.stringify(manifest, null, 2)}\n`, { date });
  zip.file('color.png', color, { date });
  zip.file('outline.png', outline, { date });
  const bytes = await zip.generateAsync({ type: 'nodebuffer', compression: 'DEFLATE', platform: 'UNIX' });
  return { manifest, zip: bytes };
}

export function parseOutArg(argv: readonly string[]): string {
  const i = argv.indexOf('--out');
  if (i === -1) return DEFAULT_OUT;
  const value = argv[i + 1];
  if (!value || value.startsWith('--')) throw new ManifestConfigError('--out needs a file path, e.g. --out manifest/build/appPackage.zip');
  return resolve(value);
}

async function main(): Promise<void> {
  const out = parseOutArg(process.argv.slice(2));
  const { manifest, zip } = await buildAppPackage(process.env);
  await fse.outputFile(out, zip);
  const bot = (manifest['bots'] as Array<{ botId: string }> | undefined)?.[0];
  console.log(
    `Teams app package written to ${out} (manifest ${String(manifest['manifestVersion'])}, app ${String(manifest['id'])}, bot ${bot?.botId ?? 'none'})`,
  );
  if (!process.env['MicrosoftAppId']) {
    console.log('MicrosoftAppId is not set: used the development app id; this package only works with a local bot.');
  }
}

if (process.argv[1] && import.meta.url === pathToFileURL(process.argv[1]).href) {
  main().catch((err: unknown) => {
    const known = err instanceof ManifestValidationError || err instanceof ManifestConfigError;
    console.error(known ? (err as Error).message : err);
    process.exitCode = 1;
  });
}

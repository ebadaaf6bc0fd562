import { readFileSync } from 'node:fs';
import { mkdtemp, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import JSZip from 'jszip';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { buildAppPackage, buildManifest, ManifestValidationError, parseOutArg, validateManifest } from '../../manifest/build';
import { checkColorIcon, checkOutlineIcon } from '../../manifest/icon-rules';
import { DEVELOPMENT_APP_ID, ManifestConfigError, type TeamsManifest } from '../../manifest/manifest';
import { decodePng, encodePng, readPngHeader } from '../../manifest/png';
import { loadBundledSchema } from '../../manifest/validate';

const BOT_ID = '3f2b8c1e-5a47-4d2e-9b61-0c7e8f9a1b2d';
const PROD_ENV = { MicrosoftAppId: BOT_ID, TAB_DOMAIN: 'wma.example.nhs.uk' };
const iconBytes = (name: string) => readFileSync(new URL(`../../manifest/${name}`, import.meta.url));

interface BotEntry {
  botId: string;
  scopes: string[];
  supportsFiles: boolean;
  commandLists: Array<{ scopes: string[]; commands: Array<{ title: string; description: string }> }>;
}
const bots = (m: TeamsManifest) => m['bots'] as BotEntry[];
const clone = (m: TeamsManifest) => structuredClone(m);

afterEach(() => vi.unstubAllGlobals());

describe('generated manifest', () => {
  it('validates against the official bundled schema with zero errors, without any network access', async () => {
    // Any attempt to download a schema would throw here and surface as a thrown error.
    vi.stubGlobal('fetch', () => Promise.reject(new Error('network is not allowed in this test')));
    expect(await validateManifest(buildManifest(PROD_ENV))).toEqual([]);
    expect(await validateManifest(buildManifest({}))).toEqual([]);
  });

  it('uses a bundled schema version of at least 1.25 and matches its manifestVersion', () => {
    const manifest = buildManifest(PROD_ENV);
    const version = String(manifest['manifestVersion']);
    const [major, minor] = version.split('.').map(Number);
    expect(major === 1 && (minor ?? 0) >= 25).toBe(true);
    expect(manifest['$schema']).toBe(`https://developer.microsoft.com/json-schemas/teams/v${version}/MicrosoftTeams.schema.json`);
    expect(loadBundledSchema(`v${version}`)).toHaveProperty('properties.manifestVersion.const', version);
  });

  it('fills ids and domains from the environment', () => {
    const manifest = buildManifest(PROD_ENV);
    expect(manifest['id']).toBe(BOT_ID);
    expect(bots(manifest)[0]?.botId).toBe(BOT_ID);
    expect(manifest['validDomains']).toEqual(['wma.example.nhs.uk']);
    expect(manifest['webApplicationInfo']).toEqual({ id: BOT_ID, resource: `api://wma.example.nhs.uk/${BOT_ID}` });
    expect(JSON.stringify(manifest)).not.toContain('{{');
  });

  it('falls back to the documented development id and localhost:3978 when unset or blank', () => {
    const manifest = buildManifest({ MicrosoftAppId: '', TAB_DOMAIN: '  ' });
    expect(manifest['id']).toBe(DEVELOPMENT_APP_ID);
    expect(bots(manifest)[0]?.botId).toBe(DEVELOPMENT_APP_ID);
    expect(manifest['validDomains']).toEqual(['localhost:3978']);
  });

  it('keeps a separate Teams app id when TEAMS_APP_ID is given', () => {
    const appId = '9d8c7b6a-5f4e-4d3c-8b2a-1f0e9d8c7b6a';
    const manifest = buildManifest({ ...PROD_ENV, TEAMS_APP_ID: appId });
    expect(manifest['id']).toBe(appId);
    expect(bots(manifest)[0]?.botId).toBe(BOT_ID);
  });

  it('rejects malformed environment values, naming the variable', () => {
    expect(() => buildManifest({ MicrosoftAppId: 'not-a-guid' })).toThrow(/MicrosoftAppId: must be a GUID/);
    expect(() => buildManifest({ TAB_DOMAIN: 'https://wma.example.nhs.uk/tab' })).toThrow(/TAB_DOMAIN/);
    expect(() => buildManifest({ APP_VERSION: '1.0' })).toThrow(ManifestConfigError);
  });

  it('does not let an environment value break the JSON structure', () => {
    const manifest = buildManifest({ ...PROD_ENV, PRIVACY_URL: 'https://x.example/?q="},"id":"evil' });
    expect(manifest['id']).toBe(BOT_ID);
    expect((manifest['developer'] as Record<string, string>)['privacyUrl']).toBe('https://x.example/?q="},"id":"evil');
  });

  it('declares the bot in personal scope only, without file support, with the typed commands', () => {
    const [bot, ...others] = bots(buildManifest(PROD_ENV));
    expect(others).toEqual([]);
    expect(bot?.scopes).toEqual(['personal']);
    expect(bot?.supportsFiles).toBe(false);
    expect(bot?.commandLists.map((l) => l.scopes)).toEqual([['personal']]);
    const commands = bot?.commandLists[0]?.commands ?? [];
    expect(commands.map((c) => c.title)).toEqual([
      'start',
      'resume',
      'status',
      'back',
      'skip',
      'pause',
      'help',
      'summary',
      'plan',
      'export',
      'supervision',
      'cancel',
    ]);
    for (const c of commands) expect(c.description.length).toBeGreaterThan(0);
  });

  it("has the managers' Scripts static tab in personal scope", () => {
    const tabs = buildManifest(PROD_ENV)['staticTabs'] as Array<Record<string, unknown>>;
    expect(tabs).toContainEqual(
      expect.objectContaining({
        entityId: 'scripts',
        name: 'Scripts',
        contentUrl: 'https://wma.example.nhs.uk/tab/index.html',
        scopes: ['personal'],
      }),
    );
  });

  it('has the Service report static tab (issue 20), so commissioners reach the report from Teams', () => {
    const tabs = buildManifest(PROD_ENV)['staticTabs'] as Array<Record<string, unknown>>;
    expect(tabs).toContainEqual(
      expect.objectContaining({
        entityId: 'service-report',
        name: 'Service report',
        contentUrl: 'https://wma.example.nhs.uk/tab/report/index.html',
        scopes: ['personal'],
      }),
    );
  });
});

describe('the My caseload tab (issue 21)', () => {
  it('is a personal static tab pointing at the caseload page, and the manifest stays valid', async () => {
    const manifest = buildManifest(PROD_ENV);
    expect(manifest['staticTabs'] as Array<Record<string, unknown>>).toContainEqual(
      expect.objectContaining({
        entityId: 'my-caseload',
        name: 'My caseload',
        contentUrl: 'https://wma.example.nhs.uk/tab/caseload.html',
        scopes: ['personal'],
      }),
    );
    expect(await validateManifest(manifest)).toEqual([]);
  });
});

describe('the validator catches broken manifests', () => {
  it('reports a bot scope outside the allowed values', async () => {
    const broken = clone(buildManifest(PROD_ENV));
    bots(broken)[0]!.scopes = ['galaxy'];
    const errors = await validateManifest(broken);
    expect(errors.some((e) => e.startsWith('/bots/0/scopes/0 must be equal to one of the allowed values'))).toBe(true);
  });

  it('reports a missing required name and a malformed bot id', async () => {
    const broken = clone(buildManifest(PROD_ENV));
    delete broken['name'];
    bots(broken)[0]!.botId = 'my-bot';
    const errors = await validateManifest(broken);
    expect(errors.some((e) => e.includes("must have required property 'name'"))).toBe(true);
    expect(errors.some((e) => e.startsWith('/bots/0/botId must match pattern'))).toBe(true);
  });

  it('reports unfilled placeholders and unknown schema URLs', async () => {
    const withPlaceholder = { ...clone(buildManifest(PROD_ENV)), validDomains: ['{{TAB_DOMAIN}}'] };
    expect(await validateManifest(withPlaceholder)).toEqual(['/validDomains/0 still contains placeholder {{TAB_DOMAIN}}']);
    const elsewhere = { ...clone(buildManifest(PROD_ENV)), $schema: 'https://example.com/schema.json' };
    expect((await validateManifest(elsewhere))[0]).toMatch(/not an official Teams schema URL/);
    const unbundled = { ...clone(buildManifest(PROD_ENV)), $schema: 'https://developer.microsoft.com/json-schemas/teams/v9.99/MicrosoftTeams.schema.json' };
    expect((await validateManifest(unbundled))[0]).toMatch(/v9\.99 is not bundled/);
  });
});

describe('icons', () => {
  it('color.png is 192x192 and outline.png is 32x32 (from the PNG IHDR)', () => {
    expect(readPngHeader(iconBytes('color.png'))).toMatchObject({ width: 192, height: 192, bitDepth: 8 });
    expect(readPngHeader(iconBytes('outline.png'))).toMatchObject({ width: 32, height: 32, bitDepth: 8 });
  });

  it('outline.png has only white or fully transparent pixels, and some visible ones', () => {
    const { pixels } = decodePng(iconBytes('outline.png'));
    let visible = 0;
    for (let i = 0; i < pixels.length; i += 4) {
      const alpha = pixels[i + 3]!;
      if (alpha === 0) continue;
      visible++;
      expect([pixels[i], pixels[i + 1], pixels[i + 2]]).toEqual([255, 255, 255]);
    }
    expect(visible).toBeGreaterThan(50);
    expect(checkOutlineIcon(iconBytes('outline.png'))).toEqual([]);
  });

  it('color.png is mostly opaque NHS blue and white', () => {
    const { pixels } = decodePng(iconBytes('color.png'));
    const colours = new Map<string, number>();
    for (let i = 0; i < pixels.length; i += 4) {
      if (pixels[i + 3] !== 255) continue;
      const key = [pixels[i], pixels[i + 1], pixels[i + 2]].join(',');
      colours.set(key, (colours.get(key) ?? 0) + 1);
    }
    expect(colours.get('0,94,184')! + colours.get('255,255,255')!).toBeGreaterThan(192 * 192 * 0.85);
    expect(checkColorIcon(iconBytes('color.png'))).toEqual([]);
  });

  it('the icon checks reject wrong sizes and coloured outline pixels', () => {
    const red = new Uint8Array(32 * 32 * 4).fill(0);
    red.set([255, 0, 0, 255], 0);
    expect(checkOutlineIcon(encodePng({ width: 32, height: 32, pixels: red }))).toEqual([
      'outline.png must be white on transparent only; 1 pixel(s) have another colour',
    ]);
    const small = encodePng({ width: 64, height: 64, pixels: new Uint8Array(64 * 64 * 4).fill(255) });
    expect(checkColorIcon(small)).toEqual(['color.png must be 192x192, found 64x64']);
    expect(checkColorIcon(Buffer.from('not a png'))[0]).toMatch(/Not a PNG/);
  });
});

describe('app package', () => {
  it('zips manifest.json, color.png and outline.png at the root', async () => {
    const { zip, manifest } = await buildAppPackage(PROD_ENV);
    const archive = await JSZip.loadAsync(zip);
    expect(Object.keys(archive.files).sort()).toEqual(['color.png', 'manifest.json', 'outline.png']);
    expect(JSON.parse(await archive.file('manifest.json')!.async('string'))).toEqual(manifest);
    expect(Buffer.from(await archive.file('color.png')!.async('uint8array'))).toEqual(iconBytes('color.png'));
    expect(Buffer.from(await archive.file('outline.png')!.async('uint8array'))).toEqual(iconBytes('outline.png'));
  });

  it('is reproducible for the same environment', async () => {
    const [a, b] = await Promise.all([buildAppPackage(PROD_ENV), buildAppPackage(PROD_ENV)]);
    expect(a.zip.equals(b.zip)).toBe(true);
  });

  it('refuses to build when an icon breaks Teams rules, listing the problem', async () => {
    const dir = await mkdtemp(join(tmpdir(), 'wma-icons-'));
    await writeFile(join(dir, 'color.png'), iconBytes('color.png'));
    await writeFile(join(dir, 'outline.png'), iconBytes('color.png')); // blue 192px icon as outline
    const failure = await buildAppPackage(PROD_ENV, dir).catch((e: unknown) => e);
    await rm(dir, { recursive: true });
    expect(failure).toBeInstanceOf(ManifestValidationError);
    expect((failure as ManifestValidationError).problems).toContain('outline.png must be 32x32, found 192x192');
    expect((failure as Error).message).toMatch(/was not built/);
  });

  it('takes the output path from --out, defaulting to manifest/build/appPackage.zip', () => {
    expect(parseOutArg([])).toMatch(/manifest\/build\/appPackage\.zip$/);
    expect(parseOutArg(['--out', '/tmp/x.zip'])).toBe('/tmp/x.zip');
    expect(() => parseOutArg(['--out'])).toThrow(/--out needs a file path/);
  });
});

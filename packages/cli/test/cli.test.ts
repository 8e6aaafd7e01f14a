// The built `forumkit` command, run as a user runs it: exit codes, one-line errors on stderr,
// output that other tools read back, and nothing written when something is wrong.
import { spawn, spawnSync } from 'node:child_process';
import { existsSync, mkdirSync, mkdtempSync, readdirSync, readFileSync, rmSync, truncateSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { createServer, type AddressInfo } from 'node:net';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import ICAL from 'ical.js';
import { forumStylesheets } from '@forumkit/ssr';
import { afterAll, describe, expect, it } from 'vitest';

const cli = fileURLToPath(new URL('../bin/forumkit.js', import.meta.url));
const fixture = (path: string) => fileURLToPath(new URL(`../../${path}`, import.meta.url));
const SEOUL = fixture('../examples/seoul-quantum-forum/forum.json');
const BAD = fixture('../examples/node-validate/bad-forum.json');
const BERLIN = fixture('core/test/fixtures/forums/berlin-three-days.json');
const ARABIC = fixture('core/test/fixtures/forums/arabic-hebrew.json');

const run = (args: string[], input?: string) => spawnSync(process.execPath, [cli, ...args], { encoding: 'utf8', input, timeout: 50_000 });
const scratch = mkdtempSync(join(tmpdir(), 'forumkit-cli-'));
afterAll(() => rmSync(scratch, { recursive: true, force: true }));

/** A user's mistake is one line on stderr, without a stack trace. */
function expectOneLineError(result: ReturnType<typeof run>, code: number, text: RegExp): void {
  expect(result.status).toBe(code);
  expect(result.stderr.trim().split('\n')).toHaveLength(1);
  expect(result.stderr).toMatch(text);
  expect(result.stderr).not.toMatch(/\bat .+:\d+:\d+/);
}

describe('forumkit', () => {
  it('lists its commands', () => {
    const help = run(['--help']);
    expect(help.status).toBe(0);
    expect(help.stdout).toMatch(/validate[\s\S]*import[\s\S]*jsonld[\s\S]*ics[\s\S]*export[\s\S]*build[\s\S]*serve/);
  });

  it.each(['validate', 'import', 'jsonld', 'ics', 'export', 'build', 'serve'])('says how to use %s', (command) => {
    expect(run([command, '--help']).stdout).toMatch(new RegExp(`^Usage: forumkit ${command}`));
  });

  it('refuses a missing or unknown command, or a misspelt option, in one line', () => {
    expect(run([]).status).toBe(2);
    expectOneLineError(run(['frobnicate']), 2, /unknown command "frobnicate"/);
    expectOneLineError(run(['jsonld', SEOUL, '--bse-url', 'x']), 2, /Unknown option '--bse-url'.*forumkit jsonld --help/);
  });
});

describe('forumkit validate', () => {
  it('says each file is valid, or lists every problem as FILE: path: message and exits 1', () => {
    expect(run(['validate', SEOUL])).toMatchObject({ status: 0, stdout: `${SEOUL}: valid\n` });
    const bad = run(['validate', SEOUL, BAD]);
    expect(bad.status).toBe(1);
    expect(bad.stdout).toContain(`${BAD}: people[0].affiliations[0]: no organisation with id "kist-quantum"`);
    expect(bad.stdout.trim().split('\n')).toHaveLength(1 + 11); // the Seoul file is valid; the bad one has eleven problems
  });

  it('answers tools in JSON, and reads standard input', () => {
    const json = JSON.parse(run(['validate', '--format', 'json', BAD]).stdout) as Array<{ ok: boolean; issues: unknown[] }>;
    expect(json[0]).toMatchObject({ ok: false });
    expect(json[0]!.issues).toHaveLength(11);
    expect(run(['validate', '-'], readFileSync(SEOUL, 'utf8'))).toMatchObject({ status: 0, stdout: '-: valid\n' });
  });

  it('refuses a file far larger than any schedule before reading it', () => {
    const huge = join(scratch, 'huge.json');
    writeFileSync(huge, '');
    truncateSync(huge, 300 * 2 ** 20); // sparse: takes no room on disk
    expectOneLineError(run(['validate', huge]), 2, /huge\.json: it is 300 MB, more than forumkit reads \(256 MB\)/);
  });

  it('tells a missing file and a file that is not JSON apart from invalid data (exit 2)', () => {
    expectOneLineError(run(['validate', join(scratch, 'missing.json')]), 2, /cannot read .*missing\.json: no such file/);
    expectOneLineError(run(['validate', '-'], '{ "id": '), 2, /- is not JSON/);
  });
});

describe('forumkit jsonld and ics', () => {
  it('writes JSON-LD that reads back, to stdout or a file', () => {
    const doc = JSON.parse(run(['jsonld', SEOUL, '--base-url', 'https://seoul.example.org/', '--lang', 'en']).stdout) as {
      '@graph': Array<Record<string, unknown>>;
    };
    expect(doc['@graph'][0]).toMatchObject({ '@id': 'https://seoul.example.org/#forum', name: '3rd Seoul Quantum Platform Forum' });
    const out = join(scratch, 'forum.jsonld');
    expect(run(['jsonld', SEOUL, '--base-url', 'https://seoul.example.org/', '-o', out]).status).toBe(0);
    expect(JSON.parse(readFileSync(out, 'utf8'))).toHaveProperty('@graph');
    expectOneLineError(run(['jsonld', SEOUL]), 2, /--base-url is required/);
    expectOneLineError(run(['jsonld', SEOUL, '--base-url', 'javascript:alert(1)']), 2, /--base-url must be an absolute http\(s\) URL/);
  });

  it('writes a calendar of the forum or chosen sessions that a calendar parser reads', () => {
    const whole = new ICAL.Component(ICAL.parse(run(['ics', BERLIN, '--base-url', 'https://spree.example.org/']).stdout));
    const events = whole.getAllSubcomponents('vevent');
    const forum = JSON.parse(readFileSync(BERLIN, 'utf8')) as { sessions: unknown[] };
    expect(events).toHaveLength(forum.sessions.length + 1); // every session has a day, plus the forum
    const one = new ICAL.Component(ICAL.parse(run(['ics', SEOUL, '--session', 'keynote', '--lang', 'en']).stdout));
    expect(one.getAllSubcomponents('vevent').map((event) => event.getFirstPropertyValue('summary'))).toEqual([
      'The Present and Future of the Quantum Technology Industry',
    ]);
    expectOneLineError(run(['ics', SEOUL, '--session', 'nope']), 2, /no session with id "nope"/);
  });

  it('prints the problems of an invalid forum on stderr and exits 1, writing nothing', () => {
    const out = join(scratch, 'bad.ics');
    const result = run(['ics', BAD, '-o', out]);
    expect(result.status).toBe(1);
    expect(result.stderr).toContain(`${BAD}: timeZone: must be an IANA time zone`);
    expect(existsSync(out)).toBe(false);
  });
});

describe('forumkit import and export', () => {
  const PRETALX = fixture('import/test/fixtures/frab-json/pretalx-conference.json');

  it('reads a pretalx schedule.json, recognised from its content, into a forum that validates, warning of what it leaves out', () => {
    const out = join(scratch, 'imported.json');
    const result = run(['import', PRETALX, '-o', out]);
    expect(result.status).toBe(0);
    expect(result.stderr).toMatch(/^forumkit: warning: /m);
    const forum = JSON.parse(readFileSync(out, 'utf8')) as { $schema: string; sessions: unknown[] };
    expect(forum.$schema).toMatch(/forum\.schema\.json$/);
    expect(forum.sessions).toHaveLength(40);
    expect(run(['validate', out]).status).toBe(0);
  });

  it('reads JSON-LD from an HTML page, and gives frab schedule.json back out', () => {
    const page = `<html><head><script type="application/ld+json">${run(['jsonld', BERLIN, '--base-url', 'https://spree.example.org/']).stdout}</script></head></html>`;
    const imported = run(['import', '-', '--time-zone', 'Europe/Berlin'], page);
    expect(imported.status).toBe(0);
    const forum = JSON.parse(imported.stdout) as { timeZone: string; sessions: Array<{ id: string }> };
    expect(forum.timeZone).toBe('Europe/Berlin');
    const original = JSON.parse(readFileSync(BERLIN, 'utf8')) as { sessions: Array<{ id: string }> };
    expect(forum.sessions.map((session) => session.id).sort()).toEqual(original.sessions.map((session) => session.id).sort());
    const schedule = JSON.parse(run(['export', 'frab-json', BERLIN, '--base-url', 'https://spree.example.org/']).stdout) as {
      schedule: { conference: { days: unknown[] } };
    };
    expect(schedule.schedule.conference.days.length).toBeGreaterThanOrEqual(3);
  });

  it('reads Sessionize, recognised from its content, in the zone it is told', () => {
    const SESSIONIZE = fixture('import/test/fixtures/sessionize/conference.json');
    const imported = run(['import', SESSIONIZE, '--time-zone', 'Europe/Amsterdam']);
    expect(imported.status).toBe(0);
    const forum = JSON.parse(imported.stdout) as { timeZone: string; sessions: unknown[] };
    expect(forum).toMatchObject({ timeZone: 'Europe/Amsterdam' });
    expect(forum.sessions).toHaveLength(30);
    // What the data does not say is asked for with the command's own options.
    expect(imported.stderr).toMatch(/pass --venue/);
    const told = run(['import', SESSIONIZE, '--time-zone', 'Europe/Amsterdam', '--venue', 'RAI Amsterdam', '--name', 'Dutch Data Days', '--lang', 'nl']);
    const named = JSON.parse(told.stdout) as { name: string; venue: { name: string }; languages: string[] };
    expect(named).toMatchObject({ name: 'Dutch Data Days', venue: { name: 'RAI Amsterdam' } });
    expect(named.languages[0]).toBe('nl'); // the default; the languages sessions are held in follow
    expect(told.stderr).not.toMatch(/pass --(venue|name|time-zone)/);
  });

  it('reads a frab schedule.xml, recognised from its content', () => {
    const imported = run(['import', fixture('import/test/fixtures/frab-xml/pretalx-conference.xml')]);
    expect(imported.status).toBe(0);
    expect((JSON.parse(imported.stdout) as { sessions: unknown[] }).sessions).toHaveLength(20);
  });

  it('says so when it cannot tell the format, or the input is broken', () => {
    expectOneLineError(run(['import', '-'], '{ "hello": 1 }'), 2, /cannot tell what format - is in: pass --from/);
    expectOneLineError(run(['import', fixture('import/test/fixtures/frab-xml/truncated.xml')]), 2, /truncated\.xml: not a well-formed schedule\.xml: line \d+/);
    expectOneLineError(run(['import', '--from', 'csv', '-'], '{}'), 2, /--from must be one of/);
    expectOneLineError(run(['export', 'ical', SEOUL]), 2, /the format is frab-json/);
  });
});

describe('forumkit build and serve', () => {
  it('builds a page per language with lang, dir and links between them, the data files and a calendar per session', () => {
    const out = join(scratch, 'site');
    const result = run(['build', ARABIC, '--out', out, '--base-url', 'https://carmel.example.org/2025/']);
    expect(result.status).toBe(0);
    const forum = JSON.parse(readFileSync(ARABIC, 'utf8')) as { sessions: Array<{ id: string }> };
    expect(readdirSync(out).sort()).toEqual([
      'forum.en.jsonld',
      'forum.he.jsonld',
      'forum.ics',
      'forum.json',
      'forum.jsonld',
      'forumkit-hydrate.js',
      'index.en.html',
      'index.he.html',
      'index.html',
      'schedule.json',
      'sessions',
      'styles',
    ]);
    expect(readdirSync(join(out, 'sessions')).sort()).toEqual(forum.sessions.map((session) => `${session.id}.ics`).sort());
    const arabic = readFileSync(join(out, 'index.html'), 'utf8');
    expect(arabic).toContain('<html lang="ar" dir="rtl">');
    expect(arabic).toContain('<link rel="alternate" hreflang="he" href="https://carmel.example.org/2025/index.he.html">');
    expect(arabic).toMatch(/<a href="index\.he\.html" hreflang="he" lang="he">עברית<\/a>/);
    expect(readFileSync(join(out, 'index.he.html'), 'utf8')).toContain('<html lang="he" dir="rtl">');
    expect(result.stdout).toContain('index.he.html');
  });

  it('links each element’s stylesheet from its shadow roots instead of repeating it, and writes the files', () => {
    const out = join(scratch, 'styled');
    expect(run(['build', SEOUL, '--out', out, '--base-url', 'https://seoul.example.org/']).status).toBe(0);
    const page = readFileSync(join(out, 'index.html'), 'utf8');
    expect(page).not.toContain('<style');
    const linked = [...page.matchAll(/<link rel="(?:stylesheet|preload)" href="([^"]+)"/g)].map(([, href]) => href!);
    // The page's own styles, a preload of each element's file, then one link per shadow root.
    expect(new Set(linked)).toEqual(new Set([...forumStylesheets().keys()].map((file) => `styles/${file}`)));
    expect(linked.filter((href) => href === 'styles/forum-quote.css')).toHaveLength(1 + 15);
    for (const [file, css] of forumStylesheets()) expect(readFileSync(join(out, 'styles', file), 'utf8'), file).toBe(css);
  });

  it('writes the forum’s track colours into the agenda’s stylesheet, so they show without JavaScript and without a <style>', () => {
    const out = join(scratch, 'tracks');
    expect(run(['build', BERLIN, '--out', out, '--base-url', 'https://spreeforum.example.org/2025/']).status).toBe(0);
    expect(readFileSync(join(out, 'index.html'), 'utf8')).not.toMatch(/<style|\sstyle=/);
    const agenda = readFileSync(join(out, 'styles', 'forum-agenda.css'), 'utf8');
    const tracks = (JSON.parse(readFileSync(BERLIN, 'utf8')) as { tracks: Array<{ color: string }> }).tracks;
    for (const { color } of tracks) expect(agenda).toContain(`.track-color-${color.slice(1)}::before{content:'';background:${color}}`);
  });

  it('copies the files the forum names by a relative URL, and nothing from outside its folder', () => {
    const folder = join(scratch, 'with-photos');
    mkdirSync(join(folder, 'photos'), { recursive: true });
    writeFileSync(join(folder, 'photos', 'hall.jpg'), 'jpeg bytes');
    writeFileSync(join(scratch, 'secret.txt'), 'not for the site');
    const forum = JSON.parse(readFileSync(SEOUL, 'utf8')) as { photos: Array<{ url: string }> };
    forum.photos[0]!.url = 'photos/hall.jpg';
    forum.photos[1]!.url = '../secret.txt';
    forum.photos[2]!.url = 'photos/missing.jpg';
    writeFileSync(join(folder, 'forum.json'), JSON.stringify(forum));
    const out = join(scratch, 'photo-site');
    const result = run(['build', join(folder, 'forum.json'), '--out', out, '--base-url', 'https://seoul.example.org/']);
    expect(result.status).toBe(0);
    expect(readFileSync(join(out, 'photos', 'hall.jpg'), 'utf8')).toBe('jpeg bytes');
    expect(readdirSync(join(out, 'photos'))).toEqual(['hall.jpg']);
    expect(existsSync(join(scratch, 'secret.txt'))).toBe(true);
    expect(readdirSync(out)).not.toContain('secret.txt');
    expect(result.stderr).toMatch(/warning: \.\.\/secret\.txt is named in the forum but is not a file in/);
    expect(result.stderr).toMatch(/warning: photos\/missing\.jpg is named/);
    expect(result.stdout).toMatch(/photos\/ \(1 file\)/);
    // The page shows the copied photo by the URL the forum gives.
    expect(readFileSync(join(out, 'index.html'), 'utf8')).toContain('src="photos/hall.jpg"');
  });

  it('writes nothing at all for an invalid forum', () => {
    const out = join(scratch, 'nothing');
    const result = run(['build', BAD, '--out', out, '--base-url', 'https://example.org/']);
    expect(result.status).toBe(1);
    expect(existsSync(out)).toBe(false);
    expect(readdirSync(scratch).filter((name) => name.includes('forumkit-tmp'))).toEqual([]);
  });

  /** Starts `forumkit serve`; resolves once it prints where it serves, with everything it printed by then. */
  function startServe(args: string[], env: NodeJS.ProcessEnv = process.env) {
    const server = spawn(process.execPath, [cli, 'serve', ...args], { env });
    let stdout = '';
    let stderr = '';
    server.stderr.on('data', (chunk: Buffer) => (stderr += String(chunk)));
    const started = new Promise<{ origin: string; stdout: string; stderr: string }>((resolve, reject) => {
      server.stdout.on('data', (chunk: Buffer) => {
        stdout += String(chunk);
        const found = /http:\/\/localhost:\d+/.exec(stdout);
        // The pages are listed right after the address, in the same write.
        if (found) resolve({ origin: found[0], stdout, stderr });
      });
      server.on('exit', (code) => reject(new Error(`serve exited with ${code}: ${stderr}`)));
    });
    const stop = () => {
      const stopped = new Promise((resolve) => server.on('exit', resolve));
      server.kill('SIGTERM');
      return stopped;
    };
    return { started, stop };
  }

  it('serves a built site until stopped, and lists its pages', async () => {
    const out = join(scratch, 'served');
    expect(run(['build', SEOUL, '--out', out, '--base-url', 'https://seoul.example.org/']).status).toBe(0);
    const serving = startServe([out, '--port', '0']);
    const { origin, stdout } = await serving.started;
    expect(stdout).toContain(`${origin}/\n`);
    expect(stdout).toContain(`${origin}/index.en.html`);
    const page = await fetch(`${origin}/index.en.html`);
    expect(page.status).toBe(200);
    expect(await page.text()).toContain('<html lang="en" dir="ltr">');
    expect((await fetch(`${origin}/photos/01-venue.svg`)).status).toBe(200);
    expect(await serving.stop()).toBe(0);
  });

  it('takes a free port when the one from PORT is taken, but not when --port names it', async () => {
    const out = join(scratch, 'served-on-a-free-port');
    expect(run(['build', SEOUL, '--out', out, '--base-url', 'https://seoul.example.org/']).status).toBe(0);
    const busy = createServer().listen(0, '127.0.0.1');
    await new Promise((resolve) => busy.once('listening', resolve));
    const port = (busy.address() as AddressInfo).port;
    try {
      const serving = startServe([out], { ...process.env, PORT: String(port) });
      const { origin, stderr } = await serving.started;
      expect(stderr).toContain(`port ${port} is in use; serving on`);
      expect(origin).not.toBe(`http://localhost:${port}`);
      expect(await serving.stop()).toBe(0);
      expectOneLineError(run(['serve', out, '--port', String(port)]), 2, new RegExp(`port ${port} is in use: try --port 0`));
      const junk = spawnSync(process.execPath, [cli, 'serve', out], { encoding: 'utf8', env: { ...process.env, PORT: 'eighty' }, timeout: 50_000 });
      expectOneLineError(junk, 2, /the PORT environment variable must be a whole number from 0 to 65535 \(got "eighty"\)/);
    } finally {
      busy.close();
    }
  });
});

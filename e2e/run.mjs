// E2E runner: starts the packaged app jar the way the README does (own port and data dir), waits for
// a 200, runs every journey in journeys.mjs with the system Chromium, screenshots each journey's last
// screen into e2e/target/, checks the main screens with axe, and exits non-zero on any failure.
//
//   node e2e/run.mjs                        # uses backend/target/partnerschaftsmonitor.jar
// Environment:
//   E2E_BASE_URL=http://host:port   test a running app instead of starting the jar
//   E2E_PORT=8096 E2E_DB_PORT=3396 E2E_DATA_DIR=<repo>/backend/target/e2e-data (never under /tmp)
//   E2E_JAR=path/to/partnerschaftsmonitor.jar  E2E_JAVA=java
//   E2E_TOKEN=...  or E2E_USER/E2E_PASSWORD (default desk.officer/demo): bearer token for API set-up and checks
//   E2E_ONLY=name  run only the journeys whose name contains this
//   E2E_FRESH=1    delete the data dir first, so that seeding recreates the demo data
// Every journey must pass; axe findings (serious/critical) fail the journey they were found in, after it ran.
import { spawn } from 'node:child_process';
import { existsSync, mkdirSync, rmSync, writeFileSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { chromium } from 'playwright-core';
import AxeBuilder from '@axe-core/playwright';
import { journeys } from './journeys.mjs';

const here = dirname(fileURLToPath(import.meta.url));
const root = resolve(here, '..');
const target = join(here, 'target');
mkdirSync(target, { recursive: true });
const CHROMIUM = process.env.E2E_CHROMIUM ?? '/usr/bin/chromium';
if (!existsSync(CHROMIUM)) {
  console.error(`E2E: ${CHROMIUM} is missing. Install it with "apt-get install -y chromium" (see .ci/run), or skip with -Dskip.e2e=true.`);
  process.exit(2);
}

const port = Number(process.env.E2E_PORT ?? 8096);
let base = process.env.E2E_BASE_URL;
let app;
if (!base) {
  const jar = process.env.E2E_JAR ?? join(root, 'backend/target/partnerschaftsmonitor.jar');
  if (!existsSync(jar)) {
    console.error(`E2E: ${jar} is missing; package first (./mvnw -B -DskipTests package).`);
    process.exit(2);
  }
  base = `http://127.0.0.1:${port}`;
  const dataDir = process.env.E2E_DATA_DIR ?? join(root, 'backend/target/e2e-data');
  if (process.env.E2E_FRESH === '1') rmSync(dataDir, { recursive: true, force: true });
  app = spawn(process.env.E2E_JAVA ?? 'java', ['-jar', jar], {
    env: { ...process.env, PORT: String(port), PM_DB_PORT: process.env.E2E_DB_PORT ?? '3396', PM_DATA_DIR: dataDir },
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  const log = [];
  app.stdout.on('data', (d) => log.push(d));
  app.stderr.on('data', (d) => log.push(d));
  app.on('exit', () => writeFileSync(join(target, 'app.log'), Buffer.concat(log)));
  process.on('exit', () => app.kill());
}

async function waitFor200(url, seconds) {
  const end = Date.now() + seconds * 1000;
  while (Date.now() < end) {
    if (app && app.exitCode !== null) throw new Error(`the app exited with ${app.exitCode}; see e2e/target/app.log`);
    try {
      if ((await fetch(url)).status === 200) return;
    } catch { /* not up yet */ }
    await new Promise((r) => setTimeout(r, 200));
  }
  throw new Error(`no 200 from ${url} within ${seconds}s`);
}

async function token() {
  if (process.env.E2E_TOKEN) return process.env.E2E_TOKEN;
  const username = process.env.E2E_USER ?? 'desk.officer';
  const password = process.env.E2E_PASSWORD ?? 'demo';
  const response = await fetch(`${base}/login`, {
    method: 'POST', headers: { 'Content-Type': 'application/json', Accept: 'application/json' },
    body: JSON.stringify({ username, password }),
  });
  if (response.status !== 200) throw new Error(`API sign-in of ${username} answered ${response.status}`);
  return (await response.json()).access_token;
}

/** JSON API calls for set-up (creating the instruments a journey edits), with the token once there is one. */
function apiClient(bearer) {
  return async (method, path, body) => {
    const headers = { Accept: 'application/json' };
    if (body !== undefined) headers['Content-Type'] = 'application/json';
    if (bearer) headers.Authorization = `Bearer ${bearer}`;
    const response = await fetch(base + path, { method, headers, body: body === undefined ? undefined : JSON.stringify(body) });
    const text = await response.text();
    if (response.status >= 400) throw new Error(`${method} ${path} -> ${response.status} ${text}`);
    return text ? JSON.parse(text) : undefined;
  };
}

const started = Date.now();
let exitCode = 0;
try {
  await waitFor200(`${base}/health`, 180);
  console.log(`E2E: app at ${base} answered 200 after ${((Date.now() - started) / 1000).toFixed(1)}s`);
  const bearer = await token();
  const browser = await chromium.launch({
    executablePath: CHROMIUM,
    args: ['--lang=de-DE', '--no-sandbox', '--disable-gpu', '--disable-background-networking', '--disable-component-update', '--disable-sync', '--no-first-run'],
  });
  const results = [];
  const axeResults = [];
  try {
    for (const journey of journeys.filter((j) => !process.env.E2E_ONLY || process.env.E2E_ONLY.split(',').some((o) => j.name.includes(o)))) {
      const contexts = [];
      const axeFailures = [];
      const ctx = {
        base,
        api: apiClient(bearer),
        /** A fresh browser context (own cookies and storage), German by default. */
        async newPage() {
          const context = await browser.newContext({ baseURL: base, locale: 'de-DE', viewport: { width: 1280, height: 900 } });
          context.setDefaultTimeout(10_000);
          contexts.push(context);
          return context.newPage();
        },
        /**
         * Runs axe on the current screen; serious or critical violations are collected and fail the journey
         * once it has run (so one finding does not hide the rest of the journey).
         */
        /** A problem that fails the journey at its end but lets it go on (e.g. a crashed screen it can route around). */
        problem(message) {
          axeFailures.push(`problem: ${message}`);
        },
        async axe(page, screen) {
          const { violations } = await new AxeBuilder({ page }).withTags(['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa']).analyze();
          const bad = violations.filter((v) => v.impact === 'serious' || v.impact === 'critical');
          writeFileSync(join(target, `axe-${screen}.json`), JSON.stringify(violations, null, 2));
          axeResults.push({ screen, journey: journey.name, violations: violations.map((v) => `${v.impact} ${v.id} (${v.nodes.length}×)`) });
          for (const v of bad) {
            axeFailures.push(`${screen}: ${v.impact} ${v.id} – ${v.help}; targets: ${v.nodes.slice(0, 5).map((n) => n.target.join(' ')).join(' | ')}${v.nodes.length > 5 ? ` (+${v.nodes.length - 5} more)` : ''}`);
          }
        },
      };
      const t0 = Date.now();
      let status = 'PASSED';
      let detail = '';
      try {
        await journey.run(ctx);
      } catch (e) {
        status = 'FAILED';
        detail = e.message.split('\n').slice(0, 6).join('\n');
      } finally {
        if (axeFailures.length) {
          status = 'FAILED';
          detail = [detail, ...axeFailures.map((f) => (f.startsWith('problem: ') ? f.slice(9) : `axe ${f}`))].filter(Boolean).join('\n');
        }
        if (status === 'FAILED') exitCode = 1;
        const pages = contexts.flatMap((c) => c.pages());
        const last = pages[pages.length - 1];
        if (last) await last.screenshot({ path: join(target, `${journey.name}.png`), fullPage: true }).catch(() => {});
        if (status === 'FAILED') {
          for (const [i, p] of pages.slice(0, -1).entries()) await p.screenshot({ path: join(target, `${journey.name}-page${i + 1}.png`), fullPage: true }).catch(() => {});
        }
        for (const c of contexts) await c.close();
      }
      results.push({ name: journey.name, status, ms: Date.now() - t0, detail });
      console.log(`E2E ${status.padEnd(6)} ${journey.name} (${Date.now() - t0} ms)${detail ? `\n        ${detail.replaceAll('\n', '\n        ')}` : ''}`);
    }
  } finally {
    await browser.close();
  }
  writeFileSync(join(target, 'results.json'), JSON.stringify({ results, axe: axeResults }, null, 2));
  for (const a of axeResults) console.log(`E2E axe ${a.screen.padEnd(16)} ${a.violations.length ? a.violations.join(', ') : 'no violations'}`);
  const count = (s) => results.filter((r) => r.status === s).length;
  console.log(`E2E: ${count('PASSED')} passed, ${count('FAILED')} failed in ${((Date.now() - started) / 1000).toFixed(0)} s; screenshots in e2e/target/`);
} catch (e) {
  console.error(`E2E: ${e.message}`);
  exitCode = 1;
} finally {
  if (app) {
    app.kill('SIGTERM');
    await new Promise((r) => (app.exitCode !== null ? r() : app.on('exit', r)));
  }
}
process.exit(exitCode);

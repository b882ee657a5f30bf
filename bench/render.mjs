// Time for the dashboard to render in headless Chromium: navigation start to the first <h1> (median of 5 loads).
// HOOK(dashboard): when the dashboard shows scorecards, wait for its chart/table instead of the <h1>.
import { chromium } from '../e2e/node_modules/playwright-core/index.mjs';

const url = process.argv[2] ?? 'http://127.0.0.1:8095/';
const browser = await chromium.launch({
  executablePath: '/usr/bin/chromium',
  args: ['--no-sandbox', '--disable-gpu', '--disable-background-networking', '--disable-component-update', '--disable-sync', '--no-first-run'],
});
const times = [];
try {
  for (let i = 0; i < 6; i++) {
    const context = await browser.newContext();
    if (process.env.BENCH_TOKEN) await context.setExtraHTTPHeaders({ Authorization: `Bearer ${process.env.BENCH_TOKEN}` });
    const page = await context.newPage();
    const t0 = Date.now();
    await page.goto(url);
    await page.locator('h1').first().waitFor();
    if (i > 0) times.push(Date.now() - t0); // the first load warms the server's static-file path
    await context.close();
  }
} finally {
  await browser.close();
}
times.sort((a, b) => a - b);
console.log(`${times[Math.floor(times.length / 2)]} ms median (${times.join(', ')} ms), cold cache per load`);

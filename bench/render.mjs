// Time for the dashboard to render in headless Chromium, signed in (bearer token): navigation start until the
// ranking table has rows and the world map has drawn its countries (median of 5 cold loads).
import { chromium } from '../e2e/node_modules/playwright-core/index.mjs';

const url = process.argv[2] ?? 'http://127.0.0.1:8095/dashboard';
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
    await page.locator('table tbody tr').first().waitFor({ timeout: 30_000 });
    await page.locator('svg path').nth(100).waitFor({ timeout: 30_000 });
    if (i > 0) times.push(Date.now() - t0); // the first load warms the server's static-file path
    await context.close();
  }
} finally {
  await browser.close();
}
times.sort((a, b) => a - b);
console.log(`${times[Math.floor(times.length / 2)]} ms median (${times.join(', ')} ms), cold cache per load`);

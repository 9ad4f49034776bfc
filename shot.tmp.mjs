import { chromium } from '@playwright/test';
const [,, url, out, width = '390', full = '1', clip] = process.argv;
const browser = await chromium.launch({ executablePath: '/usr/bin/chromium', args: ['--no-sandbox', '--disable-gpu'] });
const page = await browser.newPage({ viewport: { width: Number(width), height: 844 }, deviceScaleFactor: 1 });
await page.goto(url);
if (process.env.OPEN) await page.locator(process.env.OPEN).click();
if (process.env.SCROLL) { await page.locator(process.env.SCROLL).scrollIntoViewIfNeeded(); await page.evaluate((s) => document.querySelector(s).scrollIntoView(), process.env.SCROLL); }
if (process.env.PRINT) await page.emulateMedia({ media: 'print' });
await page.screenshot({ path: out, fullPage: full === '1' });
await browser.close();

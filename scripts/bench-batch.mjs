// A 10,000-intern spreadsheet imported in headless Chromium (CSV and .xlsx): time
// from choosing the file to the computed result on screen, and rows per second.
import { writeFileSync, mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { zipSync, strToU8 } from 'fflate';
import { launch } from '../tests/browser/browser.mjs';

const N = 10_000;
const dir = mkdtempSync(join(tmpdir(), 'jianxi-batch-'));
const rows = [['姓名', '见习开始日期', '约定见习月数', '结果', '结果日期', '劳动合同月数', '是否缴纳社保', '最低工资类别']];
const outcomes = ['期满留用', '期满未留用', '见习中'];
for (let i = 0; i < N; i++) rows.push([`见习生${i}`, `2023-${String(1 + (i % 12)).padStart(2, '0')}-01`, String(3 + (i % 10)), outcomes[i % 3], '', '', '', String(1 + (i % 3))]);
writeFileSync(join(dir, 'batch.csv'), rows.map((r) => r.join(',')).join('\r\n'));
const data = rows.map((r, i) => `<row r="${i + 1}">${r.map((v, c) => `<c r="${String.fromCharCode(65 + c)}${i + 1}" t="inlineStr"><is><t>${v}</t></is></c>`).join('')}</row>`).join('');
writeFileSync(join(dir, 'batch.xlsx'), zipSync({ 'xl/worksheets/sheet1.xml': strToU8(`<?xml version="1.0"?><worksheet xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main"><sheetData>${data}</sheetData></worksheet>`) }));

const env = await launch();
const page = await (await env.browser.newContext({ viewport: { width: 1280, height: 900 } })).newPage();
for (const file of ['batch.csv', 'batch.xlsx']) {
  await page.goto(`${env.origin}/www/employer.html?p=henan&t=1&s=2023-07-01&m=6&n=1&r=0`);
  await page.locator('#totals').waitFor();
  await page.evaluate(() => import('./batch.js')); // loaded once, as after a first import
  const t0 = Date.now();
  await page.setInputFiles('#file', join(dir, file));
  await page.waitForFunction((n) => document.querySelector('#batch-status')?.textContent.includes(`已计算 ${n} 人`), N, { timeout: 60000 });
  const ms = Date.now() - t0;
  console.log(`browser batch, ${file.split('.')[1]}: ${N} interns parsed, computed and shown in ${ms} ms (${Math.round(N / (ms / 1000))} rows per second)`);
}
await env.browser.close();
env.server.close();

// The mini-program estimate page rendered by miniprogram-simulate (WXML and all) over jsdom
// and driven as a person would, end to end (set-up: wechat-sim.cjs).
const { test } = require('node:test');
const assert = require('node:assert/strict');
const path = require('node:path');
const { simulate, mp, text, change } = require('./wechat-sim.cjs');

test('estimate page: the Henan worked example, then Hunan with a local standard', async () => {
  const page = simulate.render(simulate.load(path.join(mp, 'pages/employer/index')));
  page.attach(document.createElement('div'));
  await page.instance.onLoad({ p: 'henan' });
  await simulate.sleep(5);
  await change(page, '#start-picker', '2023-07-01');
  await change(page, '#tier-picker', '0');
  await change(page, '#months-picker', '3');
  await change(page, '#interns-input', '10', 'input');
  await change(page, '#retained-input', '6', 'input');
  assert.equal(text(page, '#baseTotal'), '84000.00');
  assert.equal(text(page, '#difference'), '48000.00');
  assert.equal(text(page, '#total'), '132000.00');
  await change(page, '#province-picker', String(page.data.provinces.indexOf('湖南省')));
  await change(page, '#start-picker', '2023-08-01');
  await change(page, '#interns-input', '2', 'input');
  await change(page, '#retained-input', '1', 'input');
  assert.equal(text(page, '#total'), '待定');
  await change(page, '#baseAmount-input', '1500', 'input');
  assert.equal(text(page, '#total'), '27792.00');
});

// The mini-program self-check page rendered by miniprogram-simulate (WXML and all) over jsdom
// and driven as a person would, end to end (set-up: wechat-sim.cjs).
const { test } = require('node:test');
const assert = require('node:assert/strict');
const path = require('node:path');
const { simulate, mp, text, change } = require('./wechat-sim.cjs');

test('self-check page: preset by a mini-program code scene, answered through the pickers', async () => {
  const page = simulate.render(simulate.load(path.join(mp, 'pages/check/index')));
  page.attach(document.createElement('div'));
  await page.instance.onLoad({ scene: encodeURIComponent('p=hunan') });
  await simulate.sleep(5);
  assert.equal(text(page, '#province'), '湖南省');
  await change(page, '#asOf-picker', '2024-05-01');
  await change(page, '#birthDate-picker', '2004-01-01');
  await change(page, '#education-picker', '8');
  await change(page, '#employed', '0');
  assert.ok(page.querySelector('#registered'), 'Hunan asks about registration');
  assert.equal(page.querySelector('#hukou-picker'), undefined, 'and not about household registration');
  await change(page, '#registered', '0');
  assert.equal(text(page, '#verdict'), '暂不符合条件');
  assert.match(page.dom.textContent, /办理失业登记后/);
  assert.match(page.dom.textContent, /湘人社规〔2023〕9号/);
  await change(page, '#registered', '1');
  assert.equal(text(page, '#verdict'), '可以参加就业见习');
  assert.match(text(page, '#review'), /5 个工作日/);
});


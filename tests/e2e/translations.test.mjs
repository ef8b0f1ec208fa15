// The Chinese, Japanese and Korean texts are files of their own (English is in the wasm): a
// reader downloads only their language, once, and texts that cannot be loaded leave the page in
// a language it can show, with a message.
import { test } from "node:test";
import assert from "node:assert/strict";
import { assertClean, openDrawnPage, openPage, startupOutcome, useServerAndBrowser, waitForChart } from "./support.mjs";

const shared = useServerAndBrowser();
const TRANSLATION = /\/data\/parts\/lang-([a-z]{2})\.[0-9a-f]{16}\.txt$/;

/** Records the translation files the page requests, by language code. */
function recordTranslations(page) {
  const requested = [];
  page.on("request", (request) => {
    const match = TRANSLATION.exec(new URL(request.url()).pathname);
    if (match) requested.push(match[1]);
  });
  return requested;
}

const pageLanguage = (page) => page.evaluate(() => document.documentElement.lang);

test("an English reader fetches no translation, and a Japanese browser fetches only Japanese, once", async () => {
  const english = await openPage(shared.browser, "about:blank", { waitFor: null });
  const englishRequests = recordTranslations(english.page);
  await english.page.goto(`${shared.server.url}?view=tci`);
  await english.page.waitForFunction(startupOutcome);
  await waitForChart(english.page, "tci-lines");
  assert.equal(await pageLanguage(english.page), "en");
  assert.deepEqual(englishRequests, []);
  assertClean(english.problems);
  await english.context.close();

  // No `lang` in the link: the browser's language decides, and the loader's early request is
  // the one the widget uses.
  const japanese = await openPage(shared.browser, "about:blank", { waitFor: null, locale: "ja-JP" });
  const japaneseRequests = recordTranslations(japanese.page);
  await japanese.page.goto(`${shared.server.url}?view=rca`);
  await japanese.page.waitForFunction(startupOutcome);
  await japanese.page.waitForSelector(".view[data-view=rca] [data-testid=takeaway]");
  assert.equal(await pageLanguage(japanese.page), "ja");
  assert.equal(await japanese.page.locator("#tab-rca").textContent(), "比較優位");
  assert.deepEqual(japaneseRequests, ["ja"]);
  assertClean(japanese.problems);
  await japanese.context.close();
});

test("choosing a language fetches its texts once; the page switches when they are here", async () => {
  const { page, context, problems } = await openDrawnPage(shared.browser, `${shared.server.url}?view=tci&lang=en`);
  const requested = recordTranslations(page);
  const picker = page.locator(".language select");
  await picker.selectOption("ko");
  await page.waitForFunction(() => document.documentElement.lang === "ko");
  assert.equal(await page.locator("#tab-tci").textContent(), "보완성");
  assert.equal(await picker.getAttribute("aria-busy"), "false");
  await picker.selectOption("en");
  await page.waitForFunction(() => document.documentElement.lang === "en");
  await picker.selectOption("ko");
  await page.waitForFunction(() => document.documentElement.lang === "ko");
  assert.deepEqual(requested, ["ko"], "Korean is fetched once");
  assert.match(page.url(), /lang=ko/);
  assertClean(problems);
  await context.close();
});

test("texts that cannot be loaded keep the reader's language, say why, and a later choice still works", async () => {
  const { page, context, problems } = await openDrawnPage(shared.browser, `${shared.server.url}?view=tci&lang=ja`);
  await page.route(TRANSLATION, (route) =>
    route.request().url().includes("lang-zh") ? route.fulfill({ status: 404, body: "not found" }) : route.continue(),
  );
  const picker = page.locator(".language select");
  await picker.selectOption("zh");
  const message = page.locator("[data-testid=translation-problem]");
  await message.waitFor();
  // In the language still shown (Japanese), naming the language that failed and why.
  assert.match(await message.textContent(), /中文のテキストを読み込めませんでした.*HTTP 404/);
  assert.equal(await pageLanguage(page), "ja");
  assert.equal(await picker.inputValue(), "ja", "the picker shows the language on the page again");
  assert.equal(await page.locator("#tab-tci").textContent(), "補完性");
  assert.deepEqual(problems.page, [], "no uncaught error");
  // Dismissed, the message goes; another language still loads.
  await message.locator("button").click();
  await message.waitFor({ state: "detached" });
  await picker.selectOption("ko");
  await page.waitForFunction(() => document.documentElement.lang === "ko");
  await context.close();
});

test("a link in a language whose texts cannot be loaded opens in English and says why", async () => {
  const { page, context, problems } = await openPage(shared.browser, "about:blank", { waitFor: null });
  await page.route(TRANSLATION, (route) => route.abort());
  await page.goto(`${shared.server.url}?view=tci&lang=ko`);
  await page.waitForFunction(startupOutcome);
  await waitForChart(page, "tci-lines");
  assert.equal(await page.locator("#widget-root").getAttribute("data-startup"), "ready");
  assert.equal(await pageLanguage(page), "en");
  assert.match(await page.locator("[data-testid=translation-problem]").textContent(), /The texts in 한국어 could not be loaded/);
  assert.equal(await page.locator(".language select").inputValue(), "en");
  assert.deepEqual(problems.page, [], "no uncaught error");
  await context.close();
});

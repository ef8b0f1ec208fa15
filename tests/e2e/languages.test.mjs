// Every view in every language: the selected tab carries the known label, and the view's own
// text (title, takeaway) is written in that language's script.
import { test } from "node:test";
import assert from "node:assert/strict";
import { assertClean, openPage, useServerAndBrowser } from "./support.mjs";

const shared = useServerAndBrowser();

const TAB_LABELS = {
  en: { tci: "Complementarity", rca: "Comparative advantage", esi: "Competition", tsc: "Division of labour", ties: "Trade ties", between: "Between the three", chains: "Value chains", article: "From the article", parks: "Cooperation parks" },
  zh: { tci: "互补性", rca: "比较优势", esi: "竞争", tsc: "分工", ties: "贸易联系", between: "三国之间", chains: "价值链", article: "文章数据", parks: "合作园区" },
  ja: { tci: "補完性", rca: "比較優位", esi: "競合", tsc: "分業", ties: "貿易のつながり", between: "3か国の間", chains: "バリューチェーン", article: "記事の数値", parks: "協力園区" },
  ko: { tci: "보완성", rca: "비교우위", esi: "경쟁", tsc: "분업", ties: "무역 관계", between: "세 나라 사이", chains: "가치사슬", article: "기사 속 수치", parks: "협력 산업단지" },
};
/** A character of the language's own script: Han for Chinese, kana or Han for Japanese, hangul for Korean. */
const SCRIPT = { en: /^[^\u3040-\u30ff\u4e00-\u9fff\uac00-\ud7af]*$/, zh: /[\u4e00-\u9fff]/, ja: /[\u3040-\u30ff\u4e00-\u9fff]/, ko: /[\uac00-\ud7af]/ };

test("every view shows its known label and text in each of the four languages", async () => {
  for (const [lang, labels] of Object.entries(TAB_LABELS)) {
    const { page, context, problems } = await openPage(shared.browser, `${shared.server.url}?lang=${lang}`, { width: 1280 });
    for (const [view, label] of Object.entries(labels)) {
      await page.click(`#tab-${view}`);
      await page.waitForSelector(`.view[data-view=${view}] [data-testid=takeaway]`);
      assert.equal(await page.locator("[role=tab][aria-selected=true]").textContent(), label, `${lang} ${view}`);
      const takeaway = await page.locator("[data-testid=takeaway]").textContent();
      assert.match(takeaway, SCRIPT[lang], `${lang} ${view}: ${takeaway}`);
    }
    assert.equal(await page.evaluate(() => document.documentElement.lang), { en: "en", zh: "zh-Hans", ja: "ja", ko: "ko" }[lang]);
    assertClean(problems);
    await context.close();
  }
});

//! The texts only the Value chains view shows, each in English, Chinese, Japanese and
//! Korean (the order of `Locale::ALL`). Only English is compiled into the shipped wasm; the other
//! three reach the browser in the language's translation file (`i18n::bundle`).

crate::i18n::text_group! {
    /// Every sentence and label of the Value chains view that no other view shows.
    pub struct ChainsTexts in "chains" {
        industry_column: [
            "Industry",
            "行业",
            "産業",
            "산업",
        ],
        chains_title: [
            "Value chains: parts for each other's factories, or goods for consumers?",
            "价值链：彼此工厂的零部件，还是给消费者的商品？",
            "バリューチェーン：互いの工場向けの部品か、消費者向けの製品か",
            "가치사슬: 서로의 공장을 위한 부품인가, 소비자를 위한 상품인가?",
        ],
        chains_takeaway: [
            "In {year}, {share}% of the goods in {flow} were inputs for the importer's industries rather than for its final demand. Among the six directions the share ranged from {low}% ({low_flow}) to {high}% ({high_flow}).",
            "{year}年，{flow}的货物中有{share}%是进口国各行业的投入品，而非用于最终需求。六个方向中，这一份额从{low}%（{low_flow}）到{high}%（{high_flow}）不等。",
            "{year}年、{flow}の財の{share}%は、最終需要ではなく輸入国の産業の投入財でした。6方向では、この割合は{low}%（{low_flow}）から{high}%（{high_flow}）まででした。",
            "{year}년 {flow}의 상품 중 {share}%는 최종수요가 아니라 수입국 산업의 투입재였습니다. 여섯 방향에서 이 비중은 {low}%({low_flow})부터 {high}%({high_flow})까지였습니다.",
        ],
        chains_lines_title: [
            "Intermediate share of goods trade among the three, {first}–{last}",
            "三国之间货物贸易的中间品份额，{first}–{last}年",
            "3か国間の財貿易に占める中間財の割合、{first}–{last}年",
            "세 나라 사이 상품 무역의 중간재 비중, {first}–{last}년",
        ],
        chains_lines_description: [
            "Line chart of the share of goods exports used as inputs by the importer's industries, by year, for the six directions among China, Japan and South Korea.",
            "中日韩之间六个方向逐年货物出口中被进口国各行业用作投入的份额折线图。",
            "日中韓の6方向について、財の輸出のうち輸入国の産業が投入として使った割合を年ごとに示す折れ線グラフ。",
            "한중일 사이 여섯 방향에 대해 상품 수출 중 수입국 산업이 투입으로 쓴 비중의 연도별 꺾은선 차트.",
        ],
        chains_axis: [
            "% used as inputs",
            "用作投入的%",
            "投入として使われた%",
            "투입으로 쓰인 %",
        ],
        chains_industries_title: [
            "Inputs or final goods, by industry: {flow}, {year}",
            "按行业看投入品还是最终品：{flow}，{year}年",
            "産業別の投入財と最終財：{flow}、{year}年",
            "산업별 투입재와 최종재: {flow}, {year}년",
        ],
        chains_industries_description: [
            "Bar chart of the share of each goods industry's exports in {flow} in {year} that the importer's industries used as inputs, highest first.",
            "{year}年{flow}中各货物行业出口被进口国各行业用作投入的份额条形图，从高到低排列。",
            "{year}年の{flow}で、各財産業の輸出のうち輸入国の産業が投入として使った割合を高い順に示す棒グラフ。",
            "{year}년 {flow}에서 각 상품 산업의 수출 중 수입국 산업이 투입으로 쓴 비중을 높은 순으로 나타낸 막대 차트.",
        ],
        chains_bar_note: [
            "{intermediate} as inputs, {final} for final demand",
            "用作投入{intermediate}，用于最终需求{final}",
            "投入として{intermediate}、最終需要向け{final}",
            "투입 {intermediate}, 최종수요 {final}",
        ],
        chains_intermediate_column: [
            "Inputs, US$ bn",
            "投入，亿美元",
            "投入、億ドル",
            "투입, 억 달러",
        ],
        chains_final_column: [
            "Final demand, US$ bn",
            "最终需求，亿美元",
            "最終需要、億ドル",
            "최종수요, 억 달러",
        ],
        chains_words: [
            "An input-output table follows each export to its use in the importing country: as an input for its industries (intermediate use) or for households, government and investment (final demand). A high intermediate share means the two countries' factories work in one production chain; a low share, that the exports are finished goods.",
            "投入产出表追踪每一笔出口在进口国的用途：作为其各行业的投入（中间使用），或供家庭、政府和投资使用（最终需求）。中间品份额高，说明两国的工厂处在同一条生产链上；份额低，说明出口的是制成品。",
            "産業連関表は各輸出を輸入国での用途までたどります：産業の投入（中間使用）か、家計・政府・投資（最終需要）か。中間財の割合が高ければ2国の工場は1つの生産網の中にあり、低ければ輸出は完成品です。",
            "산업연관표는 각 수출을 수입국에서의 쓰임까지 따라갑니다: 산업의 투입(중간 사용)인지, 가계·정부·투자(최종수요)인지. 중간재 비중이 높으면 두 나라의 공장이 하나의 생산망 안에 있고, 낮으면 완제품을 수출한다는 뜻입니다.",
        ],
        chains_formula: [
            "ISᵢⱼ = 100 × Σₖ Iᵢⱼ,ₖ / Σₖ (Iᵢⱼ,ₖ + Fᵢⱼ,ₖ), k over the goods industries c1–c16",
            "ISᵢⱼ = 100 × Σₖ Iᵢⱼ,ₖ / Σₖ (Iᵢⱼ,ₖ + Fᵢⱼ,ₖ)，k为货物行业c1–c16",
            "ISᵢⱼ = 100 × Σₖ Iᵢⱼ,ₖ / Σₖ (Iᵢⱼ,ₖ + Fᵢⱼ,ₖ)、kは財産業c1–c16",
            "ISᵢⱼ = 100 × Σₖ Iᵢⱼ,ₖ / Σₖ (Iᵢⱼ,ₖ + Fᵢⱼ,ₖ), k는 상품 산업 c1–c16",
        ],
        chains_symbols: [
            "Iᵢⱼ,ₖ: output of i's industry k used as input by j's industries; Fᵢⱼ,ₖ: the same output used by j's final demand (US$ millions).",
            "Iᵢⱼ,ₖ：i的行业k的产出中被j的各行业用作投入的部分；Fᵢⱼ,ₖ：同一产出中用于j的最终需求的部分（百万美元）。",
            "Iᵢⱼ,ₖ：iの産業kの産出のうちjの産業が投入として使った分；Fᵢⱼ,ₖ：同じ産出のうちjの最終需要が使った分（百万ドル）。",
            "Iᵢⱼ,ₖ: i의 산업 k 산출 중 j의 산업이 투입으로 쓴 부분; Fᵢⱼ,ₖ: 같은 산출 중 j의 최종수요가 쓴 부분(백만 달러).",
        ],
        chains_classification: [
            "35 WIOD industries (ISIC Rev. 3); goods are c1–c16",
            "35个WIOD行业（ISIC Rev. 3）；货物为c1–c16",
            "WIODの35産業（ISIC Rev. 3）；財はc1–c16",
            "WIOD 35개 산업(ISIC Rev. 3); 상품은 c1–c16",
        ],
        chains_caveat_estimated: [
            "WIOD is a model-based world input-output table: national supply and use tables are linked with trade statistics, and the split of imports between inputs and final demand is estimated from each product's end use, not observed.",
            "WIOD是基于模型的世界投入产出表：各国的供给使用表与贸易统计相衔接，进口在投入与最终需求之间的划分按产品最终用途估算，而非观测所得。",
            "WIODはモデルに基づく世界産業連関表です：各国の供給・使用表を貿易統計と結びつけ、輸入の投入と最終需要への配分は品目の最終用途から推計したもので、観測値ではありません。",
            "WIOD는 모형에 기반한 세계 산업연관표입니다: 각국의 공급·사용표를 무역 통계와 연결하며, 수입의 투입과 최종수요 간 배분은 품목의 최종 용도로 추정한 것이지 관측값이 아닙니다.",
        ],
        chains_caveat_prices: [
            "Values are at basic prices and exclude some re-exports, so goods totals differ from the Atlas (China → Japan in 2010: US$125.0 bn against 124.2 bn). The 2013 release ends in 2011.",
            "数值按基本价格计，且不含部分转出口，因此货物总额与Atlas不同（2010年中国→日本为1250亿美元，Atlas为1242亿美元）。2013年版止于2011年。",
            "値は基本価格で一部の再輸出を含まないため、財の合計はAtlasと異なります（2010年の中国→日本は1,250億ドル、Atlasでは1,242億ドル）。2013年版は2011年までです。",
            "값은 기초가격이며 일부 재수출을 제외하므로 상품 합계가 Atlas와 다릅니다(2010년 중국→일본 1,250억 달러, Atlas는 1,242억 달러). 2013년판은 2011년까지입니다.",
        ],
        wiod_source: [
            "World Input-Output Database, 2013 release (Timmer et al. 2015), via the R package bquast/wiod",
            "世界投入产出数据库2013年版（Timmer等，2015），经R包bquast/wiod",
            "世界産業連関データベース2013年版（Timmer他、2015）、Rパッケージbquast/wiod経由",
            "세계 산업연관 데이터베이스 2013년판(Timmer 외, 2015), R 패키지 bquast/wiod 경유",
        ],
    }
}

//! The texts only the Division of labour (TSC, GL) view shows, each in English, Chinese, Japanese and
//! Korean (the order of `Locale::ALL`). Only English is compiled into the shipped wasm; the other
//! three reach the browser in the language's translation file (`i18n::bundle`).

crate::i18n::text_group! {
    /// Every sentence and label of the Division of labour (TSC, GL) view that no other view shows.
    pub struct DivisionTexts in "division" {
        tsc_count_first: [
            "{country} was a net exporter in {n} of 21 HS sections",
            "{country}在21类HS产品中有{n}类为净出口",
            "{country}はHS21部のうち{n}部で純輸出",
            "{country}은(는) HS 21개 부 중 {n}개에서 순수출",
        ],
        tsc_count_next: [
            "{country} in {n}",
            "{country}有{n}类",
            "{country}は{n}部",
            "{country}은(는) {n}개",
        ],
        oec_caveat_missing: [
            "A few smaller economies lack a section in some years (mostly Weapons); their values for those years are left out, not guessed.",
            "少数较小经济体某些年份缺少个别类别（主要是武器）；这些年份的数值空缺，不作估算。",
            "一部の小さな経済は年によって一部の部（主に武器）が欠けています。その年の値は推計せず空欄にしています。",
            "일부 작은 경제는 어떤 해에 일부 부(주로 무기)가 빠져 있습니다. 그 해의 값은 추정하지 않고 비워 둡니다.",
        ],
        tsc_title: [
            "Division of labour: where is each country a net exporter?",
            "分工：各国在哪些产品上是净出口国？",
            "分業：各国はどの品目で純輸出国か",
            "분업: 각 나라는 어디서 순수출국인가?",
        ],
        tsc_takeaway: [
            "In {year}, {counts}.",
            "{year}年，{counts}。",
            "{year}年、{counts}。",
            "{year}년, {counts}.",
        ],
        tsc_bars_title: [
            "Trade specialisation by HS section, {year}",
            "按HS类别的贸易专业化系数，{year}年",
            "HS部別の貿易特化係数、{year}年",
            "HS 부별 무역특화지수, {year}년",
        ],
        tsc_negative: [
            "← net importer",
            "← 净进口",
            "← 純輸入",
            "← 순수입",
        ],
        tsc_positive: [
            "net exporter →",
            "净出口 →",
            "純輸出 →",
            "순수출 →",
        ],
        tsc_bars_description: [
            "Grouped bar chart of the trade specialisation coefficient in {year} for 21 HS sections, one bar each for China, Japan and South Korea, from −1 (imports only) to 1 (exports only).",
            "分组条形图：{year}年21个HS类别的贸易专业化系数，中国、日本和韩国各一条，从−1（只进口）到1（只出口）。",
            "グループ化した横棒グラフ：{year}年のHS 21部の貿易特化係数。中国・日本・韓国に各1本、−1（輸入のみ）から1（輸出のみ）。",
            "묶은 막대그래프: {year}년 HS 21개 부의 무역특화지수, 중국·일본·한국 각 한 막대, −1(수입만)에서 1(수출만).",
        ],
        gl_lines_title: [
            "Intra-industry trade with the world (Grubel–Lloyd), {first}–{last}",
            "与世界的产业内贸易（Grubel–Lloyd），{first}–{last}年",
            "世界との産業内貿易（グルーベル＝ロイド）、{first}–{last}年",
            "세계와의 산업내무역(그루벨–로이드), {first}–{last}년",
        ],
        gl_note: [
            "With the world: this is not intra-industry trade between the three countries. For that, see “Between the three”.",
            "与世界的贸易：这不是三国之间的产业内贸易；三国之间的见“三国之间”。",
            "世界との貿易：これは3か国間の産業内貿易ではありません。3か国間については「3か国の間」をご覧ください。",
            "세계와의 무역: 세 나라 사이의 산업내무역이 아닙니다. 그것은 ‘세 나라 사이’를 보십시오.",
        ],
        gl_lines_description: [
            "Line chart of the aggregate Grubel–Lloyd index of intra-industry trade with the world by year for China, Japan and South Korea.",
            "折线图：中国、日本和韩国与世界的产业内贸易Grubel–Lloyd总指数按年份变化。",
            "折れ線グラフ：中国・日本・韓国の世界との産業内貿易（グルーベル＝ロイド総合指数）の年ごとの推移。",
            "선 그래프: 중국·일본·한국의 세계와의 산업내무역 그루벨–로이드 종합지수 연도별 추이.",
        ],
        tsc_words: [
            "For each product, exports minus imports over exports plus imports: +1 the country only exports it, −1 only imports it, near 0 it both exports and imports it. The Grubel–Lloyd index measures the same overlap from 0 (one-way trade) to 1 (fully two-way).",
            "对每类产品，出口减进口除以出口加进口：+1表示只出口，−1表示只进口，接近0表示既出口又进口。Grubel–Lloyd指数以0（单向贸易）到1（完全双向）衡量同样的重叠。",
            "品目ごとに（輸出−輸入）÷（輸出＋輸入）。+1は輸出のみ、−1は輸入のみ、0に近いと輸出も輸入もしている。グルーベル＝ロイド指数は同じ重なりを0（一方向の貿易）から1（完全な双方向）で測ります。",
            "품목마다 (수출 − 수입) ÷ (수출 + 수입): +1은 수출만, −1은 수입만, 0에 가까우면 수출과 수입을 모두 합니다. 그루벨–로이드 지수는 같은 겹침을 0(일방향 무역)에서 1(완전한 양방향)로 잽니다.",
        ],
        tsc_formula: [
            "TSCᵢₖ = (Xᵢₖ − Mᵢₖ) / (Xᵢₖ + Mᵢₖ)",
            "TSCᵢₖ = (Xᵢₖ − Mᵢₖ) / (Xᵢₖ + Mᵢₖ)",
            "TSCᵢₖ = (Xᵢₖ − Mᵢₖ) / (Xᵢₖ + Mᵢₖ)",
            "TSCᵢₖ = (Xᵢₖ − Mᵢₖ) / (Xᵢₖ + Mᵢₖ)",
        ],
        tsc_symbols: [
            "Xᵢₖ, Mᵢₖ: country i's exports and imports of product k, with the world.",
            "Xᵢₖ、Mᵢₖ：国家i与世界之间产品k的出口额和进口额。",
            "Xᵢₖ、Mᵢₖ：国iの世界との品目kの輸出額と輸入額。",
            "Xᵢₖ, Mᵢₖ: 국가 i의 세계와의 품목 k 수출액과 수입액.",
        ],
        gl_symbols: [
            "GLᵢ = 1 − Σₖ |Xᵢₖ − Mᵢₖ| / Σₖ (Xᵢₖ + Mᵢₖ)",
            "GLᵢ = 1 − Σₖ |Xᵢₖ − Mᵢₖ| / Σₖ (Xᵢₖ + Mᵢₖ)",
            "GLᵢ = 1 − Σₖ |Xᵢₖ − Mᵢₖ| / Σₖ (Xᵢₖ + Mᵢₖ)",
            "GLᵢ = 1 − Σₖ |Xᵢₖ − Mᵢₖ| / Σₖ (Xᵢₖ + Mᵢₖ)",
        ],
    }
}

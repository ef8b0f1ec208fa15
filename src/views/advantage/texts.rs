//! The texts only the Comparative advantage (RCA) view shows, each in English, Chinese, Japanese and
//! Korean (the order of `Locale::ALL`). Only English is compiled into the shipped wasm; the other
//! three reach the browser in the language's translation file (`i18n::bundle`).

crate::i18n::text_group! {
    /// Every sentence and label of the Comparative advantage (RCA) view that no other view shows.
    pub struct AdvantageTexts in "advantage" {
        rca_count_first: [
            "{country} had a comparative advantage (RCA above 1) in {n} of 16 product groups",
            "{country}在16类产品中有{n}类具有比较优势（RCA大于1）",
            "{country}は16品目のうち{n}品目で比較優位（RCAが1超）",
            "{country}은(는) 16개 품목군 중 {n}개에서 비교우위(RCA 1 초과)",
        ],
        rca_count_next: [
            "{country} in {n}",
            "{country}有{n}类",
            "{country}は{n}品目",
            "{country}은(는) {n}개",
        ],
        rca_title: [
            "Comparative advantage: what does each country export relatively more of than the world?",
            "比较优势：各国相对于世界更多地出口哪些产品？",
            "比較優位：各国は世界と比べて何を多く輸出しているか",
            "비교우위: 각 나라는 세계보다 무엇을 상대적으로 더 많이 수출하는가?",
        ],
        rca_takeaway: [
            "In {year}, {counts}.",
            "{year}年，{counts}。",
            "{year}年、{counts}。",
            "{year}년, {counts}.",
        ],
        rca_gradient: [
            "In {product}, China's RCA went from {china_first} in {first} to {china_last} in {last}; the gap to Japan went from {gap_first} to {gap_last}.",
            "在{product}方面，中国的RCA从{first}年的{china_first}变为{last}年的{china_last}；与日本的差距从{gap_first}变为{gap_last}。",
            "{product}では、中国のRCAは{first}年の{china_first}から{last}年の{china_last}へ。日本との差は{gap_first}から{gap_last}へ。",
            "{product}에서 중국의 RCA는 {first}년 {china_first}에서 {last}년 {china_last}(으)로, 일본과의 차이는 {gap_first}에서 {gap_last}(으)로 바뀌었습니다.",
        ],
        rca_heatmap_title: [
            "Revealed comparative advantage by product group, {year}",
            "按产品类别的显示性比较优势，{year}年",
            "品目別の顕示比較優位、{year}年",
            "품목군별 현시비교우위, {year}년",
        ],
        rca_lines_title: [
            "RCA in {product}, by year",
            "{product}的RCA，按年份",
            "{product}のRCA、年別",
            "{product}의 RCA, 연도별",
        ],
        rca_axis: [
            "RCA (1 = world average)",
            "RCA（1 = 世界平均）",
            "RCA（1 = 世界平均）",
            "RCA(1 = 세계 평균)",
        ],
        rca_reference: [
            "RCA = 1",
            "RCA = 1",
            "RCA = 1",
            "RCA = 1",
        ],
        rca_product_axis: [
            "Product group",
            "产品类别",
            "品目",
            "품목군",
        ],
        rca_country_axis: [
            "Country",
            "国家",
            "国",
            "국가",
        ],
        rca_legend_low: [
            "disadvantage",
            "劣势",
            "劣位",
            "열위",
        ],
        rca_legend_high: [
            "advantage",
            "优势",
            "優位",
            "우위",
        ],
        rca_heatmap_description: [
            "Heatmap of revealed comparative advantage (RCA) in {year} for 16 product groups (rows) and the selected countries (columns). Purple cells are above 1 (an advantage), orange cells below 1.",
            "热力图：{year}年16个产品类别（行）与所选国家（列）的显示性比较优势（RCA）。紫色单元格大于1（优势），橙色单元格小于1。",
            "ヒートマップ：{year}年の16品目（行）と選択した国（列）の顕示比較優位（RCA）。紫のセルは1超（優位）、オレンジのセルは1未満。",
            "히트맵: {year}년 16개 품목군(행)과 선택한 국가(열)의 현시비교우위(RCA). 보라색 칸은 1 초과(우위), 주황색 칸은 1 미만.",
        ],
        rca_lines_description: [
            "Line chart of the RCA of {product} by year for the selected countries, with a reference line at 1.",
            "折线图：所选国家{product}的RCA按年份变化，1处有参考线。",
            "折れ線グラフ：選択した国の{product}のRCAの年ごとの推移。1に基準線。",
            "선 그래프: 선택한 국가의 {product} RCA 연도별 추이, 1에 기준선.",
        ],
        rca_select_hint: [
            "Select a cell to follow that product group over time.",
            "选择一个单元格，查看该产品类别随时间的变化。",
            "セルを選ぶと、その品目の推移を表示します。",
            "칸을 선택하면 그 품목군의 추이를 봅니다.",
        ],
        rca_words: [
            "A country's share of a product in its exports, divided by that product's share in world exports. Above 1 the country is relatively specialised in the product. The colours use the symmetric form RSCA = (RCA − 1)/(RCA + 1), from −1 to 1.",
            "一国出口中某产品的份额除以该产品在世界出口中的份额。大于1表示该国在此产品上相对专业化。颜色使用对称形式 RSCA = (RCA − 1)/(RCA + 1)，范围从−1到1。",
            "ある国の輸出に占めるある品目のシェアを、世界の輸出に占めるその品目のシェアで割ったもの。1を超えるとその品目に相対的に特化しています。色は対称形 RSCA = (RCA − 1)/(RCA + 1)（−1から1）を使っています。",
            "한 나라 수출에서 어떤 품목의 비중을 세계 수출에서 그 품목의 비중으로 나눈 값. 1보다 크면 그 품목에 상대적으로 특화되어 있습니다. 색은 대칭형 RSCA = (RCA − 1)/(RCA + 1)(−1에서 1)을 씁니다.",
        ],
        rca_formula: [
            "RCAᵢₖ = (Xᵢₖ / Xᵢ) / (X_wk / X_w)",
            "RCAᵢₖ = (Xᵢₖ / Xᵢ) / (X_wk / X_w)",
            "RCAᵢₖ = (Xᵢₖ / Xᵢ) / (X_wk / X_w)",
            "RCAᵢₖ = (Xᵢₖ / Xᵢ) / (X_wk / X_w)",
        ],
        rca_symbols: [
            "Xᵢₖ: exports of product k by country i; Xᵢ: its exports of all 16 groups; X_wk, X_w: the same for the world.",
            "Xᵢₖ：国家i的产品k出口额；Xᵢ：其16类产品出口合计；X_wk、X_w：世界的相应数值。",
            "Xᵢₖ：国iの品目kの輸出額；Xᵢ：16品目の輸出合計；X_wk、X_w：世界の同じ値。",
            "Xᵢₖ: 국가 i의 품목 k 수출액; Xᵢ: 16개 품목군 수출 합계; X_wk, X_w: 세계의 같은 값.",
        ],
        rca_caveat_world: [
            "The world is the WITS World file; its 16 groups do not add up to its stated total in 1991–1998, so totals are always the sum of the 16 groups.",
            "世界数据来自WITS世界文件；1991–1998年其16类之和与所列总额不一致，因此总额一律取16类之和。",
            "世界はWITSの世界ファイルです。1991–1998年は16品目の合計が記載の総額と一致しないため、総額は常に16品目の合計としています。",
            "세계는 WITS 세계 파일입니다. 1991–1998년에는 16개 품목군의 합이 표시된 총액과 맞지 않아 총액은 항상 16개 품목군의 합으로 합니다.",
        ],
        /// {cases}: each country and year with the groups WITS does not list.
        wits_caveat_groups: [
            "WITS lists no exports of some groups, whose RCA stays blank: {cases}. In those years the other groups' RCA divides by the country's stated all-products total (Xᵢ).",
            "WITS未列出部分产品类别的出口，其RCA留空：{cases}。这些年份其他类别的RCA以该国所列全部产品出口总额（Xᵢ）为分母。",
            "WITSに一部の品目の輸出が記載されておらず、そのRCAは空欄です：{cases}。その年の他の品目のRCAは、その国の記載された全品目輸出総額（Xᵢ）で割っています。",
            "WITS에 일부 품목군의 수출이 기재되지 않아 그 RCA는 비워 둡니다: {cases}. 그 해 다른 품목군의 RCA는 그 나라의 표시된 전체 품목 수출 총액(Xᵢ)으로 나눕니다.",
        ],
        rca_add_country: [
            "Add an RCEP member",
            "添加RCEP成员",
            "RCEP加盟国を追加",
            "RCEP 회원국 추가",
        ],
        rca_remove_country: [
            "Remove",
            "移除",
            "外す",
            "제거",
        ],
        rca_product_label: [
            "Product group",
            "产品类别",
            "品目",
            "품목군",
        ],
        rca_no_wits_file: [
            "(no WITS data)",
            "（无WITS数据）",
            "（WITSデータなし）",
            "(WITS 데이터 없음)",
        ],
    }
}

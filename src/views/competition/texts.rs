//! The texts only the Competition (ESI) view shows, each in English, Chinese, Japanese and
//! Korean (the order of `Locale::ALL`). Only English is compiled into the shipped wasm; the other
//! three reach the browser in the language's translation file (`i18n::bundle`).

crate::i18n::text_group! {
    /// Every sentence and label of the Competition (ESI) view that no other view shows.
    pub struct CompetitionTexts in "competition" {
        esi_trend: [
            "{pair} from {from} in {first} to {to} in {last}",
            "{pair}从{first}年的{from}变为{last}年的{to}",
            "{pair}は{first}年の{from}から{last}年の{to}へ",
            "{pair}은(는) {first}년 {from}에서 {last}년 {to}(으)로",
        ],
        wits_caveat_groups_zero: [
            "Brunei (1992–1994) and Cambodia (some years) lack some product groups, but the groups they list add up to their stated total: the missing groups are zero trade, and the export similarity index counts them as zero.",
            "文莱（1992–1994年）和柬埔寨（部分年份）缺少部分产品类别，但所列类别之和等于其申报总额：缺少的类别即为零贸易，出口相似度指数按零计算。",
            "ブルネイ（1992–1994年）とカンボジア（一部の年）は一部の品目が欠けていますが、記載された品目の合計は申告総額と一致します。欠けた品目は貿易ゼロであり、輸出類似度指数ではゼロとして計算します。",
            "브루나이(1992–1994년)와 캄보디아(일부 연도)는 일부 품목군이 없지만, 기재된 품목군의 합이 신고 총액과 같습니다. 빠진 품목군은 무역이 0이므로 수출유사도지수는 0으로 계산합니다.",
        ],
        esi_title: [
            "Competition: do the three sell the same things to the world?",
            "竞争：三国是否向世界出口相同的产品？",
            "競合：3か国は世界に同じものを売っているか",
            "경쟁: 세 나라는 세계에 같은 것을 파는가?",
        ],
        esi_takeaway: [
            "Export similarity: {trends}.",
            "出口相似度：{trends}。",
            "輸出類似度：{trends}。",
            "수출 유사도: {trends}.",
        ],
        esi_lines_title: [
            "Export similarity index, {first}–{last}",
            "出口相似度指数，{first}–{last}年",
            "輸出類似度指数、{first}–{last}年",
            "수출유사성지수, {first}–{last}년",
        ],
        esi_axis: [
            "ESI (0–100)",
            "ESI（0–100）",
            "ESI（0–100）",
            "ESI(0–100)",
        ],
        esi_stacked_title: [
            "What each country exports to the world, {year}",
            "各国对世界出口的构成，{year}年",
            "各国の対世界輸出の構成、{year}年",
            "각 나라의 대세계 수출 구성, {year}년",
        ],
        esi_share_label: [
            "Share of exports",
            "占出口份额",
            "輸出に占めるシェア",
            "수출 비중",
        ],
        esi_exports_label: [
            "Exports",
            "出口额",
            "輸出額",
            "수출액",
        ],
        esi_incomplete: [
            "incomplete data",
            "数据不完整",
            "データ不完全",
            "불완전한 데이터",
        ],
        esi_lines_description: [
            "Line chart of the export similarity index by year for China–Japan, China–Korea and Japan–Korea.",
            "折线图：中日、中韩和日韩之间出口相似度指数按年份变化。",
            "折れ線グラフ：中国・日本、中国・韓国、日本・韓国の輸出類似度指数の年ごとの推移。",
            "선 그래프: 중국–일본, 중국–한국, 일본–한국의 연도별 수출유사성지수.",
        ],
        esi_stacked_description: [
            "100% stacked bars of the export composition of China, Japan and South Korea in {year}, one segment per product group.",
            "100%堆积条形图：{year}年中国、日本和韩国的出口构成，每个产品类别一段。",
            "100%積み上げ横棒グラフ：{year}年の中国・日本・韓国の輸出構成。品目ごとに1区分。",
            "100% 누적 막대그래프: {year}년 중국·일본·한국의 수출 구성, 품목군마다 한 구간.",
        ],
        esi_words: [
            "The overlap of two countries' export mixes. 100 means they export the same products in the same proportions (head-on competition), 0 that they export entirely different things. Symmetric.",
            "两国出口结构的重叠程度。100表示两国以相同比例出口相同产品（正面竞争），0表示出口完全不同的产品。该指数是对称的。",
            "2か国の輸出構成の重なり。100は同じ品目を同じ比率で輸出（正面からの競合）、0は全く異なるものを輸出していることを意味します。対称です。",
            "두 나라 수출 구성의 겹침. 100은 같은 품목을 같은 비율로 수출(정면 경쟁), 0은 전혀 다른 것을 수출함을 뜻합니다. 대칭입니다.",
        ],
        esi_formula: [
            "ESIᵢⱼ = 100 × Σₖ min(xᵢₖ, xⱼₖ)",
            "ESIᵢⱼ = 100 × Σₖ min(xᵢₖ, xⱼₖ)",
            "ESIᵢⱼ = 100 × Σₖ min(xᵢₖ, xⱼₖ)",
            "ESIᵢⱼ = 100 × Σₖ min(xᵢₖ, xⱼₖ)",
        ],
        esi_symbols: [
            "xᵢₖ: share of product k in country i's exports to the world.",
            "xᵢₖ：产品k在国家i对世界出口中的份额。",
            "xᵢₖ：国iの対世界輸出に占める品目kのシェア。",
            "xᵢₖ: 국가 i의 대세계 수출에서 품목 k의 비중.",
        ],
        usd_bn: [
            "US$ bn",
            "亿美元",
            "億ドル",
            "억 달러",
        ],
        esi_classification_label: [
            "Products",
            "产品分类",
            "品目分類",
            "품목 분류",
        ],
        esi_option_wits: [
            "16 WITS groups, 1988–2019",
            "WITS 16类，1988–2019年",
            "WITS 16品目、1988–2019年",
            "WITS 16개 품목군, 1988–2019년",
        ],
        esi_option_oec: [
            "21 HS sections (OEC), 2010–2018",
            "HS 21类（OEC），2010–2018年",
            "HS 21部（OEC）、2010–2018年",
            "HS 21개 부(OEC), 2010–2018년",
        ],
    }
}

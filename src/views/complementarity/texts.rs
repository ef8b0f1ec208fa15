//! The texts only the Complementarity (TCI) view shows, each in English, Chinese, Japanese and
//! Korean (the order of `Locale::ALL`). Only English is compiled into the shipped wasm; the other
//! three reach the browser in the language's translation file (`i18n::bundle`).

crate::i18n::text_group! {
    /// Every sentence and label of the Complementarity (TCI) view that no other view shows.
    pub struct ComplementarityTexts in "complementarity" {
        missing_sections: [
            "No value: the source lacks part of {country}'s {flow} by product in {year}",
            "无数值：来源缺少{country}{year}年部分产品的{flow}数据",
            "値なし：出典に{country}の{year}年の品目別{flow}の一部が欠けています",
            "값 없음: 출처에 {country}의 {year}년 품목별 {flow} 일부가 없습니다",
        ],
        same_country: [
            "A country paired with itself",
            "同一国家自身配对",
            "同じ国どうしの組み合わせ",
            "같은 나라끼리의 조합",
        ],
        flow_exports: [
            "exports",
            "出口",
            "輸出",
            "수출",
        ],
        flow_imports: [
            "imports",
            "进口",
            "輸入",
            "수입",
        ],
        tci_title: [
            "Trade complementarity: do one country's exports fit another's imports?",
            "贸易互补性：一国的出口是否契合另一国的进口？",
            "貿易補完性：ある国の輸出は別の国の輸入に合っているか",
            "무역 보완성: 한 나라의 수출이 다른 나라의 수입과 맞는가?",
        ],
        tci_takeaway: [
            "In {year}, {best} was the best fit among the three (TCI {best_value}); the weakest was {worst} ({worst_value}).",
            "{year}年，三国中契合度最高的是{best}（TCI {best_value}），最低的是{worst}（{worst_value}）。",
            "{year}年、3か国の中で最も補完性が高かったのは{best}（TCI {best_value}）、最も低かったのは{worst}（{worst_value}）。",
            "{year}년 세 나라 중 보완성이 가장 높은 것은 {best}(TCI {best_value}), 가장 낮은 것은 {worst}({worst_value})였습니다.",
        ],
        tci_lines_title: [
            "Trade complementarity index, China, Japan and Korea, {first}–{last}",
            "贸易互补性指数：中国、日本、韩国，{first}–{last}年",
            "貿易補完性指数：中国・日本・韓国、{first}–{last}年",
            "무역보완지수: 중국·일본·한국, {first}–{last}년",
        ],
        tci_heatmap_title: [
            "Trade complementarity among the 15 RCEP members, {year}",
            "RCEP 15个成员之间的贸易互补性，{year}年",
            "RCEP加盟15か国間の貿易補完性、{year}年",
            "RCEP 15개 회원국 간 무역 보완성, {year}년",
        ],
        tci_exporter_axis: [
            "Exporter ↓",
            "出口国 ↓",
            "輸出国 ↓",
            "수출국 ↓",
        ],
        tci_importer_axis: [
            "Importer →",
            "进口国 →",
            "輸入国 →",
            "수입국 →",
        ],
        tci_legend_low: [
            "weaker fit",
            "契合度低",
            "補完性が低い",
            "보완성 낮음",
        ],
        tci_legend_high: [
            "stronger fit",
            "契合度高",
            "補完性が高い",
            "보완성 높음",
        ],
        tci_select_hint: [
            "Select a cell to add that pair's line to the chart above.",
            "选择一个单元格，可在上方图表中添加该国家对的线条。",
            "セルを選ぶと、その組み合わせの線を上のグラフに追加します。",
            "칸을 선택하면 그 조합의 선이 위 차트에 추가됩니다.",
        ],
        /// The note under the TCI lines on the 2015 change: {year}, {prev}, {before}, {after}.
        tci_oil_note: [
            "Every pair's TCI moves in {year}: oil prices fell, and mineral products (HS section 5) went from {before}% to {after}% of Japan's imports between {prev} and {year}.",
            "{year}年所有国家对的贸易互补性指数都出现变化：油价下跌，矿产品（HS第5类）占日本进口的比重从{prev}年的{before}%降至{year}年的{after}%。",
            "{year}年にはすべての組み合わせの貿易補完度指数が動きます。原油価格が下落し、日本の輸入に占める鉱物性生産品（HS第5部）の割合が{prev}年の{before}%から{year}年の{after}%に下がりました。",
            "{year}년에는 모든 조합의 무역보완도지수가 움직입니다. 유가가 하락해 일본 수입에서 광물성 생산품(HS 제5부)의 비중이 {prev}년 {before}%에서 {year}년 {after}%로 낮아졌습니다.",
        ],
        tci_selected_pair: [
            "Selected pair",
            "已选国家对",
            "選択した組み合わせ",
            "선택한 조합",
        ],
        tci_lines_description: [
            "Line chart of the trade complementarity index for the six exporter–importer pairs of China, Japan and South Korea, one line per pair, by year.",
            "折线图：中国、日本和韩国六个出口国—进口国组合的贸易互补性指数，每个组合一条线，按年份排列。",
            "折れ線グラフ：中国・日本・韓国の6つの輸出国・輸入国の組み合わせについて、年ごとの貿易補完性指数。組み合わせごとに1本の線。",
            "선 그래프: 중국·일본·한국의 수출국–수입국 6개 조합의 연도별 무역보완지수. 조합마다 선 하나.",
        ],
        tci_heatmap_description: [
            "Heatmap of the trade complementarity index for every exporter–importer pair of the 15 RCEP members in {year}. Rows are exporters, columns importers; China, Japan and South Korea are in bold.",
            "热力图：{year}年RCEP 15个成员之间每个出口国—进口国组合的贸易互补性指数。行为出口国，列为进口国；中国、日本和韩国以粗体显示。",
            "ヒートマップ：{year}年のRCEP加盟15か国の全ての輸出国・輸入国の組み合わせの貿易補完性指数。行が輸出国、列が輸入国。中国・日本・韓国は太字。",
            "히트맵: {year}년 RCEP 15개 회원국의 모든 수출국–수입국 조합의 무역보완지수. 행은 수출국, 열은 수입국이며 중국·일본·한국은 굵게 표시.",
        ],
        tci_words: [
            "How closely the mix of products one country sells to the world matches the mix another country buys from the world. 100 means a perfect match, 0 no overlap. The index is directional: China → Japan is not Japan → China.",
            "衡量一国向世界出口的产品结构与另一国从世界进口的产品结构的吻合程度。100表示完全吻合，0表示毫无重叠。该指数有方向性：中国→日本不同于日本→中国。",
            "ある国が世界に輸出する品目構成と、別の国が世界から輸入する品目構成がどれだけ一致するか。100は完全に一致、0は全く重ならない。方向性があり、中国→日本と日本→中国は異なります。",
            "한 나라가 세계에 수출하는 품목 구성과 다른 나라가 세계에서 수입하는 품목 구성이 얼마나 일치하는지를 나타냅니다. 100은 완전 일치, 0은 겹침 없음. 방향이 있어 중국→일본과 일본→중국은 다릅니다.",
        ],
        tci_formula: [
            "TCIᵢⱼ = 100 × (1 − ½ Σₖ |mⱼₖ − xᵢₖ|)",
            "TCIᵢⱼ = 100 × (1 − ½ Σₖ |mⱼₖ − xᵢₖ|)",
            "TCIᵢⱼ = 100 × (1 − ½ Σₖ |mⱼₖ − xᵢₖ|)",
            "TCIᵢⱼ = 100 × (1 − ½ Σₖ |mⱼₖ − xᵢₖ|)",
        ],
        tci_symbols: [
            "xᵢₖ: share of product k in exporter i's exports to the world; mⱼₖ: share of product k in importer j's imports from the world.",
            "xᵢₖ：产品k在出口国i对世界出口中的份额；mⱼₖ：产品k在进口国j自世界进口中的份额。",
            "xᵢₖ：輸出国iの対世界輸出に占める品目kのシェア；mⱼₖ：輸入国jの対世界輸入に占める品目kのシェア。",
            "xᵢₖ: 수출국 i의 대세계 수출에서 품목 k의 비중; mⱼₖ: 수입국 j의 대세계 수입에서 품목 k의 비중.",
        ],
        tci_clear_pair: [
            "Remove the selected pair",
            "移除所选国家对",
            "選択した組み合わせを外す",
            "선택한 조합 제거",
        ],
    }
}

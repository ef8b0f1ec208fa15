//! The texts only the Trade ties view shows, each in English, Chinese, Japanese and
//! Korean (the order of `Locale::ALL`). Only English is compiled into the shipped wasm; the other
//! three reach the browser in the language's translation file (`i18n::bundle`).

crate::i18n::text_group! {
    /// Every sentence and label of the Trade ties view that no other view shows.
    pub struct TiesTexts in "ties" {
        ties_title: [
            "Trade ties: how much do the three trade with each other?",
            "贸易联系：三国之间的贸易有多紧密？",
            "貿易のつながり：3か国はどれだけ互いに貿易しているか",
            "무역 관계: 세 나라는 서로 얼마나 교역하는가?",
        ],
        ties_takeaway: [
            "In {year}, the largest flow was {largest} ({value}); trade intensity was highest for {intense} ({tii}).",
            "{year}年，最大的流量是{largest}（{value}）；贸易强度最高的是{intense}（{tii}）。",
            "{year}年、最大の流れは{largest}（{value}）。貿易結合度が最も高かったのは{intense}（{tii}）。",
            "{year}년 가장 큰 흐름은 {largest}({value})였고, 무역결합도가 가장 높은 것은 {intense}({tii})였습니다.",
        ],
        ties_totals_title: [
            "Exports among the three, US$ billions, {first}–{last}",
            "三国之间的出口，亿美元，{first}–{last}年",
            "3か国間の輸出、億ドル、{first}–{last}年",
            "세 나라 간 수출, 억 달러, {first}–{last}년",
        ],
        ties_tii_title: [
            "Trade intensity index, {first}–{last}",
            "贸易强度指数，{first}–{last}年",
            "貿易結合度指数、{first}–{last}年",
            "무역결합도지수, {first}–{last}년",
        ],
        ties_tii_axis: [
            "TII (1 = neutral)",
            "TII（1 = 中性）",
            "TII（1 = 中立）",
            "TII(1 = 중립)",
        ],
        ties_tii_reference: [
            "TII = 1",
            "TII = 1",
            "TII = 1",
            "TII = 1",
        ],
        ties_gaps_note: [
            "Gaps are years without a figure: WITS lists a partner only in years it was among the reporter's five largest.",
            "空缺表示没有数据的年份：WITS只在伙伴国位列申报国前五大伙伴的年份列出该国。",
            "空白は数値のない年です。WITSは相手国が報告国の上位5か国に入った年だけ記載しています。",
            "빈 곳은 수치가 없는 해입니다. WITS는 상대국이 보고국의 5대 상대국에 든 해에만 기재합니다.",
        ],
        ties_totals_description: [
            "Line chart of exports between China, Japan and South Korea in US$ billions by year, one line per direction, with gaps where the source has no figure.",
            "折线图：中国、日本和韩国之间的出口额（亿美元）按年份变化，每个方向一条线，来源无数据处留空。",
            "折れ線グラフ：中国・日本・韓国間の輸出額（億ドル）の年ごとの推移。方向ごとに1本、出典に数値がない年は空白。",
            "선 그래프: 중국·일본·한국 간 수출액(억 달러) 연도별 추이, 방향마다 선 하나, 출처에 수치가 없는 해는 비어 있음.",
        ],
        ties_tii_description: [
            "Line chart of the trade intensity index by year for the six directions between China, Japan and South Korea, with a reference line at 1.",
            "折线图：中国、日本和韩国之间六个方向的贸易强度指数按年份变化，1处有参考线。",
            "折れ線グラフ：中国・日本・韓国間の6方向の貿易結合度指数の年ごとの推移。1に基準線。",
            "선 그래프: 중국·일본·한국 간 6개 방향의 무역결합도지수 연도별 추이, 1에 기준선.",
        ],
        ties_words: [
            "Trade intensity compares the share of i's exports going to j with j's share of world imports. Above 1, i trades with j more than j's size in world trade would suggest.",
            "贸易强度比较i的出口中流向j的份额与j在世界进口中的份额。大于1表示i与j的贸易多于j在世界贸易中的规模所预期的水平。",
            "貿易結合度は、iの輸出のうちjに向かうシェアを、世界の輸入に占めるjのシェアと比べます。1を超えると、iはjの世界貿易での規模から予想される以上にjと貿易しています。",
            "무역결합도는 i의 수출 중 j로 가는 비중을 세계 수입에서 j의 비중과 비교합니다. 1보다 크면 i는 j의 세계 무역 규모로 예상되는 것보다 j와 더 많이 교역합니다.",
        ],
        ties_formula: [
            "TIIᵢⱼ = (Xᵢⱼ / Xᵢ) / (Mⱼ / M_w)",
            "TIIᵢⱼ = (Xᵢⱼ / Xᵢ) / (Mⱼ / M_w)",
            "TIIᵢⱼ = (Xᵢⱼ / Xᵢ) / (Mⱼ / M_w)",
            "TIIᵢⱼ = (Xᵢⱼ / Xᵢ) / (Mⱼ / M_w)",
        ],
        ties_symbols: [
            "Xᵢⱼ: i's exports to j; Xᵢ: i's total exports; Mⱼ: j's total imports; M_w: world imports.",
            "Xᵢⱼ：i对j的出口；Xᵢ：i的出口总额；Mⱼ：j的进口总额；M_w：世界进口总额。",
            "Xᵢⱼ：iのjへの輸出；Xᵢ：iの輸出総額；Mⱼ：jの輸入総額；M_w：世界の輸入総額。",
            "Xᵢⱼ: i의 j로의 수출; Xᵢ: i의 수출 총액; Mⱼ: j의 수입 총액; M_w: 세계 수입.",
        ],
        ties_caveat_reporter: [
            "Exports are as reported by the exporter; the partner's own import figures differ (valuation, timing, re-exports via Hong Kong).",
            "出口额为出口国申报数据；伙伴国自身的进口数据有所不同（估价、时间、经香港转口）。",
            "輸出額は輸出国の報告値です。相手国自身の輸入統計とは異なります（評価、時期、香港経由の再輸出）。",
            "수출액은 수출국의 보고치입니다. 상대국 자신의 수입 통계와는 다릅니다(평가, 시점, 홍콩 경유 재수출).",
        ],
        wits_totals_classification: [
            "All goods: totals to the world and to each reporter's top five partners (WITS)",
            "全部商品：对世界及各申报国前五大伙伴的总额（WITS）",
            "全商品：世界および各報告国の上位5相手国との合計（WITS）",
            "전체 상품: 세계 및 각 보고국의 상위 5개 상대국과의 합계(WITS)",
        ],
    }
}

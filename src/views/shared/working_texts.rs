//! The texts of the working behind an index value ("Why this number?"), which several views
//! open, each in English, Chinese, Japanese and Korean.

crate::i18n::text_group! {
    /// Every sentence and label of a working.
    pub struct WorkingTexts in "working" {
        /// Between the products a sentence names (each has commas of its own).
        list_separator: [
            "; ",
            "；",
            "；",
            "; ",
        ],
        /// {value}, {index}, {subject}, {year}.
        title: [
            "Why {value}? {index}, {subject}, {year}",
            "为什么是{value}？{index}，{subject}，{year}年",
            "なぜ{value}か：{index}、{subject}、{year}年",
            "왜 {value}인가? {index}, {subject}, {year}년",
        ],
        /// A value the source does not cover: {index}, {subject}, {year}.
        title_without_value: [
            "{index}, {subject}, {year}",
            "{index}，{subject}，{year}年",
            "{index}、{subject}、{year}年",
            "{index}, {subject}, {year}년",
        ],
        close: [
            "Close the working",
            "关闭计算过程",
            "計算過程を閉じる",
            "계산 과정 닫기",
        ],
        download_csv: [
            "Download the working (CSV)",
            "下载计算过程（CSV）",
            "計算過程をダウンロード（CSV）",
            "계산 과정 내려받기(CSV)",
        ],
        no_trade: [
            "no trade listed (zero)",
            "未列出贸易（零）",
            "貿易の記載なし（ゼロ）",
            "기재된 무역 없음(0)",
        ],
        /// {subject}, {year}.
        not_covered: [
            "The source does not cover {subject} in {year}, so there is no value to explain.",
            "来源未涵盖{year}年的{subject}，因此没有可解释的数值。",
            "出典は{year}年の{subject}を収録していないため、説明する数値はありません。",
            "출처가 {year}년 {subject}을(를) 다루지 않아 설명할 수치가 없습니다.",
        ],
        /// {n}: how many products the chart shows.
        contributions_title: [
            "Points added by the {n} largest contributions",
            "贡献最大的{n}项（点数）",
            "寄与の大きい上位{n}品目（ポイント）",
            "기여가 가장 큰 {n}개 품목(포인트)",
        ],
        /// {n}: how many products the chart shows.
        gl_contributions_title: [
            "w × GL of the {n} largest terms",
            "最大的{n}项 w × GL",
            "上位{n}項目の w × GL",
            "가장 큰 {n}개 항의 w × GL",
        ],
        terms_caption: [
            "Every product's term, largest contribution first",
            "每种产品的项，按贡献从大到小排列",
            "全品目の項（寄与の大きい順）",
            "모든 품목의 항(기여가 큰 순서)",
        ],
        facts_caption: [
            "The figures behind the value",
            "该数值背后的数据",
            "数値の元になる数字",
            "수치의 바탕이 되는 숫자",
        ],
        product_column: [
            "Product",
            "产品",
            "品目",
            "품목",
        ],
        quantity_column: [
            "Quantity",
            "数量",
            "項目",
            "항목",
        ],
        value_column: [
            "Value",
            "数值",
            "値",
            "값",
        ],
        /// {value}: the contributions' sum.
        sum_line: [
            "The contributions add up to {value}.",
            "各项贡献之和为{value}。",
            "寄与の合計は{value}です。",
            "기여의 합은 {value}입니다.",
        ],
        tci_name: [
            "Trade complementarity (TCI)",
            "贸易互补性指数（TCI）",
            "貿易補完性指数（TCI）",
            "무역보완지수(TCI)",
        ],
        tci_formula: [
            "TCI = 100 × (1 − ½ Σ|m − x|) = 100 × Σ min(x, m): x is a product's share of the exporter's exports to the world, m its share of the importer's imports from the world.",
            "TCI = 100 × (1 − ½ Σ|m − x|) = 100 × Σ min(x, m)：x为某产品在出口国对世界出口中的份额，m为其在进口国自世界进口中的份额。",
            "TCI = 100 × (1 − ½ Σ|m − x|) = 100 × Σ min(x, m)：xは輸出国の対世界輸出に占める品目の割合、mは輸入国の対世界輸入に占める割合。",
            "TCI = 100 × (1 − ½ Σ|m − x|) = 100 × Σ min(x, m): x는 수출국의 대세계 수출에서 품목이 차지하는 비중, m은 수입국의 대세계 수입에서 차지하는 비중.",
        ],
        tci_x_column: [
            "x (exporter)",
            "x（出口国）",
            "x（輸出国）",
            "x(수출국)",
        ],
        tci_m_column: [
            "m (importer)",
            "m（进口国）",
            "m（輸入国）",
            "m(수입국)",
        ],
        gap_column: [
            "|m − x|",
            "|m − x|",
            "|m − x|",
            "|m − x|",
        ],
        contribution_column: [
            "100 × min",
            "100 × min",
            "100 × min",
            "100 × min",
        ],
        /// {fits}, {misfits}: lists of items.
        tci_summary: [
            "The products that fit most: {fits}. The largest misfits: {misfits}.",
            "契合度最高的产品：{fits}。差距最大的产品：{misfits}。",
            "最もよく合う品目：{fits}。最も合わない品目：{misfits}。",
            "가장 잘 맞는 품목: {fits}. 가장 어긋나는 품목: {misfits}.",
        ],
        /// {product}, {x}, {exporter}, {m}, {importer}.
        tci_item: [
            "{product}: {x} of {exporter}'s exports to the world, {m} of {importer}'s imports from the world",
            "{product}：占{exporter}对世界出口的{x}，占{importer}自世界进口的{m}",
            "{product}：{exporter}の対世界輸出の{x}、{importer}の対世界輸入の{m}",
            "{product}: {exporter} 대세계 수출의 {x}, {importer} 대세계 수입의 {m}",
        ],
        esi_name: [
            "Export similarity (ESI)",
            "出口相似度指数（ESI）",
            "輸出類似度指数（ESI）",
            "수출유사성지수(ESI)",
        ],
        esi_formula: [
            "ESI = 100 × Σ min(a, b): a and b are a product's shares of each country's exports to the world.",
            "ESI = 100 × Σ min(a, b)：a和b为某产品在两国各自对世界出口中的份额。",
            "ESI = 100 × Σ min(a, b)：aとbは各国の対世界輸出に占める品目の割合。",
            "ESI = 100 × Σ min(a, b): a와 b는 각 나라의 대세계 수출에서 품목이 차지하는 비중.",
        ],
        /// {country}.
        share_of_column: [
            "{country}",
            "{country}",
            "{country}",
            "{country}",
        ],
        /// {shared}, {apart}: lists of items.
        esi_summary: [
            "What both export most: {shared}. The largest differences: {apart}.",
            "两国出口都集中的产品：{shared}。差距最大的产品：{apart}。",
            "両国がともに多く輸出する品目：{shared}。差が最も大きい品目：{apart}。",
            "두 나라가 모두 많이 수출하는 품목: {shared}. 차이가 가장 큰 품목: {apart}.",
        ],
        /// {product}, {a}, {a_country}, {b}, {b_country}.
        esi_item: [
            "{product}: {a} of {a_country}'s exports, {b} of {b_country}'s",
            "{product}：占{a_country}出口的{a}，占{b_country}出口的{b}",
            "{product}：{a_country}の輸出の{a}、{b_country}の輸出の{b}",
            "{product}: {a_country} 수출의 {a}, {b_country} 수출의 {b}",
        ],
        rca_name: [
            "Revealed comparative advantage (RCA)",
            "显示性比较优势指数（RCA）",
            "顕示比較優位指数（RCA）",
            "현시비교우위지수(RCA)",
        ],
        rca_formula: [
            "RCA = (X_ik / X_i) ÷ (X_wk / X_w); RSCA = (RCA − 1) / (RCA + 1)",
            "RCA = (X_ik / X_i) ÷ (X_wk / X_w)；RSCA = (RCA − 1) / (RCA + 1)",
            "RCA = (X_ik / X_i) ÷ (X_wk / X_w)、RSCA = (RCA − 1) / (RCA + 1)",
            "RCA = (X_ik / X_i) ÷ (X_wk / X_w), RSCA = (RCA − 1) / (RCA + 1)",
        ],
        /// {country}, {product}.
        rca_country_product: [
            "X_ik: {country}'s exports of {product}",
            "X_ik：{country}的{product}出口",
            "X_ik：{country}の{product}の輸出",
            "X_ik: {country}의 {product} 수출",
        ],
        rca_country_total: [
            "X_i: {country}'s exports of all products",
            "X_i：{country}的全部产品出口",
            "X_i：{country}の全品目の輸出",
            "X_i: {country}의 전체 품목 수출",
        ],
        rca_world_product: [
            "X_wk: world exports of {product}",
            "X_wk：世界的{product}出口",
            "X_wk：世界の{product}の輸出",
            "X_wk: 세계의 {product} 수출",
        ],
        rca_world_total: [
            "X_w: world exports of all products",
            "X_w：世界的全部产品出口",
            "X_w：世界の全品目の輸出",
            "X_w: 세계의 전체 품목 수출",
        ],
        rca_country_share: [
            "X_ik / X_i: the product's share of {country}'s exports",
            "X_ik / X_i：该产品在{country}出口中的份额",
            "X_ik / X_i：{country}の輸出に占める割合",
            "X_ik / X_i: {country} 수출에서의 비중",
        ],
        rca_world_share: [
            "X_wk / X_w: the product's share of world exports",
            "X_wk / X_w：该产品在世界出口中的份额",
            "X_wk / X_w：世界の輸出に占める割合",
            "X_wk / X_w: 세계 수출에서의 비중",
        ],
        ratio_line: [
            "Ratio of the two shares",
            "两个份额之比",
            "2つの割合の比",
            "두 비중의 비율",
        ],
        /// {product}, {country}, {country_share}, {world_share}, {value}.
        rca_summary: [
            "{product} is {country_share} of {country}'s exports and {world_share} of the world's, so RCA is {value}; above 1 is a comparative advantage.",
            "{product}占{country}出口的{country_share}，占世界出口的{world_share}，因此RCA为{value}；大于1即具有比较优势。",
            "{product}は{country}の輸出の{country_share}、世界の輸出の{world_share}を占めるため、RCAは{value}です。1を超えると比較優位があります。",
            "{product}은(는) {country} 수출의 {country_share}, 세계 수출의 {world_share}이므로 RCA는 {value}입니다. 1보다 크면 비교우위가 있습니다.",
        ],
        tii_name: [
            "Trade intensity (TII)",
            "贸易强度指数（TII）",
            "貿易結合度指数（TII）",
            "무역집중도지수(TII)",
        ],
        tii_formula: [
            "TII = (X_ij / X_i) ÷ (M_j / M_w)",
            "TII = (X_ij / X_i) ÷ (M_j / M_w)",
            "TII = (X_ij / X_i) ÷ (M_j / M_w)",
            "TII = (X_ij / X_i) ÷ (M_j / M_w)",
        ],
        /// {exporter}, {importer}.
        tii_exports_to_partner: [
            "X_ij: {exporter}'s exports to {importer}",
            "X_ij：{exporter}对{importer}的出口",
            "X_ij：{exporter}の{importer}向け輸出",
            "X_ij: {exporter}의 {importer} 수출",
        ],
        tii_exports_total: [
            "X_i: {exporter}'s exports to the world",
            "X_i：{exporter}对世界的出口",
            "X_i：{exporter}の対世界輸出",
            "X_i: {exporter}의 대세계 수출",
        ],
        tii_partner_imports: [
            "M_j: {importer}'s imports from the world",
            "M_j：{importer}自世界的进口",
            "M_j：{importer}の対世界輸入",
            "M_j: {importer}의 대세계 수입",
        ],
        tii_world_imports: [
            "M_w: world imports",
            "M_w：世界进口",
            "M_w：世界の輸入",
            "M_w: 세계 수입",
        ],
        tii_export_share: [
            "X_ij / X_i: {importer}'s share of {exporter}'s exports",
            "X_ij / X_i：{importer}在{exporter}出口中的份额",
            "X_ij / X_i：{exporter}の輸出に占める{importer}の割合",
            "X_ij / X_i: {exporter} 수출에서 {importer}의 비중",
        ],
        tii_import_share: [
            "M_j / M_w: {importer}'s share of world imports",
            "M_j / M_w：{importer}在世界进口中的份额",
            "M_j / M_w：世界の輸入に占める{importer}の割合",
            "M_j / M_w: 세계 수입에서 {importer}의 비중",
        ],
        /// {exporter}, {importer}, {export_share}, {import_share}, {value}.
        tii_summary: [
            "{importer} takes {export_share} of {exporter}'s exports but makes {import_share} of world imports, so TII is {value}; above 1 they trade more with each other than {importer}'s size suggests.",
            "{importer}占{exporter}出口的{export_share}，而占世界进口的{import_share}，因此TII为{value}；大于1表示两国贸易强于{importer}的规模所预期。",
            "{importer}は{exporter}の輸出の{export_share}を占め、世界の輸入の{import_share}を占めるため、TIIは{value}です。1を超えると{importer}の規模から見込まれる以上に取引しています。",
            "{importer}은(는) {exporter} 수출의 {export_share}를 차지하고 세계 수입의 {import_share}를 차지하므로 TII는 {value}입니다. 1보다 크면 {importer}의 규모로 예상되는 것보다 더 많이 교역합니다.",
        ],
        tsc_name: [
            "Trade specialisation (TSC)",
            "贸易专业化系数（TSC）",
            "貿易特化係数（TSC）",
            "무역특화지수(TSC)",
        ],
        tsc_formula: [
            "TSC = (X − M) / (X + M): X and M are the country's exports and imports of the product with the world.",
            "TSC = (X − M) / (X + M)：X和M为该国该产品对世界的出口和进口。",
            "TSC = (X − M) / (X + M)：XとMはその国の品目の対世界輸出と輸入。",
            "TSC = (X − M) / (X + M): X와 M은 그 나라의 해당 품목 대세계 수출과 수입.",
        ],
        /// {country}, {product}.
        tsc_exports: [
            "X: {country}'s exports of {product} to the world",
            "X：{country}对世界的{product}出口",
            "X：{country}の{product}の対世界輸出",
            "X: {country}의 {product} 대세계 수출",
        ],
        tsc_imports: [
            "M: {country}'s imports of {product} from the world",
            "M：{country}自世界的{product}进口",
            "M：{country}の{product}の対世界輸入",
            "M: {country}의 {product} 대세계 수입",
        ],
        balance_line: [
            "X − M: the balance",
            "X − M：差额",
            "X − M：収支",
            "X − M: 수지",
        ],
        trade_line: [
            "X + M: all trade in it",
            "X + M：贸易总额",
            "X + M：貿易総額",
            "X + M: 교역 총액",
        ],
        /// {product}, {country}, {exports}, {imports}, {value}.
        tsc_summary: [
            "{country} exported {exports} of {product} and imported {imports}, so TSC is {value}: +1 is exports only, −1 imports only, near 0 both.",
            "{country}出口{product}{exports}，进口{imports}，因此TSC为{value}：+1表示只出口，−1表示只进口，接近0表示两者兼有。",
            "{country}は{product}を{exports}輸出し、{imports}輸入したため、TSCは{value}です。+1は輸出のみ、−1は輸入のみ、0に近いと両方です。",
            "{country}은(는) {product}을(를) {exports} 수출하고 {imports} 수입했으므로 TSC는 {value}입니다. +1은 수출만, −1은 수입만, 0에 가까우면 둘 다입니다.",
        ],
        gl_name: [
            "Intra-industry trade (Grubel–Lloyd) with the world",
            "与世界的产业内贸易（Grubel–Lloyd）",
            "対世界の産業内貿易（グルーベル＝ロイド）",
            "대세계 산업내무역(그루벨-로이드)",
        ],
        gl_formula: [
            "GL = Σ w × (1 − |X − M| / (X + M)), with w = (X + M) / Σ(X + M): each product's GL weighted by its share of all trade.",
            "GL = Σ w × (1 − |X − M| / (X + M))，其中w = (X + M) / Σ(X + M)：各产品的GL按其占贸易总额的份额加权。",
            "GL = Σ w × (1 − |X − M| / (X + M))、w = (X + M) / Σ(X + M)：各品目のGLを貿易全体に占める割合で加重。",
            "GL = Σ w × (1 − |X − M| / (X + M)), w = (X + M) / Σ(X + M): 각 품목의 GL을 전체 교역 비중으로 가중.",
        ],
        exports_column: [
            "X (exports)",
            "X（出口）",
            "X（輸出）",
            "X(수출)",
        ],
        imports_column: [
            "M (imports)",
            "M（进口）",
            "M（輸入）",
            "M(수입)",
        ],
        weight_column: [
            "w (share of trade)",
            "w（贸易份额）",
            "w（貿易の割合）",
            "w(교역 비중)",
        ],
        gl_column: [
            "GL of the product",
            "该产品的GL",
            "品目のGL",
            "품목 GL",
        ],
        weighted_column: [
            "w × GL",
            "w × GL",
            "w × GL",
            "w × GL",
        ],
        /// {items}: the products that add most.
        gl_summary: [
            "What adds most: {items}.",
            "贡献最大的产品：{items}。",
            "寄与が最も大きい品目：{items}。",
            "기여가 가장 큰 품목: {items}.",
        ],
        /// {product}, {weight}, {gl}.
        gl_item: [
            "{product} ({weight} of trade, GL {gl})",
            "{product}（占贸易{weight}，GL {gl}）",
            "{product}（貿易の{weight}、GL {gl}）",
            "{product}(교역의 {weight}, GL {gl})",
        ],
        is_name: [
            "Intermediate share of goods",
            "货物中间品占比",
            "財の中間財比率",
            "재화의 중간재 비중",
        ],
        is_formula: [
            "IS = 100 × Σ I / Σ (I + F) over WIOD's 16 goods industries (c1–c16): I is what the importer's industries use as inputs, F what its final demand uses; services are not counted.",
            "IS = 100 × Σ I / Σ (I + F)，范围为WIOD的16个货物行业（c1–c16）：I为进口国产业用作投入的部分，F为其最终需求使用的部分；不计服务业。",
            "IS = 100 × Σ I / Σ (I + F)、WIODの財16産業（c1–c16）：Iは輸入国の産業が投入として使う分、Fは最終需要が使う分。サービスは数えません。",
            "IS = 100 × Σ I / Σ (I + F), WIOD 재화 16개 산업(c1–c16): I는 수입국 산업이 투입으로 쓰는 부분, F는 최종수요가 쓰는 부분. 서비스는 세지 않습니다.",
        ],
        industry_column: [
            "Industry",
            "行业",
            "産業",
            "산업",
        ],
        intermediate_column: [
            "I (inputs, US$ m)",
            "I（中间投入，百万美元）",
            "I（中間投入、百万米ドル）",
            "I(중간투입, 백만 달러)",
        ],
        final_column: [
            "F (final use, US$ m)",
            "F（最终使用，百万美元）",
            "F（最終使用、百万米ドル）",
            "F(최종사용, 백만 달러)",
        ],
        industry_share_column: [
            "I / (I + F)",
            "I / (I + F)",
            "I / (I + F)",
            "I / (I + F)",
        ],
        /// {exporter}, {importer}, {year}, {total}, {inputs}, {value}, {final}.
        is_industry_formula: [
            "IS = 100 × I / (I + F) for one WIOD goods industry: I is what the importer's industries use of its output as inputs, F what the importer's final demand uses.",
            "IS = 100 × I / (I + F)，针对一个WIOD货物行业：I为进口国产业将其产出用作投入的部分，F为进口国最终需求使用的部分。",
            "IS = 100 × I / (I + F)、WIODの財1産業について：Iは輸入国の産業がその産出を投入として使う分、Fは輸入国の最終需要が使う分。",
            "IS = 100 × I / (I + F), WIOD 재화 한 산업: I는 수입국 산업이 그 산출을 투입으로 쓰는 부분, F는 수입국 최종수요가 쓰는 부분.",
        ],
        /// {industry}, {exporter}, {importer}, {year}, {total}, {inputs}, {final}, {value}.
        is_industry_summary: [
            "Of the {total} of {industry} {exporter} shipped to {importer} in {year}, {inputs} went into {importer}'s industries as inputs ({value}) and {final} to its final demand.",
            "{year}年{exporter}运往{importer}的{industry}共{total}，其中{inputs}用作{importer}产业的投入（{value}），{final}用于其最终需求。",
            "{year}年に{exporter}が{importer}へ送った{industry}{total}のうち、{inputs}が{importer}の産業の投入に（{value}）、{final}が最終需要に使われました。",
            "{year}년 {exporter}이(가) {importer}에 보낸 {industry} {total} 가운데 {inputs}는 {importer} 산업의 투입으로({value}), {final}는 최종수요로 쓰였습니다.",
        ],
        is_summary: [
            "Of the {total} of goods {exporter} shipped to {importer} in {year}, {inputs} went into {importer}'s industries as inputs ({value}) and {final} to its final demand.",
            "{year}年{exporter}运往{importer}的货物共{total}，其中{inputs}用作{importer}产业的投入（{value}），{final}用于其最终需求。",
            "{year}年に{exporter}が{importer}へ送った財{total}のうち、{inputs}が{importer}の産業の投入に（{value}）、{final}が最終需要に使われました。",
            "{year}년 {exporter}이(가) {importer}에 보낸 재화 {total} 가운데 {inputs}는 {importer} 산업의 투입으로({value}), {final}는 최종수요로 쓰였습니다.",
        ],
        machinery_name: [
            "Share of HS 84–85 (machinery and electrical)",
            "HS 84–85（机械和电气）占比",
            "HS 84–85（機械・電気機器）の比率",
            "HS 84–85(기계·전기) 비중",
        ],
        machinery_formula: [
            "Share = 100 × (X₈₄ + X₈₅) / Σ X: chapters 84 (machinery) and 85 (electrical machinery) of the exporter's exports to the importer, over every chapter the Atlas lists for that flow.",
            "占比 = 100 × (X₈₄ + X₈₅) / Σ X：出口国对进口国出口中第84章（机械）和第85章（电气设备）之和，除以Atlas列出的该流向全部章。",
            "比率 = 100 × (X₈₄ + X₈₅) / Σ X：輸出国の輸入国向け輸出のうち第84類（機械）と第85類（電気機器）を、Atlasがその流れに載せる全類で割ります。",
            "비중 = 100 × (X₈₄ + X₈₅) / Σ X: 수출국의 수입국 수출 중 84류(기계)와 85류(전기기기)를 Atlas가 그 흐름에 기재한 모든 류로 나눕니다.",
        ],
        /// {chapter}: "84" or "85"; {exporter}, {importer}.
        machinery_chapter_line: [
            "X{chapter}: {exporter}'s exports of chapter {chapter} to {importer}",
            "X{chapter}：{exporter}对{importer}的第{chapter}章出口",
            "X{chapter}：{exporter}の{importer}向け第{chapter}類輸出",
            "X{chapter}: {exporter}의 {importer} 대상 {chapter}류 수출",
        ],
        machinery_total_line: [
            "Σ X: {exporter}'s exports of every listed chapter to {importer}",
            "Σ X：{exporter}对{importer}所有列出章的出口",
            "Σ X：{exporter}の{importer}向け全記載類の輸出",
            "Σ X: {exporter}의 {importer} 대상 기재된 모든 류 수출",
        ],
        share_line: [
            "The share",
            "占比",
            "比率",
            "비중",
        ],
        /// {exporter}, {importer}, {year}, {machinery}, {total}, {value}.
        machinery_summary: [
            "In {year}, chapters 84 and 85 were {machinery} of the {total} {exporter} exported to {importer}: {value}.",
            "{year}年，{exporter}对{importer}出口{total}，其中第84、85章为{machinery}：{value}。",
            "{year}年、{exporter}の{importer}向け輸出{total}のうち第84・85類は{machinery}で、{value}でした。",
            "{year}년 {exporter}의 {importer} 수출 {total} 중 84·85류는 {machinery}로 {value}였습니다.",
        ],
        tci_chapters_name: [
            "Trade complementarity (TCI) on HS chapters",
            "按HS章计算的贸易互补性指数（TCI）",
            "HS類で計算した貿易補完性指数（TCI）",
            "HS 류 기준 무역보완지수(TCI)",
        ],
        tci_chapters_formula: [
            "TCI = 100 × (1 − ½ Σ|m − x|) = 100 × Σ min(x, m), over the 97 HS chapters: x is a chapter's share of the exporter's exports to the world, m its share of the importer's imports from the world (Atlas).",
            "TCI = 100 × (1 − ½ Σ|m − x|) = 100 × Σ min(x, m)，按97个HS章计算：x为某章在出口国对世界出口中的份额，m为其在进口国自世界进口中的份额（Atlas）。",
            "TCI = 100 × (1 − ½ Σ|m − x|) = 100 × Σ min(x, m)、HSの97類で計算：xは輸出国の対世界輸出に占めるその類の割合、mは輸入国の対世界輸入に占める割合（Atlas）。",
            "TCI = 100 × (1 − ½ Σ|m − x|) = 100 × Σ min(x, m), HS 97개 류 기준: x는 수출국의 대세계 수출에서 그 류의 비중, m은 수입국의 대세계 수입에서의 비중(Atlas).",
        ],
        bilateral_gl_name: [
            "Intra-industry trade (Grubel–Lloyd) between the two",
            "两国间的产业内贸易（Grubel–Lloyd）",
            "二国間の産業内貿易（グルーベル＝ロイド）",
            "양국 간 산업내무역(그루벨-로이드)",
        ],
        bilateral_gl_formula: [
            "GL = Σ w × (1 − |X − M| / (X + M)), with w = (X + M) / Σ(X + M): X and M are the first country's exports of each chapter to the second and its imports from it; each chapter's GL weighted by its share of their trade.",
            "GL = Σ w × (1 − |X − M| / (X + M))，其中w = (X + M) / Σ(X + M)：X和M为第一国对第二国各章的出口和自其进口；各章的GL按其占两国贸易的份额加权。",
            "GL = Σ w × (1 − |X − M| / (X + M))、w = (X + M) / Σ(X + M)：XとMは第1国の各類の第2国向け輸出と第2国からの輸入。各類のGLを二国間貿易に占める割合で加重。",
            "GL = Σ w × (1 − |X − M| / (X + M)), w = (X + M) / Σ(X + M): X와 M은 첫째 나라의 각 류 둘째 나라 수출과 그 나라로부터의 수입. 각 류의 GL을 양국 교역 비중으로 가중.",
        ],
        bilateral_gl_chapter_formula: [
            "GL = 1 − |X − M| / (X + M): X and M are the first country's exports of the chapter to the second and its imports of it from the second.",
            "GL = 1 − |X − M| / (X + M)：X和M为第一国该章对第二国的出口和自第二国的进口。",
            "GL = 1 − |X − M| / (X + M)：XとMは第1国のその類の第2国向け輸出と第2国からの輸入。",
            "GL = 1 − |X − M| / (X + M): X와 M은 첫째 나라의 그 류 둘째 나라 수출과 둘째 나라로부터의 수입.",
        ],
        bilateral_tsc_name: [
            "Trade specialisation (TSC) with the partner",
            "对伙伴国的贸易专业化系数（TSC）",
            "相手国との貿易特化係数（TSC）",
            "상대국과의 무역특화지수(TSC)",
        ],
        bilateral_tsc_formula: [
            "TSC = (X − M) / (X + M): X and M are the first country's exports of the chapter to the second and its imports of it from the second.",
            "TSC = (X − M) / (X + M)：X和M为第一国该章对第二国的出口和自第二国的进口。",
            "TSC = (X − M) / (X + M)：XとMは第1国のその類の第2国向け輸出と第2国からの輸入。",
            "TSC = (X − M) / (X + M): X와 M은 첫째 나라의 그 류 둘째 나라 수출과 둘째 나라로부터의 수입.",
        ],
        /// {country}, {product}, {partner}.
        partner_exports: [
            "X: {country}'s exports of {product} to {partner}",
            "X：{country}对{partner}的{product}出口",
            "X：{country}の{product}の{partner}向け輸出",
            "X: {country}의 {product} {partner} 수출",
        ],
        /// {country}, {product}, {partner}.
        partner_imports: [
            "M: {country}'s imports of {product} from {partner}",
            "M：{country}自{partner}的{product}进口",
            "M：{country}の{product}の{partner}からの輸入",
            "M: {country}의 {product} {partner}로부터 수입",
        ],
        imbalance_line: [
            "|X − M|: the imbalance",
            "|X − M|：不平衡",
            "|X − M|：不均衡",
            "|X − M|: 불균형",
        ],
        /// {country}, {product}, {partner}, {exports}, {imports}, {value}.
        partner_tsc_summary: [
            "{country} exported {exports} of {product} to {partner} and imported {imports} from it, so TSC is {value}: +1 is exports only, −1 imports only, near 0 both.",
            "{country}对{partner}出口{product}{exports}，自其进口{imports}，因此TSC为{value}：+1表示只出口，−1表示只进口，接近0表示两者兼有。",
            "{country}は{partner}との間で{product}を{exports}輸出し、{imports}輸入したため、TSCは{value}です。+1は輸出のみ、−1は輸入のみ、0に近いと両方です。",
            "{country}은(는) {partner}와(과)의 교역에서 {product}을(를) {exports} 수출하고 {imports} 수입했으므로 TSC는 {value}입니다. +1은 수출만, −1은 수입만, 0에 가까우면 둘 다입니다.",
        ],
        /// {country}, {product}, {partner}, {exports}, {imports}, {value}.
        partner_gl_summary: [
            "{country} exported {exports} of {product} to {partner} and imported {imports} from it, so GL is {value}: 1 is as much trade each way, 0 trade one way only.",
            "{country}对{partner}出口{product}{exports}，自其进口{imports}，因此GL为{value}：1表示双向贸易相等，0表示只有单向贸易。",
            "{country}は{partner}との間で{product}を{exports}輸出し、{imports}輸入したため、GLは{value}です。1は双方向が同額、0は一方向のみです。",
            "{country}은(는) {partner}와(과)의 교역에서 {product}을(를) {exports} 수출하고 {imports} 수입했으므로 GL은 {value}입니다. 1은 양방향이 같고 0은 한 방향뿐입니다.",
        ],
    }
}

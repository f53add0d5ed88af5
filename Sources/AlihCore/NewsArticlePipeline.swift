extension PipelineDefinition {
    /// The default pipeline: a scraped Indonesian news article with its page chrome.
    ///
    /// `Pipelines/news-article.yaml` states the same; edit that file (or a copy) to adapt the
    /// rules to a site.
    public static let newsArticle: PipelineDefinition = {
        var normalization = NormalizationOptions()
        normalization.doubleHyphenToEmDash = true
        return PipelineDefinition(
            name: "news-article",
            summary: "A scraped Indonesian news article: page chrome becomes untranslatable units.",
            normalization: normalization,
            boilerplate: BoilerplateOptions(rules: [
                BoilerplateRule(
                    id: "loading", match: .line(pattern: #"^loading\s*(\.\.\.|…)$"#), caseInsensitive: true),
                BoilerplateRule(id: "font-size-widget", match: .line(pattern: #"^A\s?A\s?A$"#)),
                BoilerplateRule(
                    id: "photo-credit",
                    match: .trailing(pattern: #"(?<!\S)\(?(Foto|FOTO|Photo)\s*(/\s*\S+|:\s*\S.{0,60})$"#)),
                BoilerplateRule(id: "read-also", match: .line(pattern: #"^Baca\s+juga\s*:"#), caseInsensitive: true),
                BoilerplateRule(
                    id: "scroll-prompt", match: .line(pattern: #"^SCROLL TO CONTINUE WITH CONTENT$"#),
                    caseInsensitive: true),
                BoilerplateRule(
                    id: "promo", match: .line(pattern: #"^Dapatkan berita terkini\b"#), caseInsensitive: true),
                BoilerplateRule(
                    id: "copyright", match: .line(pattern: #"^(Copyright|Hak cipta)\s*(©|\(c\))"#),
                    caseInsensitive: true),
                BoilerplateRule(id: "author-initials", match: .line(pattern: #"^\([a-z]{2,5}(/[a-z]{2,5})*\)$"#)),
                BoilerplateRule(
                    id: "related-articles",
                    match: .section(
                        pattern:
                            #"^(Berita Terkait|Rekomendasi|Berita Terkini|Berita Lainnya|Terpopuler|Infografis|Baca Juga)$"#,
                        end: .paragraph),
                    caseInsensitive: true),
                BoilerplateRule(id: "truncated-teaser", match: .teaser(maxWords: 12)),
            ]),
            segmentation: SegmentationOptions(locale: "id")
        )
    }()
}

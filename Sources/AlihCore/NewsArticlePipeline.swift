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
            boilerplate: BoilerplateOptions(
                rules: [
                    BoilerplateRule(
                        id: "loading", match: .line(pattern: #"^loading\s*(\.\.\.|…)$"#), caseInsensitive: true),
                    BoilerplateRule(id: "font-size-widget", match: .line(pattern: #"^A\s?A\s?A$"#)),
                    BoilerplateRule(
                        id: "photo-credit",
                        match: .trailing(pattern: #"(?<!\S)\(?(Foto|FOTO|Photo)\s*(/\s*\S+|:\s*\S.{0,60})$"#)),
                    BoilerplateRule(
                        id: "video-teaser",
                        match: .line(
                            pattern:
                                #"^(simak|tonton|saksikan|lihat)\s+(juga\s+)?(video|videonya|live streaming|siaran langsung)\b"#
                        ), caseInsensitive: true),
                    BoilerplateRule(
                        id: "read-also",
                        match: .line(
                            pattern:
                                #"^(Baca|BACA|baca|Lihat|LIHAT|lihat|Simak|SIMAK|simak)\s+(juga|Juga|JUGA|pula|Pula|PULA|selengkapnya|Selengkapnya|SELENGKAPNYA)\s*([:\-–—>»|]+\s*\S|\s[\p{Lu}\p{N}"“])"#
                        )),
                    BoilerplateRule(
                        id: "video-player",
                        match: .line(
                            pattern: #"^(embed|share|bagikan|salin tautan|copy link|play|replay|putar ulang)$"#),
                        caseInsensitive: true),
                    // A page's buttons and links alone on a line: "Tutup", "Kembali ke atas", "Muat lebih banyak".
                    BoilerplateRule(
                        id: "page-control",
                        match: .line(
                            pattern:
                                #"^(tutup|minimalkan|atas|kembali ke atas|ke atas|muat lebih banyak|tampilkan lebih banyak|lihat foto|lihat video|lihat semua|lihat selengkapnya|baca selengkapnya|selengkapnya|lanjutkan membaca|halaman selanjutnya|halaman berikutnya|halaman sebelumnya|selanjutnya|berikutnya|sebelumnya|tulis komentar|beri komentar|berikan komentar|tambahkan komentar|lihat komentar|lihat semua komentar|tampilkan komentar|kirim komentar|bagikan artikel ini|bagikan berita ini|close|back to top|load more|see all|read more|next|previous|share this article)$"#
                        ),
                        caseInsensitive: true),
                    BoilerplateRule(
                        id: "video-timestamp",
                        match: .line(
                            pattern: #"^(0|1|2|3|4|5|6|7|8|9)\d?:\d{2}(:\d{2})?(\s*/\s*\d{1,2}:\d{2}(:\d{2})?)?$"#)),
                    // A count of comments, views or shares: "0 Komentar", "1.234 kali dibaca".
                    BoilerplateRule(
                        id: "engagement-count",
                        match: .line(
                            pattern:
                                #"^\d[\d.,]*\s*(komentar|comments|comment|tanggapan|kali dibaca|x dibaca|views|view|dilihat|pembaca|shares|share|dibagikan)$"#
                        ), caseInsensitive: true),
                    // A view or comment counter: "Dibaca 1.234 kali", "Komentar (0)".
                    BoilerplateRule(
                        id: "read-count",
                        match: .line(
                            pattern:
                                #"^(dibaca|dilihat|views|view|komentar|comments|comment|tanggapan)\s*:?\s*\(?[\d.,]+\)?\s*(kali|x)?$"#
                        ), caseInsensitive: true),
                    // A page's page links: "Halaman 1 2 3 Selanjutnya", "Halaman 2 dari 3".
                    BoilerplateRule(
                        id: "pagination",
                        match: .line(
                            pattern:
                                #"^(halaman|hal\.|page)\s*(\d+(\s*(dari|of|/)\s*\d+)?|(\d+\s+)+(selanjutnya|berikutnya|next|»|›)|(\d+\s+)+\d+)$"#
                        ), caseInsensitive: true),
                    // The article's tags: "Tags: banjir, evakuasi, BPBD".
                    BoilerplateRule(
                        id: "tags",
                        match: .line(
                            pattern:
                                #"^(tags|tag|tag terkait|topik|kata kunci|keywords|keyword)\s*:\s*[^.!?:]{1,150}$"#
                        ), caseInsensitive: true),
                    BoilerplateRule(
                        id: "media-unavailable",
                        match: .line(
                            pattern:
                                #"^(no compatible source|no media source|no source|your browser does not support|media tidak tersedia|video tidak tersedia|video belum tersedia|video tidak dapat diputar)"#
                        ), caseInsensitive: true),
                    BoilerplateRule(
                        id: "scroll-prompt",
                        match: .line(
                            pattern:
                                #"^(scroll|gulir)\s+(to\s+(continue|resume)(\s+(with\s+|reading\s+)?content)?|(ke bawah\s+)?untuk\s+(melanjutkan|lanjut)(\s+membaca)?)\.?$"#
                        ), caseInsensitive: true),
                    BoilerplateRule(
                        id: "advertisement",
                        match: .line(
                            pattern:
                                #"^(advertisement|iklan|ads|sponsored|sponsored content|advertorial|konten bersponsor|konten promosi)$"#
                        ),
                        caseInsensitive: true),
                    BoilerplateRule(
                        id: "promo",
                        match: .line(
                            pattern:
                                #"^(Dapatkan berita|Dapatkan update|Dapatkan notifikasi|Ikuti berita|Ikuti kanal|Ikuti saluran|Follow berita|Follow us|Simak breaking news|Simak berita pilihan|Simak berita terkini|Simak berita lainnya|Gabung di grup|Gabung di kanal|Gabung di saluran|Gabung di channel|Gabung ke grup|Gabung ke kanal|Gabung ke saluran|Gabung ke channel)\b"#
                        ), caseInsensitive: true),
                    // A call to read or follow the site on a news channel or app, whatever the words
                    // between ("Baca berita lainnya di Google News", "Mari bergabung di Grup Telegram");
                    // not a sentence attributed to someone ("Simak, kata dia, ... lewat WhatsApp").
                    BoilerplateRule(
                        id: "channel-promo",
                        match: .line(
                            pattern:
                                #"^(baca|ikuti|simak|dapatkan|download|unduh|mari|yuk|ayo|gabung|bergabung|follow|subscribe|langganan|berlangganan)\b(?![^.!?]*\b(kata|ujar|ucap|tutur|ungkap|jelas)(nya)?\b)[^.!?]{0,120}\b(google news|whatsapp|telegram|line today|youtube)\b"#
                        ), caseInsensitive: true),
                    // A note that the article was published first elsewhere (a network's sites).
                    BoilerplateRule(
                        id: "syndication",
                        match: .line(
                            pattern:
                                #"^(artikel|berita|tulisan|konten) ini (telah|sudah|pernah|juga) (tayang|dimuat|terbit|diterbitkan|dipublikasikan|ditayangkan)\b"#
                        ), caseInsensitive: true),
                    // An embedded widget's placeholder: "[Gambas:Video 20detik]".
                    BoilerplateRule(
                        id: "embed-placeholder",
                        match: .line(
                            pattern:
                                #"^\[(Gambas|Embed|Video|YouTube|Instagram|Tweet|Twitter|Facebook|TikTok|Galeri|Gallery|Infografis|Polling)\s*:[^\[\]]{0,100}\]$"#
                        ), caseInsensitive: true),
                    BoilerplateRule(
                        id: "copyright", match: .line(pattern: #"^(Copyright|Hak cipta)\s*(©|\(c\))"#),
                        caseInsensitive: true),
                    BoilerplateRule(
                        id: "credit",
                        match: .line(
                            pattern:
                                #"^(penulis|editor|pewarta|reporter|red|redaktur|penyunting|kontributor|fotografer|videografer|produser|penerjemah|sumber)\s*:\s*\S.{0,80}$"#
                        ), caseInsensitive: true),
                    // A credit table laid out as lines: the label alone, then ": Name".
                    // "Laporan Wartawan Tribunnews.com, Rina Susanti": the reporter and the site, then a name.
                    BoilerplateRule(
                        id: "reporter-credit",
                        match: .line(
                            pattern:
                                #"^(Laporan|LAPORAN) (Wartawan|wartawan|WARTAWAN|Reporter|reporter|REPORTER|Kontributor|kontributor|KONTRIBUTOR|Koresponden|koresponden|Jurnalis|jurnalis)\s[^,]{1,40},\s*(\p{Lu}[\p{L}.'’-]*\s*){1,4}$"#
                        )),
                    BoilerplateRule(
                        id: "credit-label",
                        match: .line(
                            pattern:
                                #"^(penulis|editor|pewarta|reporter|redaktur|penyunting|kontributor|fotografer|videografer|author)$"#
                        ),
                        caseInsensitive: true),
                    BoilerplateRule(id: "credit-value", match: .line(pattern: #"^:\s*\S.{0,80}$"#)),
                    BoilerplateRule(
                        id: "author-initials",
                        match: .line(pattern: #"^\(((ed|red|editor)\s*:\s*)?[a-z]{2,5}(/[a-z]{2,5})*\)$"#),
                        caseInsensitive: true),
                    BoilerplateRule(
                        id: "trailing-initials",
                        match: .trailing(
                            pattern: #"(?<=[.!?"”’]\s)\(((ed|red|editor)\s*:\s*[a-z]{1,6}|[a-z]{2,5}(/[a-z]{2,5})+)\)$"#
                        ),
                        caseInsensitive: true),
                    BoilerplateRule(
                        id: "short-photo-credit",
                        match: .trailing(
                            pattern: #"(?<!\S)\((ist|istimewa|dok\.?\s*[^()]{1,30}|foto\s*:\s*[^()]{1,40})\)$"#),
                        caseInsensitive: true),
                    BoilerplateRule(
                        id: "byline",
                        match: .line(
                            pattern:
                                #"^(\p{Lu}[\p{L}.’]*\s+){0,3}\p{Lu}[\p{L}.’]* - \S*(\.com|\.co\.id|\.or\.id|\.go\.id|\.net|detikNews|detikcom|detikinet|detikFinance|detikSport|detikHealth|detikTravel|detikOto|detikHot|detikFood|Antara|ANTARA|Antaranews|Kompas|KOMPAS|Liputan6|Okezone|Republika|REPUBLIKA|Tempo|TEMPO|Tribunnews|CNN Indonesia|Kumparan|kumparan|VIVA|Viva)$"#
                        )),
                    BoilerplateRule(
                        id: "photo-rights",
                        match: .line(
                            pattern: #"^(hak cipta foto|hak cipta gambar|sumber foto|sumber gambar)\b.{0,80}$"#),
                        caseInsensitive: true),
                    BoilerplateRule(
                        id: "photo-agency",
                        match: .line(
                            pattern:
                                #"^(getty images|reuters|afp|ap photo|antara foto|shutterstock|istimewa)(\s*/\s*[^/]{1,40})?$"#
                        ), caseInsensitive: true),
                    // A newsroom's own photo credit alone on a line: "Antara/Teresia May", "dok. Humas/…".
                    BoilerplateRule(
                        id: "newsroom-photo-credit",
                        match: .line(
                            pattern:
                                #"^(antara|ant|republika|kompas\.com|kompas|detikcom|detik|tribunnews|tribun|tempo|kumparan|okezone|liputan6\.com|liputan6|cnn indonesia|jawapos|kontan|bisnis|dok\.|dok|humas)\s*/\s*\S[^/]{0,40}$"#
                        ), caseInsensitive: true),
                    // An English copyright line with its year: "Copyright 2024 Kota Lama News" (an
                    // Indonesian sentence may open with "Hak cipta 2024 …": only with © for that).
                    BoilerplateRule(
                        id: "copyright-year", match: .line(pattern: #"^Copyright\s+\d{4}\b"#), caseInsensitive: true),
                    // A photo's credit to the newsroom's or a source's own documentation: "Dok. Istimewa".
                    BoilerplateRule(
                        id: "documentation-credit", match: .line(pattern: #"^Dok\.\s*[\p{Lu}\p{N}][^.!?/]{0,50}$"#)),
                    BoilerplateRule(id: "dated-teaser", match: .line(pattern: #"\(\d{1,2}\.\d{1,2}\.\d{4}\)$"#)),
                    BoilerplateRule(
                        id: "menu-bar",
                        match: .line(pattern: #"^[^|]{1,25} \| ?[^|]{1,25} \| ?([^|]{1,25}\| ?)*[^|]{0,25}$"#)),
                    BoilerplateRule(
                        id: "breadcrumb",
                        match: .line(
                            pattern:
                                #"^[^>»›]{1,25}( > | » | › )[^>»›]{1,25}( > | » | › )([^>»›]{1,25}( > | » | › ))*[^>»›]{1,40}$"#
                        )),
                    BoilerplateRule(
                        id: "site-links",
                        match: .line(
                            pattern:
                                #"^(tentang kami|ketentuan penggunaan|kebijakan privasi|pedoman media siber|hubungi kami|kontak kami|info iklan|karir|redaksi|disclaimer|syarat dan ketentuan|privacy policy|terms of use|about us|contact us|sitemap|rss)$"#
                        ),
                        caseInsensitive: true),
                    BoilerplateRule(
                        id: "stray-punctuation", match: .line(pattern: #"^("|“|”|'|‘|’|-|–|—|\*|\*\*\*|#|\||/|·|•|…)$"#)
                    ),
                    // A call to action in capitals; an all-caps headline that does not open
                    // with one stays content.
                    BoilerplateRule(
                        id: "campaign-banner",
                        match: .line(
                            pattern:
                                #"^(IKUTI|FOLLOW|DAFTAR|DAFTARKAN|DOWNLOAD|UNDUH|KLIK|SUBSCRIBE|SAKSIKAN|TONTON|DAPATKAN|GABUNG|GABUNGLAH|YUK|AYO|JANGAN LEWATKAN)\b[^\p{Ll}]*$"#
                        )),
                    BoilerplateRule(id: "hashtags", match: .line(pattern: #"^#[\p{L}\p{N}_]+(\s+#[\p{L}\p{N}_]+)*$"#)),
                    // A call to click a link: "Klik di sini untuk membaca selengkapnya".
                    BoilerplateRule(
                        id: "click-prompt",
                        match: .line(
                            pattern:
                                #"^(klik|click|ketuk|sentuh)\s+(di\s*sini|disini|link|tautan|tombol|here)\b(?![^.!?]*\b(kata|ujar|ucap|tutur|ungkap|jelas)(nya)?\b)[^.!?]{0,100}[.!]?$"#
                        ), caseInsensitive: true),
                    // Another article's headline after a section's name: "Pilihan Editor: ...".
                    BoilerplateRule(
                        id: "labelled-teaser",
                        match: .line(
                            pattern:
                                #"^(Pilihan Editor|Pilihan Redaksi|Berita Pilihan|Artikel Pilihan|Berita Terkait|Artikel Terkait|Berita Lainnya|Berita Terkini|Terpopuler|Berita Terpopuler|Berita Populer|Berita Terbaru|Artikel Lainnya|Artikel Terbaru|Video Pilihan|Video Terkait|Jangan Lewatkan)\s*:\s*\S"#
                        ), caseInsensitive: true),
                    BoilerplateRule(
                        id: "related-articles",
                        match: .section(
                            pattern:
                                #"^(Berita Terkait|Artikel Terkait|Topik Terkait|Video Terkait|Foto Terkait|Foto Video Terkait|Foto dan Video Terkait|Rekomendasi|Berita Terkini|Berita Lainnya|Terpopuler|Infografis|Baca Juga|Lihat Juga|Simak Juga|Pilihan Editor|Pilihan Redaksi|Berita Pilihan|Video Pilihan|Foto Pilihan|Berita Terpopuler|Berita Populer|Berita Terbaru|Artikel Lainnya|Artikel Terbaru|Jangan Lewatkan|Populer|Terbaru|Terkini|Trending)\s*:?$"#,
                            end: .paragraph), caseInsensitive: true),
                    BoilerplateRule(id: "truncated-teaser", match: .teaser(maxWords: 12)),
                ], repeatedParagraphs: true),
            segmentation: SegmentationOptions(locale: "id")
        )
    }()
}

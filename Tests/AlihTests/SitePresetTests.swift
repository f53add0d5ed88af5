import Alih
import AlihTestSupport
import Foundation
import Testing

/// The per-site presets (`Pipelines/site-*.yaml`) on the real pages of `../shared/fixtures/html`:
/// each keeps out of translation the chrome the generic HTML pipeline leaves in, and hides
/// nothing the generic pipeline sends (what it sends is a part of what the generic one sends,
/// the article's own paragraphs among it). Chrome the generic pipeline finds itself (clusters of
/// links: other articles' headlines, menus, tag lists; a photo credit line) stays out with both.
@Suite(.enabled(if: TestPaths.isSharedAvailable, "\(TestPaths.sharedMissing)"))
struct SitePresetTests {
    struct Case: Sendable, CustomTestStringConvertible {
        var page: String
        var site: String
        /// Text of blocks the generic pipeline sends to translation that are the site's chrome.
        var chrome: [String]
        /// Text of chrome the generic pipeline keeps out too (clusters of links, line rules).
        var keptOutByBoth: [String] = []
        /// Text of the article's own paragraphs.
        var article: [String]
        var testDescription: String { "\(page) with site-\(site)" }
    }

    static let cases: [Case] = [
        Case(
            page: "antara-singlepage", site: "antara", chrome: ["Warga Mataram diimbau kurangi aktivitas"],
            keptOutByBoth: [
                "Letusan Barujari", "Tweets by @antaranews", "Top News ANTARA News", "Tutup", "Minimalkan",
            ],
            article: ["Mataram, NTB (ANTARA News) - Sebanyak 29 penerbangan"]),
        Case(
            page: "antara-singlepage3", site: "antara",
            chrome: ["Portal Properti Rumah123.com Luncurkan Kontes Online"],
            keptOutByBoth: ["Top News ANTARA News", "Tutup"],
            article: ["Pemerintah kota Cekmekoy, Istanbul, Turki, meresmikan kontes"]),
        Case(
            page: "detik-singlepage", site: "detik",
            chrome: ["Galaxy Note 5 & S6 Edge+ Lepas Landas", "Redaksi: redaksi", "Pro Kontra Index"],
            keptOutByBoth: [
                "Samsung Turut Perkuat Gembok Android Tiap Bulan", "MOST POPULAR MOST COMMENTED",
                "Pengguna Bitcoin Anonim, Tapi Masih Bisa Dilacak",
            ],
            article: ["Galaxy S6 Edge, dengan material premium"]),
        Case(
            page: "kompas-singlepage", site: "kompas", chrome: ["Regional"],
            article: ["LHOKSEUMAWE, KOMPAS.com – Penyidik Polres Lhokseumawe"]),
        Case(
            page: "kompas-singlepage5", site: "kompas", chrome: ["Otomotif", "News"],
            article: ["Jakarta, KompasOtomotif – Tahun depan", "Persaingan"]),
        Case(
            page: "liputan6-singlepage", site: "liputan6", chrome: [],
            keptOutByBoth: ["Rate artikel ini", "Like (0)", "Dislike (0)", "Credits (2)", "corry.anestia's avatar"],
            article: ["Liputan6.com, Jakarta - Indonesia memasuki fase dinamis", "Layanan 4G"]),
        Case(
            page: "okezone-singlepage", site: "okezone",
            chrome: ["Okezone Sering Depresi Berat, Hati-Hati Diabetes! - Health :: Okezone Lifestyle"],
            keptOutByBoth: ["Berita Rekomendasi"],
            article: ["DEPRESI jadi satu momok yang wajib diwaspadai siapa saja."]),
        Case(
            page: "republika-singlepage", site: "republika", chrome: [],
            keptOutByBoth: [
                "Palestina Israel", "20 detik yang lalu", "Isu Ekonomi Menjadi Agenda Awal KTT AS-ASEAN",
                "Antara/Teresia May",
            ],
            article: ["REPUBLIKA.CO.ID, JAKARTA -- Aktris dan sutradara Marcella Zalianty"]),
    ]

    /// The texts of the blocks `pipeline` sends to translation from `page`.
    static func translated(_ page: String, pipeline: String) throws -> [String] {
        let path = TestPaths.shared!.appendingPathComponent("fixtures/html/\(page).html").path
        let compiled = try PipelineCatalog(workingDirectory: TestPaths.packageRoot.path).compile(pipeline)
        let (document, _) = try compiled.process(Array(try Data(contentsOf: URL(fileURLWithPath: path))), name: path)
        return document.blocks.filter(\.isTranslatable).map { String(document.text(of: $0)) }
    }

    @Test(arguments: cases)
    func thePresetKeepsTheSitesChromeOutAndHidesNoArticleText(_ test: Case) throws {
        let generic = try Self.translated(test.page, pipeline: "news-article-html")
        let preset = try Self.translated(test.page, pipeline: "site-\(test.site)")
        for line in test.chrome {
            #expect(generic.contains { $0.hasPrefix(line) }, "the generic pipeline sends '\(line)'")
            #expect(!preset.contains { $0.hasPrefix(line) }, "the preset still sends '\(line)'")
        }
        for line in test.keptOutByBoth {
            #expect(!generic.contains { $0.hasPrefix(line) }, "the generic pipeline sends '\(line)'")
            #expect(!preset.contains { $0.hasPrefix(line) }, "the preset sends '\(line)'")
        }
        for line in test.article {
            #expect(generic.contains { $0.hasPrefix(line) }, "the generic pipeline hides '\(line)'")
            #expect(preset.contains { $0.hasPrefix(line) }, "the preset hides '\(line)'")
        }
        #expect(Set(preset).isSubset(of: Set(generic)))
        #expect(preset.count <= generic.count)
    }

    /// Each preset is read and compiled without a warning, and is the generic HTML pipeline
    /// but for its name, summary and selectors.
    @Test(arguments: ["antara", "detik", "kompas", "liputan6", "okezone", "republika"])
    func eachPresetIsTheGenericPipelineWithTheSitesSelectors(site: String) throws {
        let catalog = PipelineCatalog(workingDirectory: TestPaths.packageRoot.path)
        let entry = try catalog.resolve("site-\(site)")
        #expect(entry.warnings.isEmpty)
        var definition = entry.definition
        #expect(definition.name == "site-\(site)")
        #expect(definition.html?.chrome.isEmpty == false)
        definition.name = "news-article-html"
        definition.summary = PipelineDefinition.builtIn["news-article-html"]!.summary
        definition.html = PipelineDefinition.builtIn["news-article-html"]!.html
        #expect(definition == PipelineDefinition.builtIn["news-article-html"])
        _ = try catalog.check("site-\(site)")
    }
}

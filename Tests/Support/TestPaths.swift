import Foundation

/// Where the package and its neighbours are, for tests that read files.
public enum TestPaths {
    /// The package root (the folder with Package.swift).
    public static let packageRoot: URL = {
        var url = URL(fileURLWithPath: #filePath)
        while url.path != "/" {
            url.deleteLastPathComponent()
            if FileManager.default.fileExists(atPath: url.appendingPathComponent("Package.swift").path) { return url }
        }
        fatalError("Package.swift not found above \(#filePath)")
    }()

    /// `../shared` beside the repository, when it is there (it is not part of the repo).
    public static var shared: URL? {
        let url = packageRoot.deletingLastPathComponent().appendingPathComponent("shared")
        return FileManager.default.fileExists(atPath: url.appendingPathComponent("schemas").path) ? url : nil
    }

    /// Whether `../shared` is there, for `@Test(.enabled(if: TestPaths.isSharedAvailable, "\(TestPaths.sharedMissing)"))`.
    public static var isSharedAvailable: Bool { shared != nil }

    /// The real scraped article the product was specified from, when `../shared` is there.
    public static var seedArticle: URL? {
        shared?.appendingPathComponent("seeds/000_2865268e7effa7b6.txt")
    }

    /// Why a test that needs `../shared` is skipped.
    public static let sharedMissing =
        "../shared is not beside the repository (schemas, seed article and UD data live there)"

    /// A file in the repository, such as `Examples/berita-contoh.txt`.
    public static func repo(_ relative: String) -> URL {
        packageRoot.appendingPathComponent(relative)
    }

    /// The folder with the built products (`.build/debug`), where `alih` is.
    public static var productsDirectory: URL {
        let bundle = Bundle.main.bundleURL
        if FileManager.default.fileExists(atPath: bundle.appendingPathComponent("alih").path) { return bundle }
        return bundle.deletingLastPathComponent()
    }

    /// The UD Indonesian-GSD dev lemma rows and the 48 Wikipedia articles of `../shared/data`
    /// as one text, for tests that want every Indonesian word there is (nil without `../shared`).
    public static func sharedIndonesianText() throws -> String? {
        guard let shared else { return nil }
        var text = try String(
            contentsOf: shared.appendingPathComponent("data/ud-id-gsd-dev.lemmas.tsv"), encoding: .utf8)
        let folder = shared.appendingPathComponent("data/id-wikipedia-covid")
        for file in try FileManager.default.contentsOfDirectory(atPath: folder.path).sorted() {
            text += try String(contentsOf: folder.appendingPathComponent(file), encoding: .utf8)
        }
        return text
    }
}

extension BatchRun {
    /// Whether the file at `path` is named as `alih reimport` names the translated articles it
    /// writes (`Reimport.defaultOutput(for:targetLanguage:)`): `NAME.LANG.txt`, LANG
    /// `targetLanguage` or a variant of it (`en`, `en-GB` for `en`; case aside), or
    /// `NAME.translated.txt` (from an XLIFF that names no target language).
    package static func isReimportedArticle(_ path: String, targetLanguage: String) -> Bool {
        // On the bytes: this is asked of every input, a million in a large archive.
        let name =
            path.utf8.lastIndex(of: UInt8(ascii: "/")).map { path.utf8[path.utf8.index(after: $0)...] }
            ?? path.utf8[...]
        guard name.count > 4, name.suffix(4).elementsEqual(".txt".utf8) else { return false }
        let stem = name.dropLast(4)
        guard let dot = stem.lastIndex(of: UInt8(ascii: ".")), dot != stem.startIndex else { return false }
        let tag = stem[stem.index(after: dot)...]
        func primary(_ language: some Collection<UInt8>) -> [UInt8] {
            language.prefix { $0 != UInt8(ascii: "-") }.map { (0x41...0x5A).contains($0) ? $0 | 0x20 : $0 }
        }
        let language = primary(tag)
        return language.elementsEqual("translated".utf8)
            || (!targetLanguage.isEmpty && language == primary(targetLanguage.utf8))
    }

    /// The jobs to run, and Alih's own outputs among `jobs` left out: articles `alih reimport`
    /// wrote into `targetLanguage` (`isReimportedArticle(_:targetLanguage:)`), found in a folder
    /// beside the articles or named, which are translations, not articles to extract.
    package static func separatingOwnOutputs(_ jobs: [Job], targetLanguage: String) -> (
        articles: [Job], ownOutputs: [Job]
    ) {
        var articles: [Job] = []
        var ownOutputs: [Job] = []
        for job in jobs {
            if isReimportedArticle(job.input, targetLanguage: targetLanguage) {
                ownOutputs.append(job)
            } else {
                articles.append(job)
            }
        }
        return (articles, ownOutputs)
    }

    /// The jobs of `jobs` this run takes (those of `shard`, when given) and the inputs it leaves
    /// out as Alih's own outputs (`separatingOwnOutputs(_:targetLanguage:)`, those of `shard`).
    package func share(of jobs: [Job], shard: BatchShard?) -> (articles: [Job], ownOutputs: [Job]) {
        let (articles, ownOutputs) = Self.separatingOwnOutputs(jobs, targetLanguage: options.targetLanguage)
        guard let shard else { return (articles, ownOutputs) }
        return (shard.jobs(articles), shard.jobs(ownOutputs))
    }
}

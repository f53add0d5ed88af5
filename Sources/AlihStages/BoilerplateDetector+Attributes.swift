import AlihCore

extension BoilerplateDetector {
    /// An HTML page's link attribute values (a `title`, a thumbnail's `alt`) that stand in a
    /// line of page chrome are chrome too, by that line's rule: `<p>Baca juga: <a title="…">…</a></p>` sends neither the line nor the
    /// link's title (`TextOrigin.attributeOwners` says which line each value stands in).
    static func carryChromeToAttributes(in document: inout Document) {
        let owners = document.origin.attributeOwners
        guard !owners.isEmpty, !document.blocks.isEmpty else { return }
        // The first line of each block, counted in one pass over the text.
        var firstLines: [Int] = []
        firstLines.reserveCapacity(document.blocks.count)
        let utf8 = document.text.utf8
        var line = 1
        var position = utf8.startIndex
        for block in document.blocks {
            line += utf8[position..<block.range.lowerBound].count { $0 == UInt8(ascii: "\n") }
            position = block.range.lowerBound
            firstLines.append(line)
        }
        /// The block line `line` is in: the last one starting at or before it.
        func block(at line: Int) -> Int? {
            var (low, high) = (0, firstLines.count)
            while low < high {
                let middle = (low + high) / 2
                if firstLines[middle] <= line { low = middle + 1 } else { high = middle }
            }
            return low == 0 ? nil : low - 1
        }
        for i in document.blocks.indices where document.blocks[i].kind == .content {
            guard let owner = owners[firstLines[i]], let holder = block(at: owner), holder != i,
                let rule = document.blocks[holder].kind.boilerplateRule
            else { continue }
            document.blocks[i].kind = .boilerplate(rule: rule)
        }
    }
}

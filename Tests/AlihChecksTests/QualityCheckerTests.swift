import AlihCore
import PropertyBased
import Testing

@testable import AlihChecks

@Suite struct QualityCheckerTests {
    /// Runs of findings (some empty) joined by moving are the runs joined by copying, and the
    /// runs can still be freed.
    @Test func runsJoinedByMovingAreTheRunsInOrder() async {
        await propertyCheck(count: 300, input: Gen.int(in: 0...40).array(of: 0...9)) { sizes in
            var number = 0
            let runs = sizes.map { size in
                (0..<size).map { _ in
                    number += 1
                    return QAFinding(
                        check: "numbers", severity: number % 3 == 0 ? .error : .warning,
                        message: "finding \(number) " + String(repeating: "x", count: number % 40),
                        segmentID: "b\(number)-s1", line: number,
                        sourceSpan: String(repeating: "s", count: number % 30),
                        targetSpan: number % 2 == 0 ? nil : "t\(number)")
                }
            }
            let copied = Array(runs.joined())
            #expect(QualityChecker.joined(runs) == copied)
            #expect(Array(runs.joined()) == copied)
        }
    }
}

import AlihCore
import Testing

@Suite struct BackgroundValueTests {
    /// The value is the work's result, however often and from however many threads it is read.
    @Test func theValueIsTheWorksResultForEveryReader() async {
        let background = BackgroundValue { (0..<100_000).reduce(0, &+) }
        await withTaskGroup(of: Int.self) { group in
            for _ in 0..<8 { group.addTask { background.value } }
            for await value in group { #expect(value == 4_999_950_000) }
        }
        #expect(background.value == 4_999_950_000)
    }
}

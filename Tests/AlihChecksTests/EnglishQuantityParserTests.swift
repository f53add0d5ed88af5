import AlihChecks
import Foundation
import Testing

@Suite struct EnglishQuantityParserTests {
    let parser = EnglishQuantityParser()

    func values(_ text: String) -> [String] {
        parser.quantities(in: text).map(\.value.description)
    }

    /// Each text and the canonical values found in it, in order.
    @Test(arguments: [
        // Numbers: `,` groups thousands, `.` marks decimals.
        ("As many as 3,000 people came.", ["3000"]),
        ("As many as 3000 people came.", ["3000"]),
        ("As many as 3 000 people came.", ["3000"]),
        ("It weighs 2.5 tons.", ["2.5"]),
        ("The total is 1,234,567.89.", ["1234567.89"]),
        ("In 2023 250 people came.", ["2023", "250"]),
        // Kept Indonesian formats: `3.000` reads as 3; the impossible ones the Indonesian way.
        ("As many as 3.000 people.", ["3"]),
        ("It weighs 2,5 tons.", ["2.5"]),
        ("The total is 1.234.567 people.", ["1234567"]),
        // Scale words.
        ("A budget of 5.2 billion.", ["5200000000"]),
        ("A budget of 5.2bn.", ["5200000000"]),
        ("About 15 thousand residents.", ["15000"]),
        ("About 1.5 million residents.", ["1500000"]),
        // Money.
        ("A budget of Rp5.2 billion.", ["IDR 5200000000"]),
        ("A budget of IDR 5.2 billion.", ["IDR 5200000000"]),
        ("A budget of 5.2 billion rupiah.", ["IDR 5200000000"]),
        ("It costs Rp 5,000 a kilo.", ["IDR 5000"]),
        ("It is worth US$2 million.", ["USD 2000000"]),
        ("It is worth $2 million.", ["USD 2000000"]),
        ("It is worth $5m.", ["USD 5000000"]),
        ("It is worth 5 million Singapore dollars.", ["SGD 5000000"]),
        ("It is worth 5 million US dollars.", ["USD 5000000"]),
        // Percentages.
        ("Up 12%.", ["12%"]),
        ("Up 12 percent.", ["12%"]),
        ("Up 12 per cent.", ["12%"]),
        ("Up 0.25 percentage points.", ["0.25%"]),
        // Ranges.
        ("About 5-6 million people.", ["5000000", "6000000"]),
        ("Up 10 to 12 percent.", ["10%", "12%"]),
        ("The 2023/24 season.", ["2023", "2024"]),
        // Dates.
        ("On May 10, 2024, it began.", ["2024-05-10"]),
        ("On May 10 2024 it began.", ["2024-05-10"]),
        ("On 10 May 2024 it began.", ["2024-05-10"]),
        ("On the 10th of May it began.", ["--05-10"]),
        ("On May 10th it began.", ["--05-10"]),
        ("In May 2024 it began.", ["2024-05"]),
        ("On 2024-05-10 it began.", ["2024-05-10"]),
        ("On Friday (May 10, 2024) it began.", ["2024-05-10"]),
        ("From May 10-12, 2024.", ["2024-05-10", "2024-05-12"]),
        ("From 10-12 May 2024.", ["2024-05-10", "2024-05-12"]),
        ("On Sept. 5 it began.", ["--09-05"]),
        ("Effective from June 1.", ["--06-01"]),
        ("It ends in June.", []),
        ("On May 10, 2,000 people came.", ["--05-10", "2000"]),
        ("We may 10 times.", ["10"]),
        ("On 10/5/2024 it began.", ["2024-05-10"]),
        ("On 25/5/2024 it began.", ["2024-05-25"]),
        ("On 5/25/2024 it began.", ["2024-05-25"]),
        // Times.
        ("At 3 p.m. it began.", ["15:00"]),
        ("At 3pm it began.", ["15:00"]),
        ("At 3 PM it began.", ["15:00"]),
        ("At 3:30 p.m. it began.", ["15:30"]),
        ("At 12 a.m. it began.", ["00:00"]),
        ("At 15:00 it began.", ["15:00"]),
        ("At 15.00 WIB it began.", ["15:00 UTC+7"]),
        ("At 3 p.m. WIB (0800 GMT) it began.", ["15:00 UTC+7", "08:00 UTC"]),
        ("At 3 p.m. Jakarta time.", ["15:00 UTC+7"]),
        ("At 1500 hours.", ["15:00"]),
        ("At 3 in the afternoon.", ["15:00"]),
        ("From 3-5 p.m.", ["15:00", "17:00"]),
        ("At noon.", ["12:00"]),
        ("Shares closed at 15.50.", ["15.5"]),
        // Names; ordinals and units glued to digits.
        ("COVID-19 cases at the G20 in Q1.", []),
        ("The 21st century, the 1990s, a 10km run.", ["21", "100", "1990s", "10"]),
        // Decades; the qualifier of a year is not a number.
        ("In the 1970's and the '60s.", ["1970s", "60s"]),
        ("In the \u{2019}60s.", ["60s"]),
        ("He is in his 60s.", ["60s"]),
        ("Left as 1990-an and 1990an, not 1990-s or 1990'an.", ["1990s", "1990s", "1990", "1990"]),
        ("In mid-1962 and the mid-1990s.", ["1962", "1990s"]),
        ("In early 1990s and late 2019.", ["1990s", "2019"]),
        ("Post-1998 and pre-2020.", ["1998", "2020"]),
        ("In the Sixties, in his sixties.", ["60s", "60s"]),
        // Number words.
        ("Three victims and a million people.", ["3", "1000000"]),
        ("The first stage.", ["1"]),
        ("Twenty-five and twenty five.", ["25", "25"]),
        ("Thirteen and ninety-nine.", ["13", "99"]),
        ("A hundred and two, two hundred and fifty.", ["102", "250"]),
        ("Fifteen hundred people.", ["1500"]),
        ("Two hundred fifty thousand people.", ["250000"]),
        ("Two million three hundred thousand people.", ["2300000"]),
        ("A dozen and two dozen eggs.", ["12", "24"]),
        ("A few people came.", []),
        ("Dozens and hundreds.", ["tens", "hundreds"]),
        ("Tens of thousands and hundreds of millions.", ["tens of thousands", "hundreds of millions"]),
        ("The tens digit.", []),
        ("Several hundred and a few thousand.", ["hundreds", "thousands"]),
        ("Several hundred thousand people.", ["hundreds of thousands"]),
        ("He won twice.", ["2"]),
        ("Three percent and five million dollars.", ["3%", "USD 5000000"]),
    ])
    func findsValues(text: String, expected: [String]) {
        #expect(values(text) == expected)
    }

    /// Number words that may not be numbers are ambiguous: matched, never reported.
    @Test(arguments: [
        ("One of them came.", true),
        ("No one came.", true),
        ("The second round.", true),
        ("Prices doubled.", true),
        ("Zero tolerance.", true),
        ("Scores of people.", true),
        ("The Group of Seven met.", true),
        ("In the Sixties.", true),
        ("Five people came.", false),
        ("There were five people.", false),
        ("One million people.", false),
        ("A hundred people.", false),
        ("Hundreds of people.", false),
        ("In his sixties.", false),
        ("The Six Million Dollar Man.", true),
        ("Three People Killed", true),
    ])
    func ambiguousNumberWords(text: String, ambiguous: Bool) throws {
        let quantity = try #require(parser.quantities(in: text).first)
        #expect(quantity.isSpelledOut)
        #expect(quantity.isAmbiguous == ambiguous)
    }

    @Test func ambiguousSlashedDateHasBothReadings() throws {
        let quantity = try #require(parser.quantities(in: "On 5/10/2024 it began.").first)
        #expect(quantity.value == .date(Quantity.CalendarDate(year: 2024, month: 10, day: 5)))
        #expect(quantity.alternatives == [.date(Quantity.CalendarDate(year: 2024, month: 5, day: 10))])
    }

    @Test func bareDecimalMayBeATime() throws {
        let quantity = try #require(parser.quantities(in: "It began 15.00 sharp.").first)
        #expect(quantity.value == .number(15))
        #expect(quantity.alternatives == [.time(Quantity.ClockTime(hour: 15, minute: 0))])
    }

    @Test func textRangeAndFlags() throws {
        let text = "On Friday (May 10, 2024), three people paid Rp5.2 billion."
        let quantities = parser.quantities(in: text)
        #expect(quantities.map(\.text) == ["May 10, 2024", "three", "Rp5.2 billion"])
        for quantity in quantities {
            #expect(String(text[quantity.range]) == quantity.text)
        }
        #expect(quantities.map(\.weekday) == [5, nil, nil])
        #expect(quantities.map(\.isSpelledOut) == [false, true, false])
        #expect(quantities.map(\.kind) == [.date, .number, .money])
    }
}

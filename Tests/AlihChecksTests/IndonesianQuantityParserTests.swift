import AlihChecks
import Foundation
import Testing

@Suite struct IndonesianQuantityParserTests {
    let parser = IndonesianQuantityParser()

    func values(_ text: String) -> [String] {
        parser.quantities(in: text).map(\.value.description)
    }

    /// Each text and the canonical values found in it, in order.
    @Test(arguments: [
        // Numbers: `.` groups thousands, `,` marks decimals.
        ("Sebanyak 3.000 orang hadir.", ["3000"]),
        ("Bobotnya 2,5 ton.", ["2.5"]),
        ("Totalnya 1.234.567,89.", ["1234567.89"]),
        ("Jumlahnya 1.500 dan 250.", ["1500", "250"]),
        ("Angka 10, 20, dan 30.", ["10", "20", "30"]),
        // English-style numbers where the Indonesian reading is impossible.
        ("Sebanyak 1,234,567 orang.", ["1234567"]),
        ("Naik menjadi 2.5 juta.", ["2500000"]),
        // Scale words.
        ("Dana Rp5,2 miliar.", ["IDR 5200000000"]),
        ("Dana 5,2 milyar.", ["5200000000"]),
        ("Cadangan Rp1,2 triliun.", ["IDR 1200000000000"]),
        ("Sekitar 15 ribu warga.", ["15000"]),
        ("Sekitar 1,5 juta warga.", ["1500000"]),
        // Money.
        ("Harganya Rp 5.000 per kilo.", ["IDR 5000"]),
        ("Harganya Rp.5.000,- saja.", ["IDR 5000"]),
        ("Nilainya US$2 juta.", ["USD 2000000"]),
        ("Nilainya 5 juta dolar AS.", ["USD 5000000"]),
        ("Nilainya 5 juta dolar Singapura.", ["SGD 5000000"]),
        ("Nilainya S$5 juta.", ["SGD 5000000"]),
        ("Nilainya 3 miliar rupiah.", ["IDR 3000000000"]),
        ("Dana Rp2,3 T dan Rp5 M.", ["IDR 2300000000000", "IDR 5000000000"]),
        ("Tingginya 5 M saja.", ["5"]),
        // Percentages.
        ("Naik 12 persen.", ["12%"]),
        ("Naik 12%.", ["12%"]),
        ("Naik 0,25 persen poin.", ["0.25%"]),
        // Ranges with the unit written once.
        ("Sekitar 5-6 juta orang.", ["5000000", "6000000"]),
        ("Naik 10 hingga 12 persen.", ["10%", "12%"]),
        ("Biaya Rp5-6 miliar.", ["IDR 5000000000", "6000000000"]),
        ("Musim 2023/24 dimulai.", ["2023", "2024"]),
        ("Pada 2023 dan 5 persen lainnya.", ["2023", "5%"]),
        // Dates.
        ("Terjadi 10/5/2024.", ["2024-05-10"]),
        ("Terjadi 10-5-2024.", ["2024-05-10"]),
        ("Terjadi 10/05/24.", ["2024-05-10"]),
        ("Terjadi 2024-05-10.", ["2024-05-10"]),
        ("Terjadi 10 Mei 2024.", ["2024-05-10"]),
        ("Terjadi 10 Mei lalu.", ["--05-10"]),
        ("Terjadi pada Mei 2024.", ["2024-05"]),
        ("Terjadi 1 Agt. 2023.", ["2023-08-01"]),
        ("Terjadi 10-12 Mei 2024.", ["2024-05-10", "2024-05-12"]),
        ("Rapat 13-14/5/2024.", ["2024-05-13", "2024-05-14"]),
        ("Periode 2019-2024.", ["2019", "2024"]),
        ("Terjadi Jumat (10/5).", ["--05-10"]),
        ("Terjadi tanggal 10/5.", ["--05-10"]),
        ("Skornya 10/5 saja.", ["10", "5"]),
        // Times.
        ("Rapat pukul 15.00 WIB.", ["15:00 UTC+7"]),
        ("Rapat pukul 09.30.", ["09:30"]),
        ("Rapat pk. 15.00 WITA.", ["15:00 UTC+8"]),
        ("Rapat pukul 3 sore.", ["15:00"]),
        ("Rapat jam 7 malam.", ["19:00"]),
        ("Rapat 15:00.", ["15:00"]),
        ("Rapat 15.00 WIT.", ["15:00 UTC+9"]),
        ("Rapat pukul 10.00-12.00 WIB.", ["10:00 UTC+7", "12:00 UTC+7"]),
        ("Rapat selama 2 jam 30 menit.", ["2", "30"]),
        // Names are not quantities; ordinals with digits are.
        ("Kasus COVID-19 dan KTT G20 serta MH370.", []),
        ("Memasuki abad ke-21.", ["21"]),
        ("Pada era 1990-an.", ["1990s"]),
        ("Pada pasca-1998.", ["1998"]),
        // Decades.
        ("Pada tahun 1960-an.", ["1960s"]),
        ("Pada tahun 1960an.", ["1960s"]),
        ("Musik 60-an.", ["60s"]),
        ("Pada 2000-an.", ["2000s"]),
        ("Pada era 2010s dan 1990's.", ["2010s", "1990s"]),
        ("Sekitar 2.000-an orang.", ["2000"]),
        ("Sekitar 100-an orang.", ["100"]),
        ("Usianya enam puluhan.", ["60s"]),
        // English month names.
        ("Terjadi 5 March 2020.", ["2020-03-05"]),
        ("Laporan March 2020.", ["2020-03"]),
        ("Dirilis March 5, 2020.", ["2020-03-05"]),
        ("Theresa May berkata.", []),
        // Hours with the part of the day, without `pukul`.
        ("Rapat 10 pagi.", ["10:00"]),
        ("Rapat 7 malam.", ["19:00"]),
        ("Rapat pukul 12 siang.", ["12:00"]),
        ("Rapat 10 pagi hingga 2 siang.", ["10:00", "14:00"]),
        // Scales and percentages with -nya and -an.
        ("Sebanyak 15,5 jutanya.", ["15500000"]),
        ("Harganya 5 jutaan.", ["5000000"]),
        ("Dana Rp 2 triliunan.", ["IDR 2000000000000"]),
        ("Sekitar 30 persennya.", ["30%"]),
        // Number words.
        ("Ada tiga korban.", ["3"]),
        ("Ada dua belas korban.", ["12"]),
        ("Ada dua juta warga.", ["2000000"]),
        ("Ini tahap pertama.", ["1"]),
        ("Ada dua puluh lima orang.", ["25"]),
        ("Ada duapuluh empat jam.", ["24"]),
        ("Ada seratus dua orang.", ["102"]),
        ("Ada dua ratus lima puluh ribu orang.", ["250000"]),
        ("Ada seribu lima ratus orang.", ["1500"]),
        ("Ada sejuta dua ratus ribu orang.", ["1200000"]),
        ("Ada satu juta orang.", ["1000000"]),
        ("Ada dua tiga orang.", ["2", "3"]),
        ("Ada selusin dan dua lusin telur.", ["12", "24"]),
        ("Ada tiga ratusan orang.", ["300"]),
        ("Naik tiga persen.", ["3%"]),
        ("Puluhan orang.", ["tens"]),
        ("Ratusan ribu orang.", ["hundreds of thousands"]),
        ("Beberapa juta orang.", ["millions"]),
        ("Beberapa orang.", []),
        ("Ribuan triliun rupiah.", ["quadrillions"]),
    ])
    func findsValues(text: String, expected: [String]) {
        #expect(values(text) == expected)
    }

    /// Number words that may not be numbers are ambiguous: matched, never reported.
    @Test(arguments: [
        ("Salah satu korban.", true),
        ("Ia satu-satunya saksi.", true),
        ("Dua-duanya setuju.", true),
        ("Kedua negara.", true),
        ("Keduanya datang.", true),
        ("Mereka berdua.", true),
        ("Dari nol.", true),
        ("Tiba di Lima kemarin.", true),
        ("Lima orang datang.", false),
        ("Ada lima orang.", false),
        ("Ada satu juta orang.", false),
        ("Ratusan orang.", false),
        ("Gempa di Lima Provinsi.", true),
        ("“Tiga orang datang.", false),
        ("Tiga Orang Tewas", true),
    ])
    func ambiguousNumberWords(text: String, ambiguous: Bool) throws {
        let quantity = try #require(parser.quantities(in: text).first)
        #expect(quantity.isSpelledOut)
        #expect(quantity.isAmbiguous == ambiguous)
    }

    @Test func textAndRangePointIntoTheInput() throws {
        let text = "Anggaran evakuasi sebesar Rp5,2 miliar diambil dari dana Rp1,2 triliun."
        let quantities = parser.quantities(in: text)
        #expect(quantities.map(\.text) == ["Rp5,2 miliar", "Rp1,2 triliun"])
        for quantity in quantities {
            #expect(String(text[quantity.range]) == quantity.text)
        }
        #expect(quantities.map(\.kind) == [.money, .money])
        // The full stop after a month is not an abbreviation's.
        #expect(parser.quantities(in: "Laporan tertanggal 5 Maret.").map(\.text) == ["5 Maret"])
    }

    @Test func bareClockTimeIsATimeThatMayBeANumber() throws {
        let quantity = try #require(parser.quantities(in: "Dimulai 15.00 tepat.").first)
        #expect(quantity.value == .time(Quantity.ClockTime(hour: 15, minute: 0)))
        #expect(quantity.alternatives == [.number(15)])
    }

    @Test func englishStyleThousandsAreAnAlternative() throws {
        let quantity = try #require(parser.quantities(in: "Sebanyak 1,234 orang.").first)
        #expect(quantity.value == .number(Decimal(string: "1.234")!))
        #expect(quantity.alternatives == [.number(1234)])
    }

    @Test func weekdayIsRecordedAndWordsAreSpelledOut() throws {
        let quantities = parser.quantities(in: "Jumat (10/5/2024) tiga orang datang pukul 3.")
        #expect(quantities.map(\.weekday) == [5, nil, nil])
        #expect(quantities.map(\.isSpelledOut) == [false, true, false])
        // `pukul 3` may be 3:00 or 15:00.
        #expect(quantities[2].alternatives == [.time(Quantity.ClockTime(hour: 15, minute: 0))])
    }

    /// A long text is scanned in one pass (the limit guards against a hang; speed goals live in
    /// the benchmark).
    @Test(.timeLimit(.minutes(1)))
    func aLongTextYieldsEveryQuantity() {
        let sentence = "Pada Jumat (10/5/2024) pukul 15.00 WIB, 3.000 orang membayar Rp5,2 miliar, naik 2,5 persen. "
        let text = String(repeating: sentence, count: 500)
        #expect(parser.quantities(in: text).count == 2_500)
    }
}

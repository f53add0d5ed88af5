import AlihChecks
import AlihCore
import AlihTestSupport
import Foundation
import Testing

@Suite struct NumbersCheckTests {
    let check = NumbersCheck()

    func context(source: String = "id", target: String = "en") -> CheckContext {
        CheckContext(
            document: TranslatedDocument(
                xliffVersion: "2.1", original: "t", sourceLanguage: source, targetLanguage: target),
            unit: TranslatedUnit(id: "b1", line: 1))
    }

    func findings(_ source: String, _ target: String?) -> [QAFinding] {
        check.check(TranslatedSegment(id: "b1-s1", line: 7, source: source, target: target), in: context())
    }

    /// `severity: message` of each finding.
    func summary(_ source: String, _ target: String) -> [String] {
        findings(source, target).map { "\($0.severity.rawValue): \($0.message)" }
    }

    /// Correct translations: no finding.
    @Test(arguments: [
        // Number formats.
        ("Sebanyak 3.000 orang hadir.", "As many as 3,000 people attended."),
        ("Sebanyak 3.000 orang hadir.", "As many as 3000 people attended."),
        ("Bobotnya 2,5 ton.", "It weighs 2.5 tons."),
        ("Totalnya 1.234.567,89.", "The total is 1,234,567.89."),
        ("Sekitar 1,5 juta warga.", "About 1.5 million residents."),
        ("Sekitar 15 ribu warga.", "About 15,000 residents."),
        ("Sekitar 1.500.000 warga.", "About 1.5 million residents."),
        // Percentages.
        ("Naik 12 persen.", "Up 12%."),
        ("Naik 12 persen.", "Up 12 percent."),
        ("Naik 12 persen.", "Up 12 per cent."),
        ("Naik 0,5%.", "Up 0.5 percent."),
        ("Naik dari 10 menjadi 12 persen.", "It rose from 10% to 12%."),
        ("Naik 10 hingga 12 persen.", "Up 10-12%."),
        // Money.
        ("Anggaran Rp5,2 miliar.", "A budget of Rp5.2 billion."),
        ("Anggaran Rp5,2 miliar.", "A budget of IDR 5.2 billion."),
        ("Anggaran Rp5,2 miliar.", "A budget of 5.2 billion rupiah."),
        ("Anggaran Rp5,2 miliar.", "A budget of Rp5.2bn."),
        ("Anggaran Rp5,2 miliar.", "A budget of 5.2 billion."),
        ("Harganya Rp 5.000.", "It costs Rp5,000."),
        ("Harganya Rp10.000,-.", "It costs Rp10,000."),
        ("Nilainya US$2 juta.", "It is worth $2 million."),
        ("Nilainya US$2 juta.", "It is worth US$2 million."),
        ("Nilainya 5 juta dolar AS.", "It is worth $5 million."),
        // Dates.
        ("Terjadi pada 10/5/2024.", "It happened on May 10, 2024."),
        ("Terjadi pada 10/5/2024.", "It happened on 10 May 2024."),
        ("Terjadi pada 10/5/2024.", "It happened on 2024-05-10."),
        ("Terjadi pada 10/5/2024.", "It happened on 10/5/2024."),
        ("Terjadi pada 10/5/2024.", "It happened on 5/10/2024."),
        ("Terjadi Jumat (10/5/2024).", "It happened on Friday (May 10, 2024)."),
        ("Terjadi Jumat (10/5/2024).", "It happened on Friday."),
        ("Terjadi Jumat (10/5).", "It happened on Friday, May 10, 2024."),
        ("Terjadi 10 Mei 2024.", "It happened on May 10."),
        ("Terjadi 10-12 Mei 2024.", "It happened on May 10-12, 2024."),
        ("Pada 2024 ekonomi tumbuh.", "In 2024 the economy grew."),
        ("Musim 2023/2024 dimulai.", "The 2023/24 season began."),
        // Times.
        ("Rapat pukul 15.00 WIB.", "The meeting is at 3 p.m."),
        ("Rapat pukul 15.00 WIB.", "The meeting is at 15:00."),
        ("Rapat pukul 15.00 WIB.", "The meeting is at 3 p.m. WIB."),
        ("Rapat pukul 15.00 WIB.", "The meeting is at 3 p.m. (0800 GMT)."),
        ("Rapat pukul 15.00 WIB.", "The meeting is at 3pm Jakarta time."),
        ("Rapat pukul 15.00 WIB.", "The meeting is at 15.00."),
        ("Rapat pukul 09.30.", "The meeting is at 9:30 a.m."),
        ("Rapat pukul 3 sore.", "The meeting is at 3 in the afternoon."),
        ("Rapat pukul 10.00-12.00 WIB.", "The meeting runs from 10 a.m. to noon."),
        ("Kamis (9/5) pukul 20.00 WIB.", "On Thursday at 8 p.m."),
        // Words, ranges, names, ordinals.
        ("Ada 3 korban.", "There were three victims."),
        ("Ada tiga korban.", "There were 3 victims."),
        ("Ada dua juta warga.", "There are 2 million residents."),
        ("Ada 2 orang dan 2 kendaraan.", "There were two people and 2 vehicles."),
        ("Sekitar 5-6 juta orang.", "About 5 million to 6 million people."),
        ("Kasus COVID-19 di 34 provinsi.", "COVID-19 cases in 34 provinces."),
        ("Memasuki abad ke-21.", "Entering the 21st century."),
        ("Pasal 27 ayat (3) UU No. 11 Tahun 2008.", "Article 27 paragraph (3) of Law No. 11 of 2008."),
        ("Ribuan orang hadir.", "Thousands of people attended."),
        ("Naik 5 persen, lalu 5 persen lagi.", "Up 5%, then 5% more."),
        ("Naik 5 persen.", "Up 5%, or 5% in all."),
        ("Bobotnya 2,5 ton.", "It weighs 2,5 tons."),
        // Everyday news sentences.
        ("Senin-Selasa (13-14/5/2024) rapat.", "The meeting ran on Monday and Tuesday (May 13-14, 2024)."),
        ("Sidang pukul 07.00-09.00 WIB.", "The hearing ran from 7-9 a.m."),
        ("Lebih dari 100 orang.", "More than a hundred people."),
        ("Dana Rp 2,3 T dicairkan.", "Funds of Rp2.3 trillion were disbursed."),
        (
            "Ledakan terjadi sekitar pukul 23.45 WIB, Sabtu (11/5).",
            "The explosion occurred at around 11:45 p.m. on Saturday (May 11)."
        ),
        (
            "Gempa bermagnitudo 5,6 terjadi pukul 02.15 WIB di kedalaman 10 km.",
            "A magnitude 5.6 earthquake struck at 2:15 a.m. local time at a depth of 10 km."
        ),
        ("Pertumbuhan ekonomi kuartal I 2024 sebesar 5,11 persen.", "Economic growth in Q1 2024 was 5.11 percent."),
        ("Harga emas Rp1.350.000 per gram.", "Gold is priced at Rp1.35 million per gram."),
        ("Timnas U-23 menang 2-0.", "The U-23 team won 2-0."),
        ("Laga dimulai pukul 19.30 WIB.", "The match kicks off at 7:30 p.m. WIB (1230 GMT)."),
        ("Periode 2019-2024 dan 2024-2025.", "The 2019-2024 term and 2024-25."),
        ("Rp5,2 miliar (sekitar US$325.000).", "Rp5.2 billion (about $325,000)."),
        ("Sekitar 2.000-3.000 orang.", "About 2,000 to 3,000 people."),
    ])
    func correctTranslationHasNoFinding(source: String, target: String) {
        #expect(summary(source, target) == [])
    }

    /// Sentences of the shipped example article and their reference translation.
    @Test(arguments: [
        (
            "Pemerintah Siapkan Evakuasi 3.000 WNI dari Varesta, DPR Setujui Anggaran Rp5,2 Miliar",
            "Government Prepares Evacuation of 3,000 Indonesian Citizens from Varesta, DPR Approves Rp5.2 Billion Budget"
        ),
        ("Senin, 13 Mei 2024 - 14:35 WIB", "Monday, May 13, 2024 - 14:35 WIB"),
        (
            "Keputusan itu diambil dalam rapat terbatas yang dipimpin Presiden di Istana Kepresidenan, Jakarta, Jumat (10/5/2024).",
            "The decision was made at a limited cabinet meeting chaired by the President at the Presidential Palace in Jakarta on Friday (May 10, 2024)."
        ),
        (
            "Semua tim bekerja sejak pagi, dan pesawat pertama dijadwalkan berangkat Rabu (15/5/2024) pukul 15.00 WIB,” kata juru bicara Kementerian Luar Negeri, Dr. Rizal T. Harahap, M.Si., di Jakarta.",
            "All teams have been working since the morning, and the first plane is scheduled to depart on Wednesday (May 15, 2024) at 3 p.m. WIB,” Ministry of Foreign Affairs spokesperson Dr. Rizal T. Harahap, M.Si., said in Jakarta."
        ),
        (
            "Menurut Rizal, sekitar 12 persen WNI yang terdata merupakan anak-anak.",
            "According to Rizal, around 12 percent of the registered Indonesian citizens are children."
        ),
        (
            "Karena itu, pemerintah membagi proses evakuasi menjadi tiga tahap:",
            "The government has therefore divided the evacuation process into three stages:"
        ),
        (
            "Bantuan berupa makanan siap saji, obat-obatan, selimut, dll. akan diangkut bersama pesawat pertama dengan total muatan sekitar 2,5 ton.",
            "Aid in the form of ready-to-eat meals, medicines, blankets, etc. will be carried on the first plane, with a total load of around 2.5 tons."
        ),
        (
            "Anggaran evakuasi sebesar Rp5,2 miliar diambil dari dana cadangan penanganan darurat senilai Rp1,2 triliun.",
            "The evacuation budget of Rp5.2 billion is taken from an emergency reserve fund worth Rp1.2 trillion."
        ),
        (
            "Di ibu kota, Pemprov DKI membuka posko pengaduan di Jl. Merdeka Barat No. 12, Kec. Gambir, Jakarta Pusat.",
            "In the capital, the Jakarta provincial administration has opened a complaints post at Jl. Merdeka Barat No. 12, Kec. Gambir, Central Jakarta."
        ),
        (
            "Salah satunya Hj. Siti Aminah (54), warga Cilacap yang putrinya bekerja sebagai perawat di Varesta.",
            "One of them is Hj. Siti Aminah (54), a Cilacap resident whose daughter works as a nurse in Varesta."
        ),
        (
            "“Sudah tiga hari saya tidak bisa menghubungi anak saya.",
            "“I haven't been able to reach my daughter for three days."
        ),
    ])
    func exampleArticleHasNoFinding(source: String, target: String) {
        #expect(summary(source, target) == [])
    }

    /// Wrong translations and what they are told.
    @Test(arguments: [
        (
            "Sebanyak 3.000 orang hadir.", "As many as 3,500 people attended.",
            ["error: source has 3.000 (3000), target has 3,500 (3500)"]
        ),
        ("Bobotnya 2,5 ton.", "It weighs 25 tons.", ["error: source has 2,5 (2.5), target has 25"]),
        (
            "Sebanyak 3.000 orang hadir.", "As many as 3.0 people attended.",
            ["error: source has 3.000 (3000), target has 3.0 (3)"]
        ),
        (
            "Sebanyak 3.000 orang hadir.", "As many as 3.000 people attended.",
            ["error: source has 3.000 (3000), target has 3.000 (3)"]
        ),
        (
            "Totalnya 1.234.567.", "The total is 1,234,576.",
            ["error: source has 1.234.567 (1234567), target has 1,234,576 (1234576)"]
        ),
        (
            "Terjadi Jumat (10/5/2024).", "It happened on Friday (October 5, 2024).",
            ["error: source has 10/5/2024 (2024-05-10), target has October 5, 2024 (2024-10-05)"]
        ),
        (
            "Terjadi 10 Mei 2024.", "It happened on May 11, 2024.",
            ["error: source has 10 Mei 2024 (2024-05-10), target has May 11, 2024 (2024-05-11)"]
        ),
        (
            "Terjadi pada 10/5/2024.", "It happened on 10/6/2024.",
            ["error: source has 10/5/2024 (2024-05-10), target has 10/6/2024 (2024-06-10)"]
        ),
        (
            "Terjadi Jumat (10/5/2024).", "It happened on Saturday.",
            ["error: source has 10/5/2024 (2024-05-10), target has no matching date"]
        ),
        (
            "Rapat pukul 15.00.", "The meeting is at 5 p.m.",
            ["error: source has 15.00 (15:00), target has 5 p.m. (17:00)"]
        ),
        (
            "Rapat pukul 15.00 WIB.", "The meeting is at 3 p.m. WITA.",
            ["error: source has 15.00 WIB (15:00 UTC+7), target has 3 p.m. WITA (15:00 UTC+8)"]
        ),
        ("Naik 12 persen.", "Up 12.", ["error: source has 12 persen (12%), target has 12"]),
        (
            "Anggaran Rp5,2 miliar.", "A budget of Rp5.2 million.",
            ["error: source has Rp5,2 miliar (IDR 5200000000), target has Rp5.2 million (IDR 5200000)"]
        ),
        (
            "Anggaran 5,2 miliar.", "A budget of 5.2 million.",
            ["error: source has 5,2 miliar (5200000000), target has 5.2 million (5200000)"]
        ),
        (
            "Anggaran Rp5,2 miliar.", "A budget of $5.2 billion.",
            ["error: source has Rp5,2 miliar (IDR 5200000000), target has $5.2 billion (USD 5200000000)"]
        ),
        (
            "Sebanyak 3.000 orang hadir.", "Many people attended.",
            ["error: source has 3.000 (3000), target has no matching number"]
        ),
        ("Naik 12 persen.", "It rose.", ["error: source has 12 persen (12%), target has no matching percentage"]),
        (
            "Banyak orang hadir.", "As many as 3,000 people attended.",
            ["warning: target has 3,000 (3000), which is not in the source"]
        ),
        ("Naik 5 persen.", "Up 5% in 2024.", ["warning: target has 2024, which is not in the source"]),
        (
            "Naik 12 persen dan 3.000 orang.", "Up 12% and 300 people.",
            ["error: source has 3.000 (3000), target has 300"]
        ),
        (
            "Ada 3 orang dan 5 mobil.", "There were 3 people and 3 cars.",
            ["error: source has 5, target has no matching number"]
        ),
        ("Ada tiga korban.", "There were 4 victims.", ["error: source has tiga (3), target has 4"]),
        ("Gempa bermagnitudo 5,6.", "A magnitude 6.5 earthquake.", ["error: source has 5,6 (5.6), target has 6.5"]),
        (
            "Rapat pukul 15.00 WIB.", "The meeting is at 3 p.m. (0900 GMT).",
            ["warning: target has 0900 GMT (09:00 UTC), which is not in the source"]
        ),
    ])
    func wrongTranslationIsReported(source: String, target: String, expected: [String]) {
        #expect(summary(source, target) == expected)
    }

    /// Decades, hours with their part of the day, amounts with a suffix, qualified years and
    /// English month names in the source: correct translations, no finding.
    @Test(arguments: [
        // Decades.
        ("Pesawat ini dikembangkan pada tahun 1960-an.", "The aircraft was developed in the 1960s."),
        ("Pada 1970-an harga minyak naik.", "In the 1970s oil prices rose."),
        ("Pada 1970-an harga minyak naik.", "In the '70s oil prices rose."),
        ("Pada 1970-an harga minyak naik.", "In the 1970's oil prices rose."),
        ("Musik tahun 60-an kembali.", "The music of the Sixties is back."),
        ("Musik tahun 60-an kembali.", "The music of the '60s is back."),
        ("Musik tahun 60-an kembali.", "The music of the \u{2019}60s is back."),
        ("Musik tahun 60-an kembali.", "The music of the sixties is back."),
        ("Musik tahun 60-an kembali.", "The music of the 1960s is back."),
        ("Musik 60-an kembali.", "The music of the 60s is back."),
        ("Di tahun 1980an sampai 1990an teori itu diuji.", "From the 1980s to the 1990s the theory was tested."),
        ("Usianya 60-an.", "He is in his 60s."),
        ("Usianya 60-an.", "He is in his sixties."),
        ("Usianya enam puluhan.", "He is in his sixties."),
        ("Sekitar 60-an orang hadir.", "Some 60 people attended."),
        ("Pada 2000-an ekonomi tumbuh.", "In the 2000s the economy grew."),
        // Hours with their part of the day.
        ("Rapat pukul 10 pagi.", "The meeting is at 10am."),
        ("Rapat pukul 10 pagi.", "The meeting is at 10 a.m."),
        ("Rapat 10 pagi.", "The meeting is at 10 a.m."),
        ("Rapat pukul 7 malam.", "The meeting is at 7pm."),
        ("Rapat pukul 7 malam.", "The meeting is at 7 p.m."),
        ("Rapat 7 malam.", "The meeting is at 7 p.m."),
        ("Rapat jam 3 sore.", "The meeting is at 3 p.m."),
        ("Rapat pukul 12 siang.", "The meeting is at noon."),
        ("Rapat pukul 12 siang.", "The meeting is at 12 p.m."),
        ("Rapat pukul 1 siang.", "The meeting is at 1 p.m."),
        ("Rapat pukul 12 malam.", "The meeting is at midnight."),
        ("Rapat 10 pagi hingga 2 siang.", "The meeting runs from 10 a.m. to 2 p.m."),
        ("Mereka menginap 3 malam.", "They stayed three nights."),
        ("Mereka menginap 3 malam.", "They stayed 3 nights."),
        // Amounts with -nya and -an.
        ("Dari total itu, 15,5 jutanya berasal dari APBN.", "Of that total, 15.5 million came from the state budget."),
        ("Harganya 5 jutaan.", "It costs about 5 million."),
        ("Anggarannya Rp 2 triliunan.", "The budget is around Rp2 trillion."),
        ("Sekitar 30 persennya anak-anak.", "About 30 percent of them are children."),
        // The year qualified, the qualifier no number.
        ("Pada pertengahan 1962 ia pindah.", "In mid-1962 he moved."),
        ("Pada awal 1990-an ia pindah.", "In the early 1990s he moved."),
        ("Pada pertengahan 1990-an ia pindah.", "In the mid-1990s he moved."),
        ("Pada akhir 2019 wabah muncul.", "In late 2019 the outbreak emerged."),
        ("Reformasi pasca-1998 berlanjut.", "Post-1998 reform continued."),
        // English month names in the source.
        ("Terjadi pada 5 March 2020.", "It happened on March 5, 2020."),
        ("Laporan March 2020 terbit.", "The March 2020 report came out."),
        ("Dirilis pada March 5, 2020.", "It was released on 5 March 2020."),
    ])
    func decadesTimesAndSuffixesHaveNoFinding(source: String, target: String) {
        #expect(summary(source, target) == [])
    }

    /// The same forms with the value changed.
    @Test(arguments: [
        (
            "Pada 1970-an harga minyak naik.", "In the 1980s oil prices rose.",
            ["error: source has 1970-an (1970s), target has 1980s"]
        ),
        (
            "Musik tahun 60-an kembali.", "The music of the '70s is back.",
            ["error: source has 60-an (60s), target has 70s"]
        ),
        (
            "Musik tahun 60-an kembali.", "The music of the 1970s is back.",
            ["error: source has 60-an (60s), target has 1970s"]
        ),
        (
            "Pada 1970-an harga minyak naik.", "In 1970 oil prices rose.",
            [
                "error: source has 1970-an (1970s), target has no matching decade",
                "warning: target has 1970, which is not in the source",
            ]
        ),
        (
            "Rapat pukul 10 pagi.", "The meeting is at 10 p.m.",
            ["error: source has 10 pagi (10:00), target has 10 p.m. (22:00)"]
        ),
        ("Rapat 7 malam.", "The meeting is at 7am.", ["error: source has 7 malam (19:00), target has 7am (07:00)"]),
        (
            "Rapat pukul 12 siang.", "The meeting is at midnight.",
            ["error: source has 12 siang (12:00), target has no matching time"]
        ),
        (
            "Dari total itu, 15,5 jutanya berasal dari APBN.",
            "Of that total, 15.5 billion came from the state budget.",
            ["error: source has 15,5 jutanya (15500000), target has 15.5 billion (15500000000)"]
        ),
        (
            "Pada pertengahan 1962 ia pindah.", "In mid-1963 he moved.",
            ["error: source has 1962, target has 1963"]
        ),
        (
            "Terjadi pada 5 March 2020.", "It happened on March 6, 2020.",
            ["error: source has 5 March 2020 (2020-03-05), target has March 6, 2020 (2020-03-06)"]
        ),
    ])
    func changedDecadeTimeOrSuffixedAmountIsReported(source: String, target: String, expected: [String]) {
        #expect(summary(source, target) == expected)
    }

    /// Numbers written as words, and words that look like numbers: correct translations, no
    /// finding.
    @Test(arguments: [
        ("Ada empat korban.", "There were four victims."),
        ("Ada empat korban.", "There were 4 victims."),
        ("Ada 4 korban.", "There were four victims."),
        ("Sebanyak dua puluh lima orang hadir.", "Twenty-five people attended."),
        ("Sebanyak dua puluh lima orang hadir.", "As many as 25 people attended."),
        ("Sebanyak dua ratus lima puluh ribu orang.", "As many as 250,000 people."),
        ("Sebanyak dua ratus lima puluh ribu orang.", "As many as two hundred and fifty thousand people."),
        ("Sekitar seratus orang.", "About a hundred people."),
        ("Sekitar seribu orang.", "About one thousand people."),
        ("Sekitar seribu lima ratus orang.", "About fifteen hundred people."),
        ("Ada sebelas pemain.", "There are eleven players."),
        ("Ada tujuh belas korban.", "There were seventeen victims."),
        ("Ada duapuluh empat jam.", "There are twenty-four hours."),
        ("Selusin telur.", "A dozen eggs."),
        ("Puluhan orang terluka.", "Dozens of people were injured."),
        ("Puluhan orang terluka.", "Tens of people were injured."),
        ("Puluhan orang terluka.", "Scores of people were injured."),
        ("Ratusan rumah rusak.", "Hundreds of houses were damaged."),
        ("Ribuan warga mengungsi.", "Thousands of residents fled."),
        ("Puluhan ribu warga mengungsi.", "Tens of thousands of residents fled."),
        ("Ratusan ribu warga mengungsi.", "Hundreds of thousands of residents fled."),
        ("Jutaan warga divaksin.", "Millions of residents were vaccinated."),
        ("Beberapa ratus orang hadir.", "Several hundred people attended."),
        ("Beberapa ratus orang hadir.", "Hundreds of people attended."),
        ("Beberapa ribu orang hadir.", "A few thousand people attended."),
        ("Belasan orang luka.", "More than a dozen people were hurt."),
        ("Belasan orang luka.", "Over ten people were hurt."),
        ("Salah satu korban tewas.", "One of the victims died."),
        ("Ia satu-satunya saksi.", "He is the only witness."),
        ("Ia saksi satu-satunya.", "He is the one and only witness."),
        ("Dua-duanya setuju.", "Both agreed."),
        ("Kedua negara sepakat.", "Both countries agreed."),
        ("Kedua negara sepakat.", "The two countries agreed."),
        ("Keduanya sepakat.", "The two agreed."),
        ("Mereka berdua datang.", "The two of them came."),
        ("Harga naik dua kali lipat.", "Prices doubled."),
        ("Ia dua kali menang.", "He won twice."),
        ("Ia menang dua kali.", "He won two times."),
        ("Tahap pertama dimulai.", "The first stage began."),
        ("Mereka tiba di Lima, ibu kota Peru.", "They arrived in Lima, the capital of Peru."),
        ("Ia memulai dari nol.", "He started from scratch."),
        ("Satu per satu mereka pergi.", "One by one they left."),
        ("Ada dua atau tiga orang.", "There were two or three people."),
        ("Ada dua-tiga orang.", "There were two or three people."),
        ("Gempa Guncang Lima Provinsi", "Earthquake Hits Five Provinces"),
        ("Naik seratus persen.", "Up a hundred percent."),
        ("Naik seratus persen.", "Up 100%."),
        ("Nilainya tiga juta rupiah.", "It is worth three million rupiah."),
        ("Nilainya tiga juta rupiah.", "It is worth Rp3 million."),
        ("Ada dua puluhan orang.", "There were some 20 people."),
        ("Rapat G7 digelar.", "The Group of Seven meeting was held."),
        ("Kedua tim bertemu dua kali.", "The teams met two times."),
        ("Ia menang dua kali, keduanya di kandang.", "He won two times, both at home."),
        ("Keduanya menang dua kali.", "Both won twice."),
    ])
    func numberWordsHaveNoFinding(source: String, target: String) {
        #expect(summary(source, target) == [])
    }

    /// A number word translated as another number, or dropped.
    @Test(arguments: [
        ("Ada empat korban.", "There were five victims.", ["error: source has empat (4), target has five (5)"]),
        ("Ada empat korban.", "There were 5 victims.", ["error: source has empat (4), target has 5"]),
        ("Ada 4 korban.", "There were five victims.", ["error: source has 4, target has five (5)"]),
        (
            "Sebanyak dua puluh lima orang hadir.", "Twenty-six people attended.",
            ["error: source has dua puluh lima (25), target has Twenty-six (26)"]
        ),
        (
            "Ratusan rumah rusak.", "Thousands of houses were damaged.",
            ["error: source has Ratusan (hundreds), target has Thousands (thousands)"]
        ),
        (
            "Puluhan orang terluka.", "Hundreds of people were injured.",
            ["error: source has Puluhan (tens), target has Hundreds (hundreds)"]
        ),
        (
            "Puluhan ribu warga mengungsi.", "Thousands of residents fled.",
            ["error: source has Puluhan ribu (tens of thousands), target has Thousands (thousands)"]
        ),
        ("Ada empat korban.", "There were victims.", ["error: source has empat (4), target has no matching number"]),
        ("Banyak orang hadir.", "Five people attended.", ["warning: target has Five (5), which is not in the source"]),
        (
            "Banyak orang hadir.", "Hundreds of people attended.",
            ["warning: target has Hundreds (hundreds), which is not in the source"]
        ),
        (
            "Usianya enam puluhan.", "He is in his seventies.",
            ["error: source has enam puluhan (60s), target has seventies (70s)"]
        ),
    ])
    func changedNumberWordIsReported(source: String, target: String, expected: [String]) {
        #expect(summary(source, target) == expected)
    }

    /// Sentences of the Wikipedia articles with numbers in words, decades and parts of the day,
    /// and a faithful translation of each (`Fixtures/number-words.tsv`: Indonesian, tab,
    /// English): nothing is reported.
    @Test func translatedSentencesWithNumberWordsHaveNoFinding() throws {
        let text = try String(
            contentsOf: TestPaths.repo("Tests/AlihChecksTests/Fixtures/number-words.tsv"), encoding: .utf8)
        let pairs = text.split(separator: "\n").map { $0.split(separator: "\t", maxSplits: 1).map(String.init) }
        #expect(pairs.count >= 60)
        for pair in pairs {
            try #require(pair.count == 2)
            #expect(summary(pair[0], pair[1]) == [], "\(pair[0])")
        }
    }

    /// In a target left as a copy of its source, numbers in words are not reported (the
    /// `identical` check reports the copy); digits still are, read the English way.
    @Test func aCopiedTargetsNumberWordsAreNotReported() {
        #expect(summary("Ada dua korban dan ratusan rumah.", "Ada dua korban dan ratusan rumah.") == [])
        #expect(summary("Film Six Million Dollar Man tayang.", "Film Six Million Dollar Man tayang.") == [])
        #expect(summary("Kata five dan ten.", "Kata five dan ten.") == [])
        #expect(summary("Pada 1990-an dan 60-an.", "Pada 1990-an dan 60-an.") == [])
        #expect(
            summary("Ada korban dan 3.000 rumah.", "Ada korban dan 3.000 rumah.") == [
                "error: source has 3.000 (3000), target has 3.000 (3)"
            ])
        #expect(
            summary("Ada dua korban.", "Ada dua  korban.") == [
                "error: source has dua (2), target has no matching number"
            ])
    }

    @Test func findingCarriesTheSegmentAndBothSpans() throws {
        let all = findings("Bobotnya 2,5 ton, naik 5 persen.", "It weighs 25 tons, up 5% to 7 tons.")
        #expect(all.count == 2)
        let changed = try #require(all.first)
        #expect(changed.check == "numbers")
        #expect(changed.severity == .error)
        #expect(changed.segmentID == "b1-s1")
        #expect(changed.line == 7)
        #expect(changed.sourceSpan == "2,5")
        #expect(changed.targetSpan == "25")
        let added = try #require(all.last)
        #expect(added.severity == .warning)
        #expect(added.sourceSpan == nil)
        #expect(added.targetSpan == "7")
    }

    @Test func segmentsWithoutTargetAndOtherLanguagesAreSkipped() {
        #expect(findings("Sebanyak 3.000 orang.", nil) == [])
        #expect(findings("Sebanyak 3.000 orang.", "  ") == [])
        let french = check.check(
            TranslatedSegment(
                id: "b1-s1", line: 1, source: "Sebanyak 3.000 orang.", target: "Environ 3 000 personnes."),
            in: context(source: "id", target: "fr"))
        #expect(french == [])
        let english = check.check(
            TranslatedSegment(id: "b1-s1", line: 1, source: "Sebanyak 3.000 orang.", target: "About 300 people."),
            in: context(source: "id-ID", target: "en-GB"))
        #expect(english.count == 1)
    }

    /// Long segments with many quantities on both sides (the limit guards against a hang).
    @Test(.timeLimit(.minutes(1)))
    func longSegmentsWithManyQuantitiesMatch() {
        let source = String(
            repeating: "Pada Jumat (10/5/2024) pukul 15.00 WIB, 3.000 orang membayar Rp5,2 miliar, naik 2,5 persen. ",
            count: 40)
        let target = String(
            repeating: "On Friday (May 10, 2024) at 3 p.m., 3,000 people paid Rp5.2 billion, up 2.5 percent. ",
            count: 40)
        #expect(findings(source, target) == [])
    }
}

@Suite struct QuantityParserRobustnessTests {
    /// Random mixes of the pieces the parsers look at never crash them, and every range is
    /// the quantity's text.
    @Test func randomTextNeverBreaksTheParsers() {
        let pieces = [
            "3", "15", "2024", "000", "10", "5", "99999999999999999999999999999999999999999999", ".", ",", ":", "/",
            "-", "–",
            "(", ")", "%", "$", "Rp", "US", "S", "IDR", "juta", "miliar", "million", "bn", "m", "persen", "percent",
            "pukul",
            "jam", "pk", "WIB", "GMT", "UTC", "+", "sore", "p", "a", "am", "o'clock", "in", "the", "afternoon", "Mei",
            "May",
            "Jumat", "Friday", "of", "th", "hingga", "dan", "to", "tiga", "three", "belas", "puluh", "G", "ke", "dolar",
            "AS",
            "dollars", "Singapore", "s", "d", "٣", "🙂", "\u{301}", " ", " ", " ",
        ]
        var state: UInt64 = 0x9E37_79B9_7F4A_7C15
        func next() -> Int {
            state = state &* 6_364_136_223_846_793_005 &+ 1_442_695_040_888_963_407
            return Int(truncatingIfNeeded: state >> 33)
        }
        for _ in 0..<1_500 {
            var text = ""
            for _ in 0..<(next() % 14) { text += pieces[next() % pieces.count] }
            for parser in [IndonesianQuantityParser() as any QuantityParser, EnglishQuantityParser()] {
                for quantity in parser.quantities(in: text) {
                    #expect(String(text[quantity.range]) == quantity.text)
                }
            }
            _ = NumbersCheck().mismatches(source: text, target: text)
        }
    }
}

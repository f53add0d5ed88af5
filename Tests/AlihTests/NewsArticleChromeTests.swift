import Alih
import AlihCore
import AlihTestSupport
import Foundation
import Testing

/// The news-article pipeline's chrome rules on the kinds of page chrome Indonesian news sites
/// leave in scraped text, and on article lines that look like them but must stay content.
@Suite struct NewsArticleChromeTests {
    static let pipeline = try! ArticlePipeline(definition: .newsArticle)

    /// The rule that took `line` (nil: content), the line set between two paragraphs.
    static func rule(of line: String) throws -> String? {
        let text = "Pemerintah menyiapkan evakuasi warga.\n\n\(line)\n\nRapat itu dipimpin Presiden di Jakarta.\n"
        let (document, _) = try pipeline.process(Array(text.utf8), name: "a.txt")
        let chrome = document.blocks.compactMap(\.kind.boilerplateRule)
        return chrome.first
    }

    @Test(arguments: [
        ("Baca juga: Harga Cabai Rawit Turun 15 Persen", "read-also"),
        ("BACA JUGA - Jadwal Kereta Cepat Selama Libur Panjang", "read-also"),
        ("Lihat Juga: Warga Mengungsi ke Gedung Sekolah", "read-also"),
        ("baca juga : Harga Cabai Naik Jelang Lebaran", "read-also"),
        ("00:00 / 02:15", "video-timestamp"), ("1:02:15 / 1:45:00", "video-timestamp"),
        ("Gulir ke bawah untuk melanjutkan membaca", "scroll-prompt"),
        ("Lihat Foto", "page-control"), ("Komentar (0)", "read-count"), ("Tanggapan: 12", "read-count"),
        ("Dok. Istimewa", "documentation-credit"), ("Dok. Humas Pemprov Jatim", "documentation-credit"),
        ("Copyright 2024 Kota Lama News", "copyright-year"), ("Sponsored Content", "advertisement"),
        ("Simak juga video berikut ini", "video-teaser"), ("Tonton Video: Banjir Rendam Ratusan Rumah", "video-teaser"),
        ("Embed", "video-player"), ("share", "video-player"), ("02:14", "video-timestamp"),
        ("No media source currently available", "media-unavailable"), ("ADVERTISEMENT", "advertisement"),
        ("Iklan", "advertisement"), ("SCROLL TO RESUME CONTENT", "scroll-prompt"),
        ("Scroll untuk melanjutkan membaca", "scroll-prompt"), ("Penulis: Rina Susanti", "credit"),
        ("Editor : Bayu Prasetyo", "credit"), ("Pewarta: Agus Salim", "credit"), ("(Ed: yp)", "author-initials"),
        ("(nis/har)", "author-initials"), ("(ANT/HAR)", "author-initials"),
        ("Hak cipta foto Getty Images", "photo-rights"),
        ("REUTERS/Willy Kurniawan", "photo-agency"), ("Istimewa", "photo-agency"),
        ("Warga mengungsi ke sekolah setelah banjir (13.12.2019)", "dated-teaser"), ("\"", "stray-punctuation"),
        ("“", "stray-punctuation"), ("-", "stray-punctuation"), ("Rina Susanti - detikNews", "byline"),
        ("Agus Salim - Kompas.com", "byline"), ("Red: Yudha Prasetya", "credit"),
        ("TOP NEWS | TERKINI | RILIS PERS | RSS", "menu-bar"), ("TWITTER | Facebook |", "menu-bar"),
        ("Home > News > Nasional", "breadcrumb"), ("Beranda » Ekonomi » Makro", "breadcrumb"),
        ("Ketentuan Penggunaan", "site-links"), ("Tentang Kami", "site-links"), ("Pedoman Media Siber", "site-links"),
        ("IKUTI KAMI DI INSTAGRAM @KABARNUSA", "campaign-banner"),
        ("DOWNLOAD APLIKASI KABARNUSA GRATIS!", "campaign-banner"),
        ("KLIK DI SINI UNTUK BERLANGGANAN", "campaign-banner"),
        ("JANGAN LEWATKAN: DISKON 50% AKHIR TAHUN", "campaign-banner"),
        ("YUK, DAFTAR SEKARANG DI KABARNUSA.COM", "campaign-banner"),
        ("#DiRumahAja #JagaJarak #PakaiMasker", "hashtags"),
        ("#AyoVaksin", "hashtags"),
        ("Penulis", "credit-label"), ("EDITOR", "credit-label"), ("Author", "credit-label"),
        (": Kontributor Lhokseumawe, Masriadi", "credit-value"), (": Ervan Hardoko", "credit-value"),
        ("Dapatkan update berita pilihan setiap hari dari KabarNusa.com. Gabung di grup Telegram kami.", "promo"),
        ("Ikuti berita terkini dari KabarNusa di Google News, klik di sini.", "promo"),
        ("Follow Berita KabarNusa di Google News", "promo"),
        ("Simak breaking news dan berita pilihan kami langsung di ponselmu.", "promo"),
        ("Gabung ke saluran WhatsApp KabarNusa untuk berita terbaru", "promo"),
        ("Baca berita lainnya dari KabarNusa di Google News.", "channel-promo"),
        ("Mari bergabung di Grup Telegram \"KabarNusa Update\", caranya klik tautan lalu join.", "channel-promo"),
        ("Yuk, ikuti saluran WhatsApp KabarNusa untuk kabar terbaru", "channel-promo"),
        ("Simak video lengkapnya di YouTube KabarNusa TV", "video-teaser"),
        ("Dapatkan kabar terbaru KabarNusa lewat kanal WhatsApp", "channel-promo"),
        ("Subscribe kanal YouTube KabarNusa untuk video terbaru!", "channel-promo"),
        ("Artikel ini telah tayang di KabarNusa.com dengan judul Harga Cabai Turun", "syndication"),
        ("Berita ini sudah dimuat di Harian Nusa edisi Senin", "syndication"),
        ("[Gambas:Video 20detik]", "embed-placeholder"), ("[Gambas:Instagram]", "embed-placeholder"),
        ("[Embed: YouTube banjir Jakarta]", "embed-placeholder"),
        ("Laporan Wartawan KabarNusa.com, Rina Susanti", "reporter-credit"),
        ("Laporan Reporter Nusa TV, Agus", "reporter-credit"),
        ("Pilihan Editor: Harga Cabai Turun Setelah Panen Raya", "labelled-teaser"),
        ("BERITA TERKAIT : Warga Mengungsi ke Gedung Sekolah", "labelled-teaser"),
        ("Terpopuler: Lima Fakta Banjir Jakarta", "labelled-teaser"),
        ("Tutup", "page-control"), ("Minimalkan", "page-control"), ("Kembali ke atas", "page-control"),
        ("MUAT LEBIH BANYAK", "page-control"), ("Baca selengkapnya", "page-control"),
        ("Antara/Teresia May", "newsroom-photo-credit"), ("REPUBLIKA/Raisan Al Farisi", "newsroom-photo-credit"),
        ("Kompas.com/Garry Lotulung", "newsroom-photo-credit"),
        ("Halaman selanjutnya", "page-control"), ("Tulis komentar", "page-control"),
        ("Bagikan artikel ini", "page-control"), ("Selanjutnya", "page-control"),
        ("0 Komentar", "engagement-count"), ("1.234 kali dibaca", "engagement-count"),
        ("12 shares", "engagement-count"),
        ("Dibaca 1.234 kali", "read-count"), ("Dilihat: 980", "read-count"),
        ("Halaman 1 2 3 Selanjutnya", "pagination"), ("Halaman 2 dari 3", "pagination"), ("Hal. 2", "pagination"),
        ("Tags: banjir, evakuasi, BPBD", "tags"), ("TOPIK : Banjir Jakarta", "tags"),
        ("Klik di sini untuk membaca berita lengkapnya", "click-prompt"), ("Klik link berikut ini:", "click-prompt"),
        ("Jangan lewatkan: Harga beras naik lagi di pasar induk", "labelled-teaser"),
        ("Berita Terpopuler", "related-articles"), ("Video Pilihan", "related-articles"),
        ("Trending", "related-articles"),
    ])
    func chromeIsRecognised(line: String, rule: String) throws {
        #expect(try Self.rule(of: line) == rule)
    }

    /// Article lines that start like chrome or end like it: content.
    @Test(arguments: [
        "Baca juga aturan yang berlaku, kata dia.", "baca juga buku panduan sebelum berangkat, kata petugas.",
        "Gulir layar ponsel Anda untuk melihat peta banjir.", "Skor 2:1 / 3:0",
        "Dok. itu diserahkan ke polisi.", "Dokumentasi kegiatan itu diserahkan ke polisi.",
        "Komentar warga beragam, kata lurah.", "Hak cipta 2024 dilindungi undang-undang, katanya.",
        "Lihat foto-foto banjir di galeri kami, kata panitia.",
        "Editor senior itu mengatakan tim sudah bekerja sejak pagi.",
        "Sumber daya manusia menjadi kunci, ujarnya.", "Video itu beredar luas di media sosial pada Senin (10/5/2024).",
        "Iklan rokok dilarang di sekitar sekolah.", "Penulis buku itu hadir dalam peluncuran di Jakarta.",
        "Merek China “Serbu” Indonesia, Ini Kata Gaikindo - Kompas.com", "Istimewa bagi warga, kata dia.",
        "Share of voice kandidat naik 12 persen.", "Skor akhir 2-1 untuk tim tamu.",
        "Marcella Zalianty Promo Pariwisata Indonesia Lewat Film | Republika Online",
        "Rabu, 4 November 2015 | 21:04 WIB", "Harga naik dari Rp 10.000 > Rp 12.000 per kilogram, kata pedagang.",
        "Redaksi menerima surat pembaca setiap hari.", "Tentang kami, warga desa itu berkata lain.",
        // All-caps headlines, a call to action in ordinary case, a hashtag in a sentence.
        "PRESIDEN IKUTI UPACARA HARI PAHLAWAN DI SURABAYA", "KPK TANGKAP BUPATI, UANG RP 2 MILIAR DISITA",
        "Ikuti kami di Instagram untuk kabar terbaru, kata panitia.", "DOWNLOAD: lima aplikasi belajar terbaik",
        "Tagar #DiRumahAja ramai di Twitter sejak Senin.", "IKUTAN TREN, WARGA BERSEPEDA KE KANTOR",
        "Penulis dan editor buku itu hadir.",
        // Lines that start as the promo, syndication, embed, reporter and teaser rules' do.
        "Ikuti perkembangan kasus ini, kata polisi.", "Gabung ke Partai Nusa, Budi Dapat Jabatan Ketua",
        "Warga membaca berita itu di Google News dan WhatsApp.", "Baca selengkapnya. Lalu hubungi kami di WhatsApp.",
        "Simak, kata dia, karena pesan berantai itu menyebar lewat WhatsApp sejak Senin.",
        // Lines that start as the page-control, count, pagination, tags and click rules' do.
        "Halaman sekolah itu tergenang air setinggi lutut.", "Selanjutnya, warga diminta mengungsi.",
        "12 komentar warga viral di media sosial.", "3 orang dilihat di lokasi kejadian pada malam itu.",
        "Dibaca berulang kali, surat itu tetap membingungkan.", "Topik: banjir. Lalu apa yang dibahas?",
        "Kata kunci keberhasilannya adalah kerja keras.", "Klik di sini, kata polisi, adalah modus penipuan.",
        "Trending di media sosial, video itu ditonton jutaan kali.",
        // The page's date under the headline is content: its day and month are translated.
        "Senin, 13 Mei 2024 - 14:35 WIB",
        "Dapatkan Informasi Vaksin di Puskesmas Terdekat", "Artikel ini membahas dampak banjir di Jakarta.",
        "Berita ini dibantah oleh juru bicara kementerian.", "[Catatan: data diperbarui pukul 15.00 WIB]",
        "Laporan wartawan BBC di lokasi menyebutkan korban bertambah.",
        "Laporan reporter kami, Rina Susanti, menyebutkan banjir surut.",
        "Rekomendasi: warga diminta menjauh dari sungai.", "Pilihan editor itu jatuh pada foto banjir.",
        "Antara/Teresia May dan keluarganya pindah ke Jakarta pada tahun lalu, kata tetangganya.",
        "Tempo dulu warga desa itu bertani.", "Tutup mata terhadap korupsi, kata dia.",
        "Atas nama warga, ia meminta maaf.", "Selengkapnya akan diumumkan besok.",
        "Humas/protokol pemkot belum memberi keterangan soal banjir itu kepada wartawan.",
    ])
    func articleTextIsNotChrome(line: String) throws {
        #expect(try Self.rule(of: line) == nil)
    }

    /// A paragraph that ends in the editor's initials: the initials are chrome, the paragraph content.
    @Test func initialsAfterTheLastSentenceAreSplitOff() throws {
        let text = "Rapat itu dipimpin Presiden di Jakarta. (Ed: yp)\n\nDatanya naik. (nis/nis)\n"
        let (document, _) = try Self.pipeline.process(Array(text.utf8), name: "a.txt")
        #expect(
            document.blocks.map { String(document.text($0.range)) } == [
                "Rapat itu dipimpin Presiden di Jakarta.", "(Ed: yp)", "Datanya naik.", "(nis/nis)",
            ])
        #expect(document.blocks.map(\.kind.boilerplateRule) == [nil, "trailing-initials", nil, "trailing-initials"])
    }

    /// No line of the 48 Wikipedia articles (article text only) is taken for chrome by the new
    /// rules: what the pipeline hides there is what it hid before them (nothing).
    @Test(.enabled(if: TestPaths.isSharedAvailable, "\(TestPaths.sharedMissing)"))
    func noWikipediaLineIsChrome() throws {
        let folder = try #require(TestPaths.shared).appendingPathComponent("data/id-wikipedia-covid")
        for file in try FileManager.default.contentsOfDirectory(atPath: folder.path) where file.hasSuffix(".txt") {
            let bytes = Array(try Data(contentsOf: folder.appendingPathComponent(file)))
            let (document, _) = try Self.pipeline.process(bytes, name: file)
            let chrome = document.blocks.filter { !$0.isTranslatable }.map { String(document.text($0.range)) }
            #expect(chrome.isEmpty, "\(file): \(chrome)")
        }
    }
}

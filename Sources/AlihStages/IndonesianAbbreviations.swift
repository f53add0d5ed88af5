/// Indonesian abbreviations that ICU's sentence rules know nothing about.
///
/// Two classes, because they behave differently at a period followed by a capital letter:
/// a title, honorific, degree, address or company form never ends a sentence (`Bpk. Joko`),
/// while a list abbreviation does (`… dll. Keluarga korban …` is two sentences) unless the next
/// word is lowercase. Pipelines add to and remove from both lists. Of the first class, those
/// that close a name or phrase (`mayEndSentence`) end a sentence before a word that starts
/// sentences.
package enum IndonesianAbbreviations {
    /// Titles and honorifics: never the end of a sentence.
    package static let titles = [
        "Bpk.", "Bp.", "Sdr.", "Sdri.", "Tn.", "Ny.", "Nn.", "Dr.", "dr.", "drg.", "Prof.", "Ir.",
        "Drs.", "Dra.", "H.", "Hj.", "K.H.", "KH.", "St.", "Mr.", "Mrs.", "Ms.", "Jend.", "Letjen.",
        "Mayjen.", "Brigjen.", "Kol.", "Letkol.", "Mayor.", "Kapt.", "Lettu.", "Serma.", "Kompol.",
        "AKBP.", "Irjen.", "Komjen.", "Kombes.", "Pdt.", "Ust.", "Hon.", "Rev.", "Sr.", "Jr.", "Sgt.", "Mgr.",
        "Capt.", "Gen.", "Lt.", "Col.", "Gub.", "Wagub.", "Menlu.", "Pres.",
    ]

    /// Academic and professional degrees written after names.
    package static let degrees = [
        "S.H.", "S.E.", "S.Kom.", "S.T.", "S.Pd.", "S.Sos.", "S.IP.", "S.Ag.", "S.Psi.", "S.Ked.",
        "S.Farm.", "S.Hum.", "S.Si.", "S.I.Kom.", "M.Si.", "M.Sc.", "M.M.", "M.H.", "M.Hum.", "M.Pd.",
        "M.Kom.", "M.T.", "M.A.", "M.B.A.", "MBA.", "M.Ag.", "M.Kes.", "Ph.D.", "Sp.A.", "Sp.OG.",
        "Sp.PD.", "B.Sc.", "B.A.", "Lc.",
    ]

    /// Address parts.
    package static let addresses = [
        "Jl.", "Jln.", "Gg.", "Kec.", "Kab.", "Kel.", "Ds.", "Dsn.", "Kp.", "RT.", "RW.", "Prov.", "Blok.",
        "Kav.",
    ]

    /// Company and organisation forms.
    package static let companies = ["PT.", "Tbk.", "CV.", "Pte.", "Ltd.", "Co.", "Inc.", "Corp.", "UD.", "Yth."]

    /// References, units and other shortenings that stand before what they qualify.
    package static let references = [
        "tgl.", "Tgl.", "Telp.", "telp.", "Tel.", "Fax.", "Faks.", "Hp.", "Ttd.", "a.n.", "s.d.", "u.p.",
        "u.b.", "yth.", "tsb.", "Rp.", "Kep.", "Perpres.", "Permen.", "Ket.", "Sekjen.", "Dirut.", "Pj.",
        "Plt.", "Plh.", "ca.", "vs.", "cf.", "e.g.", "i.e.",
    ]

    /// Shortenings that stand before a number (`No. 12`, `hlm. 5`, `pk. 15.00`): they end a
    /// sentence only when no number follows (`… berdasarkan dekrit no. Setelah itu …`).
    package static let beforeNumber = [
        "No.", "no.", "Nomor.", "Nr.", "hlm.", "Hlm.", "Vol.", "vol.", "pk.", "Pk.", "Th.", "th.", "Thn.",
        "Pasal.", "Ayat.", "Bab.", "Fig.", "Gbr.", "Tab.", "Ps.",
    ]

    /// Month abbreviations (Indonesian and English) as written before a year or day.
    package static let months = [
        "Jan.", "Feb.", "Mar.", "Apr.", "Jun.", "Jul.", "Agu.", "Agt.", "Ags.", "Aug.", "Sep.", "Sept.",
        "Okt.", "Oct.", "Nov.", "Des.", "Dec.",
    ]

    /// List abbreviations: they end a sentence before a capitalised word.
    package static let listEnding = ["dll.", "dsb.", "dst.", "dkk.", "dll", "etc.", "Dll.", "Dsb.", "Dst."]

    /// The abbreviations above that close a name or phrase, and so end a sentence when a word
    /// that starts sentences follows (`IndonesianSentenceStarters`): company forms written
    /// after the name (`… Itochu Corp. Sedangkan …`), degrees (`… Budi, S.H. Namun …`), `Jr.`
    /// and `Sr.`, months and `tsb.` (*tersebut*). Titles, addresses, company forms written
    /// before the name (`PT.`) and references stay non-terminal whatever follows.
    package static let mayEndSentence =
        ["Tbk.", "Ltd.", "Co.", "Inc.", "Corp.", "Jr.", "Sr.", "tsb."] + degrees + months

    /// Every built-in abbreviation that never ends a sentence (those of `mayEndSentence`
    /// except before a sentence starter).
    package static var nonTerminal: [String] { titles + degrees + addresses + companies + references + months }
}

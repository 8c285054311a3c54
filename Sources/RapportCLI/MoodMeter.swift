import RapportCore

/// The customer's name with a compact picture of how they feel: a face, the mood's word and the recent trend
/// (`Dana 😠 upset ▁▂▃`), or in ASCII the word and the number (`Dana [upset -45]`).
enum MoodMeter {
    /// Moods shown in the trend, most recent last.
    static let trendLength = 8

    /// The header for a customer line. `moods` is the curve so far, the current mood last.
    static func header(name: String, moods: [Int], glyphs: Glyphs, unicode: Bool) -> Styled {
        let mood = moods.last ?? 0
        let band = MoodBand(mood: mood)
        if !unicode { return Styled(name, .name) + Styled(" [") + Styled(band.rawValue, style(band)) + Styled(" \(mood)]") }
        return Styled(name, .name) + Styled(" \(face(band)) ") + Styled(band.rawValue, style(band))
            + Styled(" " + glyphs.sparkline(Array(moods.suffix(trendLength))), .dim)
    }

    /// A face for the band.
    static func face(_ band: MoodBand) -> String {
        switch band {
        case .furious: "\u{1F621}"
        case .upset: "\u{1F620}"
        case .neutral: "\u{1F610}"
        case .calm: "\u{1F642}"
        case .pleased: "\u{1F60A}"
        }
    }

    /// The colour for the band: red when furious, yellow when upset, green when calm or pleased.
    static func style(_ band: MoodBand) -> TextStyle {
        switch band {
        case .furious: .bad
        case .upset: .warn
        case .neutral: .plain
        case .calm, .pleased: .good
        }
    }
}

namespace Pledgewatch.Tracking;

/// <summary>The same fact stated differently in two documents.</summary>
/// <param name="First">The statement in the earlier-listed document (the government's own first).</param>
/// <param name="Second">The other statement.</param>
/// <param name="Contradicts">True when the two cannot both be true; false when they differ but overlap.</param>
/// <param name="Stated">The two intervals stated, or null when the numbers are the same and the reading differs.</param>
public sealed record Conflict(TrackedClaim First, TrackedClaim Second, bool Contradicts, (Interval First, Interval Second)? Stated)
{
    /// <summary>What differs, in Chinese, as stored and exported.</summary>
    public string Reason => Words(ReaderLanguage.Chinese).ToString();

    /// <summary>What differs, in the reader's language.</summary>
    public Phrase Words(ReaderLanguage language)
    {
        var chinese = language == ReaderLanguage.Chinese;
        var p = new Phrase();
        if (Stated is not { } stated)
        {
            p.Say(chinese ? "同一句话的两种说法，数字相同而" : "The same sentence read two ways, the same number with ");
            if (First.Indicator != Second.Indicator)
            {
                p.Say(chinese ? "指标不同（" : "different indicators (").Quote(First.Indicator).Say(" / ").Quote(Second.Indicator).Say(chinese ? "）：" : "): ");
            }
            else
            {
                p.Say(chinese ? "口径不同（" : "different measures (").Say(MeasureWords.Of(First.Claim.Measure, language)).Say(" / ")
                    .Say(MeasureWords.Of(Second.Claim.Measure, language)).Say(chinese ? "）：" : "): ");
            }

            return p.Quote(First.Document.Name).Say(chinese ? "「" : " “").Quote(Flat(First.Claim.Text)).Say(chinese ? "」；" : "”; ")
                .Quote(Second.Document.Name).Say(chinese ? "「" : " “").Quote(Flat(Second.Claim.Text)).Say(chinese ? "」。" : "”.");
        }

        var unit = First.Claim.Unit;
        return p.Quote(First.Document.Name).Say(": ").Say(stated.First, unit, language).Say(chinese ? "；" : "; ")
            .Quote(Second.Document.Name).Say(": ").Say(stated.Second, unit, language)
            .Say(chinese ? (Contradicts ? "：互相矛盾。" : "：说法不同。") : (Contradicts ? ": they contradict each other." : ": they differ."));
    }

    private static string Flat(string text) => text.ReplaceLineEndings("").Trim();
}

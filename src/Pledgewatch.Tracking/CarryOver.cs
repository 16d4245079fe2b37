namespace Pledgewatch.Tracking;

/// <summary>What the next year's plan did with a target.</summary>
public enum CarryOverKind
{
    /// <summary>The same target is set again.</summary>
    Repeated,

    /// <summary>Set again, asking more.</summary>
    Raised,

    /// <summary>Set again, asking less.</summary>
    Lowered,

    /// <summary>Not set again although it was not met.</summary>
    Dropped,
}

/// <summary>A target of one year and what became of it in the next year's plan.</summary>
/// <param name="Kind">Repeated, raised, lowered or dropped.</param>
/// <param name="Before">The earlier target with its verdict.</param>
/// <param name="After">The next year's target, or null when dropped.</param>
/// <param name="AskedAfter">What the next year's target asks, or null when dropped.</param>
public sealed record CarryOver(CarryOverKind Kind, Judgement Before, TrackedClaim? After, Interval? AskedAfter)
{
    /// <summary>What was compared, in Chinese, as stored and exported.</summary>
    public string Reason => Words(ReaderLanguage.Chinese).ToString();

    /// <summary>What was compared, in the reader's language.</summary>
    public Phrase Words(ReaderLanguage language)
    {
        var year = Before.Target.Claim.Year;
        var unit = Before.Target.Claim.Unit;
        var verdict = VerdictNames.Label(Before.Verdict, language);
        var p = new Phrase();
        var chinese = language == ReaderLanguage.Chinese;
        if (After is null || AskedAfter is not { } after)
        {
            return p.Say(chinese ? $"{year}年目标（{verdict}）在{year + 1}年计划中不再出现。" : $"The {year} target ({verdict}) does not appear in the {year + 1} plan.");
        }

        p.Say(chinese ? $"{year}年要求 " : $"{year} asked for ").Say(Before.Asked, unit, language)
            .Say(chinese ? $"（{verdict}），{year + 1}年要求 " : $" ({verdict}); {year + 1} asks for ").Say(after, unit, language);
        if (After.Indicator != Before.Indicator)
        {
            p.Say(chinese ? "（表述为" : " (stated as ").Quote(After.Indicator).Say(chinese ? "）" : ")");
        }

        return p.Say(Kind switch
        {
            CarryOverKind.Raised => chinese ? "：要求提高。" : ": it asks more.",
            CarryOverKind.Lowered => chinese ? "：要求降低。" : ": it asks less.",
            _ => chinese ? "：要求不变。" : ": it asks the same.",
        });
    }

    public static string NameOf(CarryOverKind kind) => kind switch
    {
        CarryOverKind.Repeated => "repeated",
        CarryOverKind.Raised => "raised",
        CarryOverKind.Lowered => "lowered",
        _ => "dropped",
    };
}

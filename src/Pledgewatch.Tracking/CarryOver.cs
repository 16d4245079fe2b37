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
/// <param name="Reason">What was compared, in words.</param>
public sealed record CarryOver(CarryOverKind Kind, Judgement Before, TrackedClaim? After, string Reason)
{
    public static string NameOf(CarryOverKind kind) => kind switch
    {
        CarryOverKind.Repeated => "repeated",
        CarryOverKind.Raised => "raised",
        CarryOverKind.Lowered => "lowered",
        _ => "dropped",
    };
}

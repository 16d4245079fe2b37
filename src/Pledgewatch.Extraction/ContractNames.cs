namespace Pledgewatch.Extraction;

/// <summary>
/// The spellings of enum values in the JSONL contract (claims.md), in one place: the JSONL writers,
/// the database columns (through value conversions), the correction form and the API filters all
/// read and write claim kinds, measures and bounds through here.
/// </summary>
public static class ContractNames
{
    /// <summary>Every claim kind, in the contract's order.</summary>
    public static IReadOnlyList<ClaimKind> Kinds { get; } = [ClaimKind.Target, ClaimKind.Outcome];

    /// <summary>Every measure, in the contract's order.</summary>
    public static IReadOnlyList<Measure> Measures { get; } = [Measure.Growth, Measure.Level, Measure.Added];

    /// <summary>Every bound, in the contract's order.</summary>
    public static IReadOnlyList<Bound> Ops { get; } = [Bound.Equal, Bound.About, Bound.AtLeast, Bound.MoreThan, Bound.AtMost, Bound.LessThan];

    public static string Of(ClaimKind kind) => kind switch
    {
        ClaimKind.Target => "target",
        ClaimKind.Outcome => "outcome",
        _ => throw new ArgumentOutOfRangeException(nameof(kind), kind, null),
    };

    public static string Of(Measure measure) => measure switch
    {
        Measure.Growth => "growth",
        Measure.Level => "level",
        Measure.Added => "added",
        _ => throw new ArgumentOutOfRangeException(nameof(measure), measure, null),
    };

    public static string Of(Bound bound) => bound switch
    {
        Bound.Equal => "=",
        Bound.About => "~",
        Bound.AtLeast => ">=",
        Bound.MoreThan => ">",
        Bound.AtMost => "<=",
        Bound.LessThan => "<",
        _ => throw new ArgumentOutOfRangeException(nameof(bound), bound, null),
    };

    public static bool TryParse(string? text, out ClaimKind kind) => TryFind(Kinds, Of, text, out kind);

    public static bool TryParse(string? text, out Measure measure) => TryFind(Measures, Of, text, out measure);

    public static bool TryParse(string? text, out Bound bound) => TryFind(Ops, Of, text, out bound);

    /// <summary>The kind spelled <paramref name="text"/>; a spelling outside the contract is an error, never a default.</summary>
    public static ClaimKind KindOf(string text) =>
        TryParse(text, out ClaimKind kind) ? kind : throw Unknown(text, "claim kind", Kinds.Select(Of));

    public static Measure MeasureOf(string text) =>
        TryParse(text, out Measure measure) ? measure : throw Unknown(text, "measure", Measures.Select(Of));

    public static Bound BoundOf(string text) =>
        TryParse(text, out Bound bound) ? bound : throw Unknown(text, "op", Ops.Select(Of));

    /// <summary>The bound that a negated number takes: 下降3%以上 is a change of at most -3.</summary>
    public static Bound Mirror(Bound bound) => bound switch
    {
        Bound.AtLeast => Bound.AtMost,
        Bound.MoreThan => Bound.LessThan,
        Bound.AtMost => Bound.AtLeast,
        Bound.LessThan => Bound.MoreThan,
        _ => bound,
    };

    private static bool TryFind<T>(IReadOnlyList<T> values, Func<T, string> spell, string? text, out T value)
    {
        foreach (var v in values)
        {
            if (string.Equals(spell(v), text, StringComparison.Ordinal))
            {
                value = v;
                return true;
            }
        }

        value = default!;
        return false;
    }

    private static FormatException Unknown(string text, string what, IEnumerable<string> known) =>
        new($"'{text}' is not a {what} of the contract ({string.Join(", ", known)})");
}

namespace Pledgewatch.Extraction;

/// <summary>The spellings of enum values in the JSONL contract (claims.md).</summary>
public static class ContractNames
{
    public static string Of(ClaimKind kind) => kind == ClaimKind.Target ? "target" : "outcome";

    public static string Of(Measure measure) => measure switch
    {
        Measure.Growth => "growth",
        Measure.Added => "added",
        _ => "level",
    };

    public static string Of(Bound bound) => bound switch
    {
        Bound.About => "~",
        Bound.AtLeast => ">=",
        Bound.MoreThan => ">",
        Bound.AtMost => "<=",
        Bound.LessThan => "<",
        _ => "=",
    };

    /// <summary>The bound that a negated number takes: 下降3%以上 is a change of at most -3.</summary>
    public static Bound Mirror(Bound bound) => bound switch
    {
        Bound.AtLeast => Bound.AtMost,
        Bound.MoreThan => Bound.LessThan,
        Bound.AtMost => Bound.AtLeast,
        Bound.LessThan => Bound.MoreThan,
        _ => bound,
    };
}

namespace Pledgewatch.Storage.Voting;

/// <summary>What a ballot asks: a vote (票决: 赞成/反对/弃权 on candidates) or a year-end rating (满意度测评 of adopted projects).</summary>
public enum BallotKind
{
    Vote,
    Rating,
}

/// <summary>The names of ballot kinds as stored, in forms and in the API: <c>vote</c>, <c>rating</c>.</summary>
public static class BallotKinds
{
    public static string Of(BallotKind kind) => kind switch
    {
        BallotKind.Vote => "vote",
        BallotKind.Rating => "rating",
        _ => throw new ArgumentOutOfRangeException(nameof(kind), kind, null),
    };

    /// <summary>The kind named <paramref name="name"/>; null for any other name.</summary>
    public static BallotKind? Parse(string? name) => name switch
    {
        "vote" => BallotKind.Vote,
        "rating" => BallotKind.Rating,
        _ => null,
    };

    /// <summary>The kind named <paramref name="name"/>; a name stored that is neither is an error.</summary>
    public static BallotKind Stored(string name) => Parse(name) ?? throw new FormatException($"'{name}' is not a ballot kind (vote, rating)");
}

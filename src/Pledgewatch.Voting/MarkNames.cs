namespace Pledgewatch.Voting;

/// <summary>
/// The marks of a paper as the forms, the API and the command line write them, read in one place:
/// each mark has its English name (approve, fairly_satisfied) and its Chinese one (赞成, 基本满意), and
/// anything else is no mark at all.
/// </summary>
public static class MarkNames
{
    private static readonly (Choice Mark, string Name, string Chinese)[] Choices =
    [
        (Choice.Approve, "approve", "赞成"),
        (Choice.Oppose, "oppose", "反对"),
        (Choice.Abstain, "abstain", "弃权"),
    ];

    private static readonly (Rating Mark, string Name, string Chinese)[] Ratings =
    [
        (Rating.Satisfied, "satisfied", "满意"),
        (Rating.FairlySatisfied, "fairly_satisfied", "基本满意"),
        (Rating.Dissatisfied, "dissatisfied", "不满意"),
    ];

    /// <summary>The names a vote's mark may take, for messages: approve|oppose|abstain.</summary>
    public static string ChoiceNames { get; } = string.Join("|", Choices.Select(c => c.Name));

    /// <summary>The names a rating's mark may take, for messages: satisfied|fairly_satisfied|dissatisfied.</summary>
    public static string RatingNames { get; } = string.Join("|", Ratings.Select(r => r.Name));

    public static string Of(Choice choice) => Choices.Single(c => c.Mark == choice).Name;

    public static string Of(Rating rating) => Ratings.Single(r => r.Mark == rating).Name;

    public static string Chinese(Choice choice) => Choices.Single(c => c.Mark == choice).Chinese;

    public static string Chinese(Rating rating) => Ratings.Single(r => r.Mark == rating).Chinese;

    /// <summary>A vote's mark from its English or Chinese name; null for anything else.</summary>
    public static Choice? ParseChoice(string? text) =>
        Choices.Where(c => c.Name == text || c.Chinese == text).Select(c => (Choice?)c.Mark).FirstOrDefault();

    /// <summary>A rating's mark from its English or Chinese name; null for anything else.</summary>
    public static Rating? ParseRating(string? text) =>
        Ratings.Where(r => r.Name == text || r.Chinese == text).Select(r => (Rating?)r.Mark).FirstOrDefault();
}

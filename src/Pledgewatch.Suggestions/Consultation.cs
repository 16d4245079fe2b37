namespace Pledgewatch.Suggestions;

/// <summary>What the office decided about a comment on a draft's article.</summary>
public enum Adoption
{
    Pending,
    Adopted,
    PartlyAdopted,
    NotAdopted,
}

/// <summary>A comment on one article: from a citizen or a legislative contact point (立法联系点), and the office's decision with its reason.</summary>
public sealed record ArticleComment(int Article, string Text, string? ContactPoint, DateOnly On, Adoption Decision = Adoption.Pending, string? Reason = null);

/// <summary>
/// A draft regulation published for comment (立法征求意见): its articles, a window in which anyone
/// comments on an article, and the office's decision on each comment — adopted, partly adopted or
/// not, with a reason. Counts per article are public, and the adopted comments.
/// </summary>
public sealed record Consultation
{
    public required string Title { get; init; }

    public required IReadOnlyList<string> Articles { get; init; }

    public required DateOnly Opens { get; init; }

    public required DateOnly Closes { get; init; }

    public IReadOnlyList<ArticleComment> Comments { get; init; } = [];

    public static Step<Consultation> Publish(Actor by, string title, IReadOnlyList<string> articles, DateOnly opens, DateOnly closes) =>
        by?.IsOffice != true ? Step<Consultation>.No("not-office", "只有办公室可以发布草案", "only the office publishes a draft")
        : string.IsNullOrWhiteSpace(title) || articles is null || articles.Count == 0 || articles.Any(string.IsNullOrWhiteSpace)
            ? Step<Consultation>.No("empty", "草案需要标题和条文", "a draft needs a title and its articles")
        : closes < opens ? Step<Consultation>.No("window", "征求意见截止日期早于开始日期", "the window closes before it opens")
        : Step<Consultation>.Done(new Consultation { Title = title.Trim(), Articles = [.. articles.Select(a => a.Trim())], Opens = opens, Closes = closes });

    public bool IsOpen(DateOnly today) => today >= Opens && today <= Closes;

    /// <summary>Anyone comments on an article (1-based) while the window is open.</summary>
    public Step<Consultation> Comment(int article, string text, string? contactPoint, DateOnly on) =>
        !IsOpen(on) ? Step<Consultation>.No("closed", $"征求意见时间为{Opens:yyyy-MM-dd}至{Closes:yyyy-MM-dd}", $"comments are taken from {Opens:yyyy-MM-dd} to {Closes:yyyy-MM-dd}")
        : article < 1 || article > Articles.Count ? Step<Consultation>.No("no-article", $"草案共{Articles.Count}条", $"the draft has {Articles.Count} articles")
        : string.IsNullOrWhiteSpace(text) ? Step<Consultation>.No("empty", "意见需要内容", "a comment needs a text")
        : Step<Consultation>.Done(this with { Comments = [.. Comments, new ArticleComment(article, text.Trim(), contactPoint, on)] });

    /// <summary>The office decides on comment <paramref name="index"/> (0-based), with a reason unless adopted.</summary>
    public Step<Consultation> Decide(Actor by, int index, Adoption decision, string? reason)
    {
        if (by?.IsOffice != true)
        {
            return Step<Consultation>.No("not-office", "只有办公室可以决定采纳与否", "only the office decides on comments");
        }

        if (index < 0 || index >= Comments.Count || decision == Adoption.Pending)
        {
            return Step<Consultation>.No("no-comment", "没有这条意见", "there is no such comment");
        }

        if (decision != Adoption.Adopted && string.IsNullOrWhiteSpace(reason))
        {
            return Step<Consultation>.No("no-reason", "部分采纳或不采纳须说明理由", "partly adopting or not adopting needs a reason");
        }

        var comments = Comments.ToList();
        comments[index] = comments[index] with { Decision = decision, Reason = reason?.Trim() };
        return Step<Consultation>.Done(this with { Comments = comments });
    }

    /// <summary>Per article: comments, and how many adopted, partly adopted, not adopted.</summary>
    public IReadOnlyList<(int Article, int Comments, int Adopted, int Partly, int NotAdopted)> Counts() =>
        [.. Enumerable.Range(1, Articles.Count).Select(a =>
        {
            var on = Comments.Where(c => c.Article == a).ToList();
            return (a, on.Count, on.Count(c => c.Decision == Adoption.Adopted), on.Count(c => c.Decision == Adoption.PartlyAdopted), on.Count(c => c.Decision == Adoption.NotAdopted));
        })];
}

using System.Text.Json.Serialization;
using Pledgewatch.Storage.Suggestions;
using Pledgewatch.Suggestions;
using Pledgewatch.Tracking;
using Pledgewatch.Web.Features.Api;

namespace Pledgewatch.Web.Features.Suggestions;

/// <summary>
/// The loops in the API, public reads only: deputies' suggestions (replies not marked public left
/// out), citizens' cases (no name, no phone, the place rounded), drafts for comment, and the
/// handling statistics; each list also as CSV or xlsx (<c>format=csv|xlsx</c>).
/// </summary>
internal static class SuggestionEndpoints
{
    public static ApiGroups MapSuggestions(this ApiGroups api)
    {
        api.Reads.MapGet("/suggestions", Suggestions).Produces<SuggestionDto[]>().Produces(StatusCodes.Status200OK, typeof(Stream), "text/csv", TableFiles.XlsxType).ProducesProblem(StatusCodes.Status400BadRequest);
        api.Reads.MapGet("/suggestions/statistics", Statistics).Produces<StatisticsDto[]>().Produces(StatusCodes.Status200OK, typeof(Stream), "text/csv", TableFiles.XlsxType).ProducesProblem(StatusCodes.Status400BadRequest);
        api.Reads.MapGet("/cases", Cases).Produces<CaseDto[]>().Produces(StatusCodes.Status200OK, typeof(Stream), "text/csv", TableFiles.XlsxType).ProducesProblem(StatusCodes.Status400BadRequest);
        api.Reads.MapGet("/consultations", Drafts).Produces<DraftDto[]>().Produces(StatusCodes.Status200OK, typeof(Stream), "text/csv", TableFiles.XlsxType).ProducesProblem(StatusCodes.Status400BadRequest);
        return api;
    }

    /// <param name="year">The year handed in.</param>
    /// <param name="department">The lead department.</param>
    /// <param name="state">A state (submitted, registered, assigned, replied, reopened, rated, closed) or late (overdue).</param>
    /// <param name="format">csv or xlsx for a file; JSON without it.</param>
    private static async Task<IResult> Suggestions(DeputySuggestions suggestions, TimeProvider clock, int? year, string? department, string? state, string? format, string? lang, CancellationToken ct)
    {
        if (format is not null && !TableFiles.IsFormat(format))
        {
            return Problems.BadRequest("format is csv or xlsx");
        }

        if (!SuggestionChoice.IsState(state))
        {
            return Problems.BadRequest(SuggestionChoice.States);
        }

        var items = SuggestionChoice.Apply(await suggestions.ListAsync(year, department, ct), year, department, state, Pledgewatch.Projects.ChinaTime.Today(clock));
        if (format is not null)
        {
            var en = lang == "en";
            return TableFiles.Download(new ReportTable(en ? "suggestions" : "代表建议",
                en ? ["Number", "Title", "Deputy", "Handed in", "State", "Department", "Reply due", "Class", "Rating", "Supervised", "Key", "Sample"]
                   : ["编号", "标题", "领衔代表", "提出日期", "状态", "主办单位", "答复期限", "办理结果", "代表评价", "督办", "重点建议", "样例数据"],
                [.. items.Select(s => new object?[]
                {
                    s.Number, s.Suggestion.Title, s.Suggestion.Lead, s.Suggestion.SubmittedOn.ToString("yyyy-MM-dd"), SuggestionWords.State(s.Suggestion.State, en), s.Suggestion.LeadDepartment,
                    s.Suggestion.DueOn?.ToString("yyyy-MM-dd"), s.Suggestion.LastReply is { } r ? SuggestionWords.Class(r.Class, en) : null, s.Suggestion.Rating is { } g ? SuggestionWords.Rating(g, en) : null,
                    s.Suggestion.SupervisedBy, s.Suggestion.IsKey, s.IsSample,
                })]), format, "suggestions");
        }

        return TypedResults.Ok(items.Select(s => new SuggestionDto(
            s.Id, s.Number, s.Region, s.Year, s.Suggestion.Title, s.Suggestion.Text, s.Suggestion.Lead, s.Suggestion.CoSigners,
            s.Suggestion.State.ToString().ToLowerInvariant(), s.Suggestion.LeadDepartment, s.Suggestion.CoDepartments, s.Suggestion.DueOn, s.Suggestion.SupervisedBy, s.Suggestion.IsKey,
            [.. s.Suggestion.Opinions.Where(o => s.Suggestion.Replies.Any(r => r.Round == o.Round && r.Public)).Select(o => new OpinionDto(o.Department, o.On, o.Round, o.Text))],
            [.. s.Suggestion.Replies.Select(r => new ReplyDto(r.Department, r.Class.ToString().ToLowerInvariant(), r.On, r.Round, r.Public ? r.Text : null))],
            [.. s.Suggestion.Ratings.Select(r => r.ToString().ToLowerInvariant())], s.IsSample)).ToArray());
    }

    private static async Task<IResult> Cases(CitizenCases cases, string? category, string? format, string? lang, CancellationToken ct)
    {
        if (format is not null && !TableFiles.IsFormat(format))
        {
            return Problems.BadRequest("format is csv or xlsx");
        }

        var items = await cases.ListAsync(category: category, ct: ct);
        if (format is not null)
        {
            var en = lang == "en";
            return TableFiles.Download(new ReportTable(en ? "cases" : "群众诉求",
                en ? ["Number", "Kind", "Category", "District", "Received", "State", "Department", "Replied", "On time", "Rating", "Longitude (about)", "Latitude (about)", "Sample"]
                   : ["编号", "类型", "类别", "区县街道", "收到", "状态", "承办单位", "答复日期", "按时", "评价", "经度（约）", "纬度（约）", "样例数据"],
                [.. items.Select(c => new object?[]
                {
                    c.Id, c.Case.Kind.ToString().ToLowerInvariant(), c.Case.Category, c.Case.District, c.Case.ReceivedOn.ToString("yyyy-MM-dd"), SuggestionWords.Case(c.Case.State, en), c.Case.Department,
                    c.Case.RepliedOn?.ToString("yyyy-MM-dd"), c.Case.RepliedOn is null ? null : c.Case.RepliedOnTime, c.Case.Rating is { } r ? SuggestionWords.Rating(r, en) : null, c.Near?.Lng, c.Near?.Lat, c.IsSample,
                })]), format, "cases");
        }

        return TypedResults.Ok(items.Select(c => new CaseDto(
            c.Id, c.Region, c.Case.Kind.ToString().ToLowerInvariant(), c.Case.Category, c.Case.Text, c.Case.District, c.Near?.Lng, c.Near?.Lat, c.Case.ReceivedOn,
            c.Case.State.ToString().ToLowerInvariant(), c.Case.Department, c.Case.AcceptDue, c.Case.ReplyDue, c.Case.RepliedOn, c.Case.Reply, c.Case.Rating?.ToString().ToLowerInvariant(), c.IsSample)).ToArray());
    }

    /// <param name="of">suggestions (deputies') or cases (citizens').</param>
    private static async Task<IResult> Statistics(DeputySuggestions suggestions, CitizenCases cases, string? of, string? format, string? lang, CancellationToken ct)
    {
        if (of is not (null or "suggestions" or "cases") || (format is not null && !TableFiles.IsFormat(format)))
        {
            return Problems.BadRequest("of is suggestions or cases; format is csv or xlsx");
        }

        var rows = of == "cases" ? await cases.StatisticsAsync(ct) : await suggestions.StatisticsAsync(ct);
        if (format is not null)
        {
            return TableFiles.Download(StatisticsModel.Table(rows, lang == "en", of ?? "suggestions"), format, $"{of ?? "suggestions"}-statistics");
        }

        return TypedResults.Ok(rows.Select(r => new StatisticsDto(
            r.Year, r.Department, r.Figures.Received, r.Figures.Due, r.Figures.OnTime, r.Figures.OnTimeRate, r.Figures.AverageDays, r.Figures.Replied,
            r.Figures.ShareSolved, r.Figures.SharePlanned, r.Figures.ShareNotNow, r.Figures.Rated, r.Figures.SatisfactionRate, r.Figures.Supervised, r.Figures.Key)).ToArray());
    }

    /// <param name="format">csv or xlsx for a file of every draft's articles with their counts; JSON without it.</param>
    private static async Task<IResult> Drafts(Pledgewatch.Storage.Suggestions.Consultations drafts, string? format, string? lang, CancellationToken ct)
    {
        if (format is not null && !TableFiles.IsFormat(format))
        {
            return Problems.BadRequest("format is csv or xlsx");
        }

        var items = await drafts.ListAsync(ct);
        if (format is not null)
        {
            var en = lang == "en";
            return TableFiles.Download(new ReportTable(en ? "drafts" : "征求意见",
                en ? ["Draft", "Open from", "Open until", "Article", "Text", "Comments", "Adopted", "Partly", "Not adopted", "Sample"]
                   : ["草案", "开始", "截止", "条", "条文", "意见", "采纳", "部分采纳", "未采纳", "样例数据"],
                [.. items.SelectMany(d => d.Draft.Counts().Select(c => new object?[]
                {
                    d.Draft.Title, d.Draft.Opens.ToString("yyyy-MM-dd"), d.Draft.Closes.ToString("yyyy-MM-dd"), c.Article, d.Draft.Articles[c.Article - 1], c.Comments, c.Adopted, c.Partly, c.NotAdopted, d.IsSample,
                }))]), format, "drafts");
        }

        return TypedResults.Ok(items.Select(d => new DraftDto(
            d.Id, d.Region, d.Draft.Title, d.Draft.Opens, d.Draft.Closes, d.IsSample,
            [.. d.Draft.Counts().Select(c => new ArticleDto(c.Article, d.Draft.Articles[c.Article - 1], c.Comments, c.Adopted, c.Partly, c.NotAdopted))],
            [.. d.Draft.Comments.Where(c => c.Decision is Adoption.Adopted or Adoption.PartlyAdopted).Select(c => new CommentDto(c.Article, c.Text, c.ContactPoint, c.Decision.ToString().ToLowerInvariant(), c.Reason))])).ToArray());
    }
}

/// <summary>A deputy's suggestion in the API; a reply not marked public has no text, and its round's co-departments' opinions are left out.</summary>
internal sealed record SuggestionDto(
    long Id, string? Number, string Region, int Year, string Title, string Text, string Lead,
    [property: JsonPropertyName("co_signers")] IReadOnlyList<string> CoSigners, string State, string? Department,
    [property: JsonPropertyName("co_departments")] IReadOnlyList<string> CoDepartments, DateOnly? Due,
    [property: JsonPropertyName("supervised_by")] string? SupervisedBy, bool Key, IReadOnlyList<OpinionDto> Opinions, IReadOnlyList<ReplyDto> Replies, IReadOnlyList<string> Ratings, bool Sample);

/// <summary>A co-department's opinion, in the API once the reply of its round is public.</summary>
internal sealed record OpinionDto(string Department, DateOnly On, int Round, string Text);

internal sealed record ReplyDto(string Department, string Class, DateOnly On, int Round, string? Text);

/// <summary>A citizen's case in the API: no name or phone, the place rounded to about 100 m.</summary>
internal sealed record CaseDto(
    long Id, string Region, string Kind, string Category, string Text, string? District, double? Lng, double? Lat, DateOnly Received, string State, string Department,
    [property: JsonPropertyName("accept_due")] DateOnly? AcceptDue, [property: JsonPropertyName("reply_due")] DateOnly? ReplyDue, DateOnly? Replied, string? Reply, string? Rating, bool Sample);

internal sealed record StatisticsDto(
    int Year, string? Department, int Received, int Due, [property: JsonPropertyName("on_time")] int OnTime, [property: JsonPropertyName("on_time_rate")] double? OnTimeRate,
    [property: JsonPropertyName("average_days")] double? AverageDays, int Replied, [property: JsonPropertyName("share_a")] double? ShareA, [property: JsonPropertyName("share_b")] double? ShareB,
    [property: JsonPropertyName("share_c")] double? ShareC, int Rated, [property: JsonPropertyName("satisfaction_rate")] double? SatisfactionRate, int Supervised, int Key);

internal sealed record DraftDto(long Id, string Region, string Title, DateOnly Opens, DateOnly Closes, bool Sample, IReadOnlyList<ArticleDto> Articles,
    [property: JsonPropertyName("adopted_comments")] IReadOnlyList<CommentDto> AdoptedComments);

internal sealed record ArticleDto(int Article, string Text, int Comments, int Adopted, int Partly, [property: JsonPropertyName("not_adopted")] int NotAdopted);

internal sealed record CommentDto(int Article, string Text, [property: JsonPropertyName("contact_point")] string? ContactPoint, string Decision, string? Reason);

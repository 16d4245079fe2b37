using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.AspNetCore.RateLimiting;
using Pledgewatch.Storage.Entities;
using Pledgewatch.Storage.Voting;
using Pledgewatch.Voting;
using Pledgewatch.Web.Shared;

namespace Pledgewatch.Web.Features.Voting;

/// <summary>A deputy's year-end rating paper (满意度测评), made for a phone, with a submission key like the vote.</summary>
[Authorize(Policy = Policies.Deputy)]
[EnableRateLimiting(Policies.Writes)]
public sealed class RateModel(Ballots ballots, Storage.PledgewatchStore store) : PageModel
{
    public BallotEntity? Ballot { get; private set; }

    public IReadOnlyList<CandidateEntity> Items { get; private set; } = [];

    public Guid Key { get; private set; }

    public string? Message { get; private set; }

    public bool Accepted { get; private set; }

    public bool ShowForm { get; private set; }

    public async Task<IActionResult> OnGetAsync(long id, CancellationToken ct)
    {
        if (!await LoadAsync(id, ct))
        {
            return NotFound();
        }

        Key = Guid.NewGuid();
        ShowForm = true;
        return Page();
    }

    public async Task<IActionResult> OnPostAsync(long id, Guid key, CancellationToken ct)
    {
        if (!await LoadAsync(id, ct))
        {
            return NotFound();
        }

        var english = Language.IsEnglish(HttpContext);
        var paper = new Dictionary<long, Rating>();
        foreach (var item in Items)
        {
            Rating? rating = Request.Form[$"r{item.Id}"].FirstOrDefault() switch
            {
                "satisfied" => Rating.Satisfied,
                "fairly" => Rating.FairlySatisfied,
                "dissatisfied" => Rating.Dissatisfied,
                _ => null,
            };
            if (rating is { } r)
            {
                paper[item.Id] = r;
            }
        }

        var code = await VotingEndpoints.DeputyCodeAsync(store, id, User.Identity!.Name!, ct);
        var result = code is null || key == Guid.Empty
            ? new CastResult(CastOutcome.NotEligible, english ? "You are not on the roster of this rating." : "您不在本次测评的代表名单中。")
            : await ballots.RateAsync(id, code, key, paper, ct);
        Accepted = result.Counts;
        Message = result.Outcome switch
        {
            CastOutcome.Accepted or CastOutcome.AlreadyAccepted => english ? "Your rating is recorded. Thank you." : "您的测评已记录，谢谢。",
            CastOutcome.AlreadyVoted => english ? "You have already rated these projects." : "您已经参加过本次测评。",
            CastOutcome.Closed => english ? "The rating has closed." : "测评已结束。",
            CastOutcome.NotOpen => english ? "The rating has not opened yet." : "测评尚未开始。",
            CastOutcome.Invalid => english ? "Rate every project." : "请对每个项目作出评价。",
            _ => result.Message,
        };
        Key = key;
        ShowForm = result.Outcome == CastOutcome.Invalid;
        if (!Accepted)
        {
            Response.StatusCode = result.Outcome == CastOutcome.Invalid ? 400 : 409;
        }

        return Page();
    }

    private async Task<bool> LoadAsync(long id, CancellationToken ct)
    {
        var found = await ballots.RatingsAsync(id, ct);
        if (found is null)
        {
            return false;
        }

        (Ballot, _, Items, _) = found.Value;
        return true;
    }
}

using FsCheck.Xunit;

namespace Pledgewatch.Suggestions.Tests;

/// <summary>Whatever anyone tries in whatever order, a suggestion never gets into a state its rules do not allow.</summary>
public class SuggestionPropertyTests
{
    private static readonly Actor[] Actors =
    [
        new("D0007", Role.Deputy), new("D0012", Role.Deputy), new("office", Role.Office), new("t", Role.Department, "市交通运输局"),
        new("h", Role.Department, "市住房城乡建设局"), new("c", Role.Citizen),
    ];

    [Property(MaxTest = 300)]
    public bool AnySequenceOfStepsKeepsTheRules(byte[] moves)
    {
        var s = DeputySuggestion.Submit(Actors[0], "关于停车的建议", "……", null, null, ["D0012"], new DateOnly(2025, 1, 1)).Get();
        var day = new DateOnly(2025, 1, 1);
        foreach (var move in moves ?? [])
        {
            day = day.AddDays(1);
            var by = Actors[move % Actors.Length];
            var step = (move / Actors.Length % 8) switch
            {
                0 => s.Register(by, "第1号"),
                1 => s.Supervise(by, "主任", key: move % 2 == 0),
                2 => s.Assign(by, "市交通运输局", ["市住房城乡建设局"], day),
                3 => s.Reply(by, (ReplyClass)(move % 3), "答复", true, day),
                4 => s.Rate(by, (Satisfaction)(move % 3), day),
                5 => s.Close(by, day),
                6 => s.Advise(by, "协办意见", day),
                _ => s.Reply(by, ReplyClass.Solved, "", true, day),
            };
            if (step.Ok == (step.Value is null) || (!step.Ok && step.Refused!.Zh.Length == 0))
            {
                return false;
            }

            s = step.Value ?? s;
            var ok = s.Replies.Count <= 2 && s.Ratings.Count <= 2 && s.Ratings.Count <= s.Replies.Count
                && (s.State != SuggestionState.Reopened || (s.Replies.Count == 1 && s.Ratings is [Satisfaction.Dissatisfied]))
                && (s.State != SuggestionState.Closed || s.Ratings.Count > 0)
                && (s.Replies.All(r => r.Department == "市交通运输局"))
                && s.Opinions.All(o => o.Department == "市住房城乡建设局") && s.Opinions.Count <= 2 && s.Opinions.Select(o => o.Round).Distinct().Count() == s.Opinions.Count
                && (s.State is SuggestionState.Submitted or SuggestionState.Registered ? s.LeadDepartment is null : true);
            if (!ok)
            {
                return false;
            }
        }

        return true;
    }
}

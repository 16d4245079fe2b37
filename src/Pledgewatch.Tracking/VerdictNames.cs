namespace Pledgewatch.Tracking;

/// <summary>The spellings of verdicts in JSON, CSV and the command line.</summary>
public static class VerdictNames
{
    public static string Of(Verdict verdict) => verdict switch
    {
        Verdict.Met => "met",
        Verdict.Missed => "missed",
        Verdict.Unclear => "unclear",
        Verdict.Pending => "pending",
        Verdict.NoTargetSet => "no_target_set",
        _ => "not_reported",
    };

    /// <summary>The Chinese label shown to people (达成, 未达成…).</summary>
    public static string Label(Verdict verdict) => verdict switch
    {
        Verdict.Met => "达成",
        Verdict.Missed => "未达成",
        Verdict.Unclear => "无法判断",
        Verdict.Pending => "待报告",
        Verdict.NoTargetSet => "未设目标",
        _ => "未报告",
    };

    /// <summary>The label shown to people in the reader's language (达成 / met).</summary>
    public static string Label(Verdict verdict, ReaderLanguage language) =>
        language == ReaderLanguage.Chinese ? Label(verdict) : Of(verdict).Replace('_', ' ');

    public static bool TryParse(string? text, out Verdict verdict)
    {
        foreach (var v in Enum.GetValues<Verdict>())
        {
            if (string.Equals(Of(v), text, StringComparison.OrdinalIgnoreCase))
            {
                verdict = v;
                return true;
            }
        }

        verdict = default;
        return false;
    }
}

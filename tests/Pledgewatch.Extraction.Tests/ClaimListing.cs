using System.Globalization;

namespace Pledgewatch.Extraction.Tests;

/// <summary>The compact listing of a claim used by the spec files: kind year indicator measure op value unit «span».</summary>
internal static class ClaimListing
{
    public static string Format(Claim c, string original)
    {
        var value = c.Value is { } v ? v.ToString("0.####", CultureInfo.InvariantCulture) : "null";
        var unit = c.Unit.Length == 0 ? "-" : c.Unit;
        var aspirational = c.Aspirational ? " 力争" : "";
        return $"{ContractNames.Of(c.Kind)} {c.Year} {c.Indicator} {ContractNames.Of(c.Measure)} {ContractNames.Of(c.Op)} {value} {unit} «{original[c.Start..c.End].Replace('\n', '␤')}»{aspirational}";
    }
}

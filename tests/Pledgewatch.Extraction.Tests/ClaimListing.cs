using System.Globalization;

namespace Pledgewatch.Extraction.Tests;

/// <summary>
/// The compact listing of a claim used by the spec files: kind year indicator measure op value unit «span»;
/// a multi-year claim lists its period as 2021-2025, a range end its range as [5,5.5], a report's
/// statement that it sets no target ends with 不设目标.
/// </summary>
internal static class ClaimListing
{
    public static string Format(Claim c, string original)
    {
        var value = c.Value is { } v ? v.ToString("0.####", CultureInfo.InvariantCulture) : "null";
        var unit = c.Unit.Length == 0 ? "-" : c.Unit;
        var aspirational = (c.Aspirational ? " 力争" : "") + (c.NoTarget ? " 不设目标" : "");
        var year = c.IsMultiYear ? $"{c.From}-{c.Year}" : c.Year.ToString(CultureInfo.InvariantCulture);
        var range = c.Range is { } r ? string.Create(CultureInfo.InvariantCulture, $" [{r.Low:0.####},{r.High:0.####}]") : "";
        return $"{ContractNames.Of(c.Kind)} {year} {c.Indicator} {ContractNames.Of(c.Measure)} {ContractNames.Of(c.Op)} {value} {unit} «{original[c.Start..c.End].Replace('\n', '␤')}»{range}{aspirational}";
    }
}

using System.Globalization;
using System.Text.Json;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Pledgewatch.Extraction;
using Pledgewatch.Storage.Tracking;
using Pledgewatch.Tracking;
using Pledgewatch.Web.Shared;

namespace Pledgewatch.Web.Features.Indicators;

[Microsoft.AspNetCore.OutputCaching.OutputCache(PolicyName = Pledgewatch.Web.Shared.PublicCache.Policy)]
public sealed class ShowModel(ClaimQueries queries) : PageModel
{
    public sealed record Chart(string Id, string Measure, string Unit, string Json, IReadOnlyList<(string Region, TrackedClaim Claim)> Claims);

    public string Name { get; private set; } = "";

    public IReadOnlyList<Chart> Charts { get; private set; } = [];

    public async Task<IActionResult> OnGetAsync(string name, CancellationToken ct)
    {
        Name = name;
        var page = await queries.PageAsync(null, null, null, name, 1, 5000, ct);
        if (page is null || page.Items.Count == 0)
        {
            return NotFound();
        }

        // One chart per measure and unit: 增长% and 亿元 do not share an axis. Figures for several years
        // (a five-year average, a plan's total) get a chart of their own: the yearly series never
        // mixes them in.
        Charts = [.. page.Items.Where(x => x.Claim.Claim.Value is not null)
            .GroupBy(x => (x.Claim.Claim.Measure, x.Claim.Claim.Unit, x.Claim.Claim.IsMultiYear))
            .OrderBy(g => g.Key.IsMultiYear).ThenByDescending(g => g.Count())
            .Select((g, i) =>
            {
                var language = Language.Reader(HttpContext);
                var english = language == ReaderLanguage.English;
                var items = g.OrderBy(x => x.Region).ThenBy(x => x.Claim.Claim.Year).ThenBy(x => x.Claim.Claim.From).ToList();
                // A yearly series gets every year from its first to its last: a year without a figure is a gap.
                var years = g.Key.IsMultiYear
                    ? items.Select(x => Amounts.PeriodOf(x.Claim.Claim)).Distinct().Order(StringComparer.Ordinal).ToList()
                    : AxisUnits.EvenYears(items.Select(x => x.Claim.Claim.Year)).Select(y => y.ToString(CultureInfo.InvariantCulture)).ToList();
                var (divisor, axisUnit) = AxisUnits.For(items.Max(x => Math.Abs(x.Claim.Claim.Value!.Value)), g.Key.Unit, language);
                var series = items.GroupBy(x => (x.Region, x.Claim.Claim.Kind)).Select(s => new
                {
                    name = $"{s.Key.Region} {MeasureWords.Of(s.Key.Kind, language)}",
                    kind = ContractNames.Of(s.Key.Kind),
                    data = years.Select(y => s.Where(x => Amounts.PeriodOf(x.Claim.Claim) == y).Select(x => x.Claim.Claim.Value / divisor).FirstOrDefault()).ToList(),
                });
                var json = JsonSerializer.Serialize(new { unit = axisUnit, years, series }, new JsonSerializerOptions { Encoder = System.Text.Encodings.Web.JavaScriptEncoder.Default });
                var measure = MeasureWords.Of(g.Key.Measure, language) + (g.Key.IsMultiYear ? (english ? " · over several years" : " · 多年期") : "");
                // A heading starts with a capital in English ("Growth · %").
                measure = english && measure.Length > 0 ? char.ToUpperInvariant(measure[0]) + measure[1..] : measure;
                return new Chart($"chart-{i}", measure, axisUnit, json, items);
            })];
        return Page();
    }
}

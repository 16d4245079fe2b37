using Pledgewatch.Extraction.Numbers;
using Pledgewatch.Projects;
using Pledgewatch.Storage;
using Pledgewatch.Storage.Projects;
using Pledgewatch.Storage.Queries;

namespace Pledgewatch.Web.Features.Voting;

/// <summary>
/// A proposed livelihood project as an editor types it, on the proposals page and on a ballot's
/// page alike (the fields of <c>_ProposedProjectFields</c>): budget as written (1200万元; a bare number in 万元), places in the datum
/// they were copied in, the district by name.
/// </summary>
public sealed class ProposedProjectForm
{
    public string? Title { get; set; }

    public string? Description { get; set; }

    public string? Category { get; set; }

    public string? Budget { get; set; }

    public string? Owner { get; set; }

    public string? Source { get; set; }

    public string? District { get; set; }

    public string? Places { get; set; }

    public string? Datum { get; set; }

    public bool Sample { get; set; }

    /// <summary>The typed fields read: budget in 元, the district's id, places as stored (WGS-84 JSON).</summary>
    /// <exception cref="StoreException">A field is not what it should be; the message says which.</exception>
    public async Task<(double? Budget, int? DistrictId, string? Places)> ReadAsync(RegionQueries regions, CancellationToken ct)
    {
        double? budget = null;
        if (!string.IsNullOrWhiteSpace(Budget))
        {
            // As people write it (1200万元, 1.2亿元); a bare number is 万元, as the form always asked.
            budget = WrittenAmount.TryRead(Budget, out var amount, out var unit) && unit is null or "元"
                ? (unit is null ? amount * 10_000 : amount)
                : throw new StoreException($"“{Budget}” is not an amount of money (1200万元, 1.2亿元)");
        }

        var (places, error) = PlaceText.Parse(Places, PlaceText.ParseDatum(Datum) ?? Pledgewatch.Projects.Datum.Wgs84);
        if (error is not null)
        {
            throw new StoreException(error);
        }

        int? districtId = null;
        if (!string.IsNullOrWhiteSpace(District))
        {
            districtId = (await regions.FindAsync(District, ct) ?? throw new StoreException($"no district {District} is known")).Id;
        }

        return (budget, districtId, places.Count > 0 ? ProjectPlaces.Write(places) : null);
    }

    /// <summary>A typed field trimmed, or null when left empty.</summary>
    public static string? Blank(string? s) => string.IsNullOrWhiteSpace(s) ? null : s.Trim();
}

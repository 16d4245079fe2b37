using System.Text.Json;
using Pledgewatch.Geo;
using Pledgewatch.Projects;

namespace Pledgewatch.Storage.Projects;

/// <summary>Places as stored in a text column: <c>[{"name":…,"lng":…,"lat":…,"area":[[lng,lat],…],"approximate":true}]</c>, WGS-84.</summary>
public static class ProjectPlaces
{
    private sealed record Row(string Name, double Lng, double Lat, double[][]? Area, bool Approximate);

    private static readonly JsonSerializerOptions Options = new(JsonSerializerDefaults.Web)
    {
        Encoder = System.Text.Encodings.Web.JavaScriptEncoder.UnsafeRelaxedJsonEscaping,
        DefaultIgnoreCondition = System.Text.Json.Serialization.JsonIgnoreCondition.WhenWritingDefault,
    };

    public static string Write(IEnumerable<Place> places) => JsonSerializer.Serialize(
        places.Select(p => new Row(p.Name, p.Point.Lng, p.Point.Lat, p.Area?.Select(a => new[] { a.Lng, a.Lat }).ToArray(), p.Approximate)), Options);

    public static IReadOnlyList<Place> Read(string? json) => string.IsNullOrWhiteSpace(json) ? []
        : (JsonSerializer.Deserialize<List<Row>>(json, Options) ?? [])
            .Select(r => new Place(r.Name, new LngLat(r.Lng, r.Lat), r.Area?.Select(a => new LngLat(a[0], a[1])).ToList(), r.Approximate))
            .ToList();
}

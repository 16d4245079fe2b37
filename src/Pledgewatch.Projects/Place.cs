using Pledgewatch.Geo;

namespace Pledgewatch.Projects;

/// <summary>
/// Where a project is: a point, or an area (a ring of points) with its centre as the point. All
/// coordinates WGS-84; <see cref="Approximate"/> marks a location placed by hand, not surveyed.
/// </summary>
public sealed record Place(string Name, LngLat Point, IReadOnlyList<LngLat>? Area = null, bool Approximate = false)
{
    /// <summary>Great-circle distance in metres (haversine, mean Earth radius).</summary>
    public static double Distance(LngLat a, LngLat b)
    {
        const double r = 6_371_008.8;
        static double Rad(double d) => d * Math.PI / 180;
        var dLat = Rad(b.Lat - a.Lat);
        var dLng = Rad(b.Lng - a.Lng);
        var h = Math.Pow(Math.Sin(dLat / 2), 2) + Math.Cos(Rad(a.Lat)) * Math.Cos(Rad(b.Lat)) * Math.Pow(Math.Sin(dLng / 2), 2);
        return 2 * r * Math.Asin(Math.Min(1, Math.Sqrt(h)));
    }

    /// <summary>The centre of a ring (the mean of its distinct points), for an area's marker.</summary>
    public static LngLat Centre(IReadOnlyList<LngLat> ring)
    {
        ArgumentNullException.ThrowIfNull(ring);
        var points = ring.Count > 1 && ring[0] == ring[^1] ? ring.Take(ring.Count - 1).ToList() : ring.ToList();
        return points.Count == 0 ? throw new ArgumentException("an area needs points", nameof(ring))
            : new LngLat(points.Average(p => p.Lng), points.Average(p => p.Lat));
    }
}

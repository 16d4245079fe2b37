using System.Globalization;
using Pledgewatch.Geo;

namespace Pledgewatch.Projects;

/// <summary>The coordinate system a set of points was taken in.</summary>
public enum Datum
{
    /// <summary>GPS and international maps.</summary>
    Wgs84,

    /// <summary>高德 (Amap) and 腾讯 (Tencent) maps.</summary>
    Gcj02,

    /// <summary>百度 (Baidu) maps.</summary>
    Bd09,
}

/// <summary>
/// Places as editors type them, one per line: <c>名称 | 经度,纬度</c> for a point, or three or more
/// points separated by <c>;</c> for an area. Points are converted to WGS-84 from the datum they were
/// copied in.
/// </summary>
public static class PlaceText
{
    public static Datum? ParseDatum(string? value) => value?.Trim().ToLowerInvariant() switch
    {
        "wgs84" or "wgs-84" or "gps" => Datum.Wgs84,
        "gcj02" or "gcj-02" or "amap" or "gaode" or "tencent" => Datum.Gcj02,
        "bd09" or "bd-09" or "baidu" => Datum.Bd09,
        _ => null,
    };

    /// <summary>Reads the lines; a line that is not a place is reported with its number, and nothing is returned.</summary>
    public static (IReadOnlyList<Place> Places, string? Error) Parse(string? text, Datum datum)
    {
        var places = new List<Place>();
        var lines = (text ?? "").Split('\n').Select(l => l.Trim()).ToList();
        for (var i = 0; i < lines.Count; i++)
        {
            if (lines[i].Length == 0)
            {
                continue;
            }

            var parts = lines[i].Split('|', 2);
            if (parts.Length != 2 || parts[0].Trim().Length == 0)
            {
                return ([], $"line {i + 1}: write a place as 名称 | 经度,纬度");
            }

            var points = new List<LngLat>();
            foreach (var pair in parts[1].Split([';', '；'], StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries))
            {
                var xy = pair.Split([',', '，', ' '], StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries);
                if (xy.Length != 2 || !double.TryParse(xy[0], NumberStyles.Float, CultureInfo.InvariantCulture, out var lng)
                    || !double.TryParse(xy[1], NumberStyles.Float, CultureInfo.InvariantCulture, out var lat))
                {
                    return ([], $"line {i + 1}: “{pair}” is not 经度,纬度");
                }

                if (lng is < 73 or > 136 || lat is < 3 or > 54)
                {
                    return ([], $"line {i + 1}: {lng},{lat} is not in China (longitude first, then latitude)");
                }

                points.Add(ToWgs(new LngLat(lng, lat), datum));
            }

            var name = parts[0].Trim();
            switch (points.Count)
            {
                case 1:
                    places.Add(new Place(name, points[0]));
                    break;
                case >= 3:
                    places.Add(new Place(name, Place.Centre(points), points));
                    break;
                default:
                    return ([], $"line {i + 1}: a point needs one 经度,纬度 and an area at least three");
            }
        }

        return (places, null);
    }

    /// <summary>The places written back as text (WGS-84), for editing.</summary>
    public static string Write(IEnumerable<Place> places) => string.Join("\n", places.Select(p =>
        $"{p.Name} | " + string.Join("; ", (p.Area ?? [p.Point]).Select(q => string.Create(CultureInfo.InvariantCulture, $"{q.Lng:0.######},{q.Lat:0.######}")))));

    private static LngLat ToWgs(LngLat p, Datum datum) => datum switch
    {
        Datum.Gcj02 => ChinaCoordinates.GcjToWgs(p),
        Datum.Bd09 => ChinaCoordinates.BdToWgs(p),
        _ => p,
    };
}

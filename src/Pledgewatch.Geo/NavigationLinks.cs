using System.Globalization;

namespace Pledgewatch.Geo;

/// <summary>
/// Links that open a place in a common Chinese map app, from a WGS-84 point: Amap (高德) takes
/// GCJ-02, Baidu (百度) BD-09, Tencent (腾讯) GCJ-02.
/// </summary>
public static class NavigationLinks
{
    public static string Amap(LngLat wgs, string name)
    {
        var p = ChinaCoordinates.WgsToGcj(wgs);
        return $"https://uri.amap.com/marker?position={F(p.Lng)},{F(p.Lat)}&name={Uri.EscapeDataString(name)}&coordinate=gaode&callnative=1";
    }

    public static string Baidu(LngLat wgs, string name)
    {
        var p = ChinaCoordinates.WgsToBd(wgs);
        return $"https://api.map.baidu.com/marker?location={F(p.Lat)},{F(p.Lng)}&title={Uri.EscapeDataString(name)}&content={Uri.EscapeDataString(name)}&coord_type=bd09ll&output=html&src=pledgewatch";
    }

    public static string Tencent(LngLat wgs, string name)
    {
        var p = ChinaCoordinates.WgsToGcj(wgs);
        return $"https://apis.map.qq.com/uri/v1/marker?marker=coord:{F(p.Lat)},{F(p.Lng)};title:{Uri.EscapeDataString(name)}&referer=pledgewatch";
    }

    /// <summary>Amap's route to the place from wherever the user is (the app, or its web page).</summary>
    public static string AmapRoute(LngLat wgs, string name)
    {
        var p = ChinaCoordinates.WgsToGcj(wgs);
        return $"https://uri.amap.com/navigation?to={F(p.Lng)},{F(p.Lat)},{Uri.EscapeDataString(name)}&mode=car&coordinate=gaode&callnative=1";
    }

    /// <summary>Tencent's route plan to the place from the user's position.</summary>
    public static string TencentRoute(LngLat wgs, string name)
    {
        var p = ChinaCoordinates.WgsToGcj(wgs);
        return $"https://apis.map.qq.com/uri/v1/routeplan?type=drive&to={Uri.EscapeDataString(name)}&tocoord={F(p.Lat)},{F(p.Lng)}&referer=pledgewatch";
    }

    private static string F(double v) => v.ToString("0.000000", CultureInfo.InvariantCulture);
}

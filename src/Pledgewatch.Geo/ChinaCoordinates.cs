namespace Pledgewatch.Geo;

/// <summary>
/// The three coordinate systems a Chinese map link meets: WGS-84 (GPS, OpenStreetMap), GCJ-02 (the
/// national offset that Amap, Tencent and Apple Maps in China use) and BD-09 (Baidu's further offset).
/// Points outside mainland China are not offset.
/// </summary>
public static class ChinaCoordinates
{
    // Krasovsky 1940, the ellipsoid of the GCJ-02 offset.
    private const double A = 6378245.0;
    private const double Ee = 0.00669342162296594323;
    private const double BaiduPi = Math.PI * 3000.0 / 180.0;

    /// <summary>True outside the rough box of mainland China, where GCJ-02 equals WGS-84.</summary>
    public static bool IsOutsideChina(LngLat p) => p.Lng is < 72.004 or > 137.8347 || p.Lat is < 0.8293 or > 55.8271;

    public static LngLat WgsToGcj(LngLat wgs)
    {
        if (IsOutsideChina(wgs))
        {
            return wgs;
        }

        var (dLng, dLat) = Offset(wgs);
        return new LngLat(wgs.Lng + dLng, wgs.Lat + dLat);
    }

    /// <summary>The inverse of <see cref="WgsToGcj"/>, by iteration to within 1e-9 degrees.</summary>
    public static LngLat GcjToWgs(LngLat gcj)
    {
        if (IsOutsideChina(gcj))
        {
            return gcj;
        }

        var wgs = gcj;
        for (var i = 0; i < 30; i++)
        {
            var back = WgsToGcj(wgs);
            var (eLng, eLat) = (back.Lng - gcj.Lng, back.Lat - gcj.Lat);
            wgs = new LngLat(wgs.Lng - eLng, wgs.Lat - eLat);
            if (Math.Abs(eLng) < 1e-10 && Math.Abs(eLat) < 1e-10)
            {
                break;
            }
        }

        return wgs;
    }

    public static LngLat GcjToBd(LngLat gcj)
    {
        var (x, y) = (gcj.Lng, gcj.Lat);
        var z = Math.Sqrt(x * x + y * y) + 0.00002 * Math.Sin(y * BaiduPi);
        var theta = Math.Atan2(y, x) + 0.000003 * Math.Cos(x * BaiduPi);
        return new LngLat(z * Math.Cos(theta) + 0.0065, z * Math.Sin(theta) + 0.006);
    }

    /// <summary>The inverse of <see cref="GcjToBd"/>: Baidu's closed form, then refined by iteration (the closed form is off by centimetres).</summary>
    public static LngLat BdToGcj(LngLat bd)
    {
        var (x, y) = (bd.Lng - 0.0065, bd.Lat - 0.006);
        var z = Math.Sqrt(x * x + y * y) - 0.00002 * Math.Sin(y * BaiduPi);
        var theta = Math.Atan2(y, x) - 0.000003 * Math.Cos(x * BaiduPi);
        var gcj = new LngLat(z * Math.Cos(theta), z * Math.Sin(theta));
        for (var i = 0; i < 10; i++)
        {
            var back = GcjToBd(gcj);
            var (eLng, eLat) = (back.Lng - bd.Lng, back.Lat - bd.Lat);
            gcj = new LngLat(gcj.Lng - eLng, gcj.Lat - eLat);
            if (Math.Abs(eLng) < 1e-10 && Math.Abs(eLat) < 1e-10)
            {
                break;
            }
        }

        return gcj;
    }

    public static LngLat WgsToBd(LngLat wgs) => GcjToBd(WgsToGcj(wgs));

    public static LngLat BdToWgs(LngLat bd) => GcjToWgs(BdToGcj(bd));

    private static (double DLng, double DLat) Offset(LngLat p)
    {
        var x = p.Lng - 105.0;
        var y = p.Lat - 35.0;
        var dLat = -100.0 + 2.0 * x + 3.0 * y + 0.2 * y * y + 0.1 * x * y + 0.2 * Math.Sqrt(Math.Abs(x))
            + (20.0 * Math.Sin(6.0 * x * Math.PI) + 20.0 * Math.Sin(2.0 * x * Math.PI)) * 2.0 / 3.0
            + (20.0 * Math.Sin(y * Math.PI) + 40.0 * Math.Sin(y / 3.0 * Math.PI)) * 2.0 / 3.0
            + (160.0 * Math.Sin(y / 12.0 * Math.PI) + 320 * Math.Sin(y * Math.PI / 30.0)) * 2.0 / 3.0;
        var dLng = 300.0 + x + 2.0 * y + 0.1 * x * x + 0.1 * x * y + 0.1 * Math.Sqrt(Math.Abs(x))
            + (20.0 * Math.Sin(6.0 * x * Math.PI) + 20.0 * Math.Sin(2.0 * x * Math.PI)) * 2.0 / 3.0
            + (20.0 * Math.Sin(x * Math.PI) + 40.0 * Math.Sin(x / 3.0 * Math.PI)) * 2.0 / 3.0
            + (150.0 * Math.Sin(x / 12.0 * Math.PI) + 300.0 * Math.Sin(x / 30.0 * Math.PI)) * 2.0 / 3.0;
        var radLat = p.Lat / 180.0 * Math.PI;
        var magic = Math.Sin(radLat);
        magic = 1 - Ee * magic * magic;
        var sqrtMagic = Math.Sqrt(magic);
        dLat = dLat * 180.0 / (A * (1 - Ee) / (magic * sqrtMagic) * Math.PI);
        dLng = dLng * 180.0 / (A / sqrtMagic * Math.Cos(radLat) * Math.PI);
        return (dLng, dLat);
    }
}

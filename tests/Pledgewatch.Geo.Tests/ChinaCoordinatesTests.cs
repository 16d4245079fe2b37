namespace Pledgewatch.Geo.Tests;

public sealed class ChinaCoordinatesTests
{
    /// <summary>
    /// Reference points: WGS-84 in, GCJ-02 and BD-09 out, as computed by the npm package gcoord 1.0.7
    /// (MIT; `gcoord.transform(p, gcoord.WGS84, gcoord.GCJ02 | gcoord.BD09)`). The first is the
    /// example of gcoord's own documentation (Beijing); the others are Changzhou (two), Shanghai, Guangzhou.
    /// </summary>
    public static TheoryData<double, double, double, double, double, double> Reference => new()
    {
        { 116.403988, 39.914266, 116.41023240747266, 39.915670251113426, 116.41661560068297, 39.92196580126834 },
        { 119.973, 31.811, 119.97774771584241, 31.808956254922354, 119.98421879418683, 31.815100613211435 },
        { 119.9468, 31.7717, 119.95149511038115, 31.76960012025373, 119.95805434113868, 31.775298383125783 },
        { 121.4737, 31.2304, 121.47822305927693, 31.22845773757727, 121.484781468503, 31.234310593689997 },
        { 113.2644, 23.1291, 113.26972959210308, 23.126423339922844, 113.27615075157122, 23.13271125723948 },
    };

    [Theory]
    [MemberData(nameof(Reference))]
    public void ConversionsAgreeWithTheReferencePoints(double lng, double lat, double gcjLng, double gcjLat, double bdLng, double bdLat)
    {
        var wgs = new LngLat(lng, lat);
        var gcj = ChinaCoordinates.WgsToGcj(wgs);
        Assert.Equal(gcjLng, gcj.Lng, 9);
        Assert.Equal(gcjLat, gcj.Lat, 9);
        var bd = ChinaCoordinates.WgsToBd(wgs);
        Assert.Equal(bdLng, bd.Lng, 9);
        Assert.Equal(bdLat, bd.Lat, 9);
    }

    [Theory]
    [MemberData(nameof(Reference))]
    public void TheInversesComeBackWithinAMillimetre(double lng, double lat, double gcjLng, double gcjLat, double bdLng, double bdLat)
    {
        // 1e-8 degrees is about a millimetre.
        var fromGcj = ChinaCoordinates.GcjToWgs(new LngLat(gcjLng, gcjLat));
        Assert.Equal(lng, fromGcj.Lng, 8);
        Assert.Equal(lat, fromGcj.Lat, 8);
        var fromBd = ChinaCoordinates.BdToWgs(new LngLat(bdLng, bdLat));
        Assert.Equal(lng, fromBd.Lng, 8);
        Assert.Equal(lat, fromBd.Lat, 8);
    }

    [Fact]
    public void PointsOutsideChinaAreNotOffset()
    {
        var paris = new LngLat(2.3522, 48.8566);
        Assert.Equal(paris, ChinaCoordinates.WgsToGcj(paris));
        Assert.Equal(paris, ChinaCoordinates.GcjToWgs(paris));
    }

    [Fact]
    public void NavigationLinksCarryTheAppsOwnCoordinates()
    {
        var wgs = new LngLat(119.973, 31.811);
        var amap = NavigationLinks.Amap(wgs, "东安幼儿园");
        Assert.StartsWith("https://uri.amap.com/marker?position=119.977748,31.808956&name=", amap, StringComparison.Ordinal);
        Assert.Contains(Uri.EscapeDataString("东安幼儿园"), amap, StringComparison.Ordinal);
        Assert.Contains("location=31.815101,119.984219", NavigationLinks.Baidu(wgs, "x"), StringComparison.Ordinal);
        Assert.Contains("coord:31.808956,119.977748", NavigationLinks.Tencent(wgs, "x"), StringComparison.Ordinal);
    }
}

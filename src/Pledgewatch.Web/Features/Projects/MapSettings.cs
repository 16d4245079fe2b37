namespace Pledgewatch.Web.Features.Projects;

/// <summary>
/// The map's settings: Map:Boundaries (a GeoJSON file the app serves; 常州市's districts by
/// default), and an optional tile layer — Map:TileUrl (a URL template), Map:TileDatum (wgs84 or
/// gcj02), Map:TileAttribution. With no tile server the map draws only outlines and points.
/// </summary>
internal static class MapSettings
{
    public static string Boundaries(IConfiguration configuration) => configuration["Map:Boundaries"] ?? "/data/changzhou-districts.geojson";
}

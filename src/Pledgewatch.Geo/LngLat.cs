namespace Pledgewatch.Geo;

/// <summary>A point as longitude and latitude in degrees (the order map services use).</summary>
public readonly record struct LngLat(double Lng, double Lat);

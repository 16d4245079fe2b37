using Pledgewatch.Geo;

namespace Pledgewatch.Suggestions.Tests;

/// <summary>Hotspots: cases of one category within 200 m and 30 days of each other are one need.</summary>
public class HotspotTests
{
    // About 100 m apart going east at Changzhou's latitude (0.00105° of longitude ≈ 100 m).
    private static LngLat East(int hundredMetres) => new(119.95 + 0.00105 * hundredMetres, 31.70);

    [Fact]
    public void NearbyCasesOfOneCategoryWithinAMonthAreOneHotspot()
    {
        var cases = new[]
        {
            new CasePoint(1, "路灯", East(0), new DateOnly(2025, 3, 1)),
            new CasePoint(2, "路灯", East(1), new DateOnly(2025, 3, 10)),
            new CasePoint(3, "路灯", East(3), new DateOnly(2025, 3, 20)), // 200 m from case 2: joined through it
            new CasePoint(4, "噪音", East(1), new DateOnly(2025, 3, 5)),  // another category
            new CasePoint(5, "路灯", East(0), new DateOnly(2025, 5, 1)),  // too late
            new CasePoint(6, "路灯", East(30), new DateOnly(2025, 3, 2)), // too far
        };

        var hotspot = Assert.Single(Hotspots.Find(cases));

        Assert.Equal("路灯", hotspot.Category);
        Assert.Equal([1L, 2L, 3L], hotspot.Cases.Select(c => c.Id));
        Assert.Equal((new DateOnly(2025, 3, 1), new DateOnly(2025, 3, 20)), (hotspot.First, hotspot.Last));
        Assert.InRange(hotspot.Centre.Lng, East(1).Lng - 0.0001, East(2).Lng);
    }

    [Fact]
    public void ALoneCaseIsNoHotspot() =>
        Assert.Empty(Hotspots.Find([new CasePoint(1, "路灯", East(0), new DateOnly(2025, 3, 1))]));
}

using Pledgewatch.Geo;

namespace Pledgewatch.Projects.Tests;

public class ScheduleTests
{
    private static readonly DateOnly Today = new(2025, 6, 30);
    private readonly Schedule _schedule = new(ToleranceDays: 30);

    [Fact]
    public void NoMilestoneMeansNothingToJudge() =>
        Assert.Equal(ScheduleStatus.NoPlan, _schedule.Judge([], Today, 0).Status);

    [Fact]
    public void MilestonesAheadOrReachedAreOnTrack()
    {
        var (status, slip) = _schedule.Judge([new("开工", new(2025, 3, 1), new(2025, 2, 20)), new("竣工", new(2025, 12, 31), null)], Today, 0);
        Assert.Equal(ScheduleStatus.OnTrack, status);
        Assert.Null(slip);
    }

    [Fact]
    public void AMilestoneReachedLateIsHistoryNotASlip() =>
        Assert.Equal(ScheduleStatus.OnTrack, _schedule.Judge([new("开工", new(2025, 1, 1), new(2025, 4, 1)), new("竣工", new(2025, 12, 1), null)], Today, 0).Status);

    [Theory]
    [InlineData(2025, 6, 29, ScheduleStatus.Slipping)]
    [InlineData(2025, 5, 31, ScheduleStatus.Slipping)]
    [InlineData(2025, 5, 30, ScheduleStatus.Late)]
    [InlineData(2025, 6, 30, ScheduleStatus.OnTrack)]
    public void AnOverdueMilestoneTurnsAmberThenRedPastTheTolerance(int y, int m, int d, ScheduleStatus expected) =>
        Assert.Equal(expected, _schedule.Judge([new("拿地", new(y, m, d), null), new("投产", new(2026, 6, 1), null)], Today, 0).Status);

    [Fact]
    public void TheWorstSlipIsNamedWithItsDays()
    {
        var (status, slip) = _schedule.Judge([new("签约", new(2025, 6, 20), null), new("开工", new(2025, 4, 1), null)], Today, 0);
        Assert.Equal(ScheduleStatus.Late, status);
        Assert.Equal(new Slip("开工", new(2025, 4, 1), 90), slip);
        Assert.Equal("开工计划2025-04-01，已逾期90天", slip!.Chinese());
        Assert.Equal("开工 was planned for 2025-04-01: 90 days overdue", slip.English());
    }

    [Fact]
    public void EveryMilestoneReachedIsCompletedEvenIfLate() =>
        Assert.Equal(ScheduleStatus.Completed, _schedule.Judge([new("开工", new(2024, 1, 1), new(2024, 5, 1)), new("竣工", new(2025, 1, 1), new(2025, 3, 1))], Today, 100).Status);

    [Fact]
    public void EveryMilestoneReachedButWorkUnfinishedIsStillOnTrack() =>
        Assert.Equal(ScheduleStatus.OnTrack, _schedule.Judge([new("开工", new(2025, 3, 1), new(2025, 3, 3))], Today, progress: 40).Status);

    [Fact]
    public void StatusCodesRoundTrip()
    {
        foreach (var s in ScheduleStatusNames.All)
        {
            Assert.Equal(s, ScheduleStatusNames.Parse(s.Code()));
        }

        Assert.Null(ScheduleStatusNames.Parse("green"));
    }
}

public class PlaceTextTests
{
    [Fact]
    public void APointAndAnAreaAreRead()
    {
        var (places, error) = PlaceText.Parse("示例幼儿园 | 119.95, 31.70\n示例公园 | 119.90,31.80; 119.92,31.80; 119.92,31.82; 119.90,31.82\n", Datum.Wgs84);
        Assert.Null(error);
        Assert.Equal(2, places.Count);
        Assert.Equal(new LngLat(119.95, 31.70), places[0].Point);
        Assert.Null(places[0].Area);
        Assert.Equal(4, places[1].Area!.Count);
        Assert.Equal(119.91, places[1].Point.Lng, 9);
        Assert.Equal(31.81, places[1].Point.Lat, 9);
    }

    [Fact]
    public void PointsCopiedFromAmapAreStoredAsWgs84()
    {
        var gcj = ChinaCoordinates.WgsToGcj(new LngLat(119.95, 31.70));
        var (places, _) = PlaceText.Parse(FormattableString.Invariant($"示例 | {gcj.Lng},{gcj.Lat}"), Datum.Gcj02);
        Assert.Equal(119.95, places[0].Point.Lng, 7);
        Assert.Equal(31.70, places[0].Point.Lat, 7);
    }

    [Theory]
    [InlineData("示例 119.95,31.70", "line 1: write a place as 名称 | 经度,纬度")]
    [InlineData("\n示例 | 31.70,119.95", "line 2: 31.7,119.95 is not in China (longitude first, then latitude)")]
    [InlineData("示例 | 119.95,31.70; 119.96,31.71", "line 1: a point needs one 经度,纬度 and an area at least three")]
    [InlineData("示例 | east,north", "line 1: “east,north” is not 经度,纬度")]
    public void ALineThatIsNotAPlaceIsNamed(string text, string expected)
    {
        var (places, error) = PlaceText.Parse(text, Datum.Wgs84);
        Assert.Empty(places);
        Assert.Equal(expected, error);
    }

    [Fact]
    public void WrittenPlacesReadBackTheSame()
    {
        var (places, _) = PlaceText.Parse("甲 | 119.95,31.7\n乙 | 119.9,31.8; 119.92,31.8; 119.92,31.82", Datum.Wgs84);
        var (again, _) = PlaceText.Parse(PlaceText.Write(places), Datum.Wgs84);
        Assert.Equal(places.Select(p => p.Point), again.Select(p => p.Point));
    }

    [Fact]
    public void DistanceIsInMetres()
    {
        // One degree of latitude is about 111.2 km anywhere.
        Assert.InRange(Place.Distance(new(119.95, 31.0), new(119.95, 32.0)), 111_000, 111_400);
        Assert.Equal(0, Place.Distance(new(119.95, 31.7), new(119.95, 31.7)));
    }
}

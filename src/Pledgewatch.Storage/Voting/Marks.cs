using System.Globalization;
using Pledgewatch.Voting;

namespace Pledgewatch.Storage.Voting;

/// <summary>Papers as stored: <c>12:A,13:O,14:X</c> (A 赞成, O 反对, X 弃权), candidates in id order.</summary>
internal static class Marks
{
    public static string Write(IReadOnlyDictionary<long, Choice> paper) => string.Join(",", paper.OrderBy(p => p.Key)
        .Select(p => $"{p.Key.ToString(CultureInfo.InvariantCulture)}:{p.Value switch { Choice.Approve => 'A', Choice.Oppose => 'O', _ => 'X' }}"));

    /// <summary>Rating papers: S 满意, F 基本满意, D 不满意.</summary>
    public static string Write(IReadOnlyDictionary<long, Rating> paper) => string.Join(",", paper.OrderBy(p => p.Key)
        .Select(p => $"{p.Key.ToString(CultureInfo.InvariantCulture)}:{p.Value switch { Rating.Satisfied => 'S', Rating.FairlySatisfied => 'F', _ => 'D' }}"));

    public static Dictionary<long, Rating> ReadRatings(string marks) => marks.Split(',', StringSplitOptions.RemoveEmptyEntries)
        .Select(m => m.Split(':'))
        .ToDictionary(
            m => long.Parse(m[0], CultureInfo.InvariantCulture),
            m => m[1] switch { "S" => Rating.Satisfied, "F" => Rating.FairlySatisfied, _ => Rating.Dissatisfied });

    public static Dictionary<long, Choice> Read(string marks) => marks.Split(',', StringSplitOptions.RemoveEmptyEntries)
        .Select(m => m.Split(':'))
        .ToDictionary(
            m => long.Parse(m[0], CultureInfo.InvariantCulture),
            m => m[1] switch { "A" => Choice.Approve, "O" => Choice.Oppose, _ => Choice.Abstain });
}

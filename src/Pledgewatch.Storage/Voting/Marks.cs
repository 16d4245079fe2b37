using System.Globalization;
using Pledgewatch.Voting;

namespace Pledgewatch.Storage.Voting;

/// <summary>Papers as stored: <c>12:A,13:O,14:X</c> (A 赞成, O 反对, X 弃权), candidates in id order.</summary>
internal static class Marks
{
    public static string Write(IReadOnlyDictionary<long, Choice> paper) => string.Join(",", paper.OrderBy(p => p.Key)
        .Select(p => $"{p.Key.ToString(CultureInfo.InvariantCulture)}:{p.Value switch { Choice.Approve => 'A', Choice.Oppose => 'O', _ => 'X' }}"));

    public static Dictionary<long, Choice> Read(string marks) => marks.Split(',', StringSplitOptions.RemoveEmptyEntries)
        .Select(m => m.Split(':'))
        .ToDictionary(
            m => long.Parse(m[0], CultureInfo.InvariantCulture),
            m => m[1] switch { "A" => Choice.Approve, "O" => Choice.Oppose, _ => Choice.Abstain });
}
